# ordering of strings by code point
words = ["b", "B", "a", "é", "Z", "aa", "", "ä"]
print(sorted(words), max(words), min(words), "a" < "b" < "c", "abc" > "ab")
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
