# operators on strings and sequences
s = "ab"
print(s * 3, 3 * s, s + "c", "b" in s, s < "abc", s == "ab", s is not None, "" * 5 == "")
print([0] * 3, (1, 2) * 2, [1, 2] + [3], [1, [2]] == [1, [2]], [1, 2] != [1, 2], [] < [0])
print("%s" % [1, 2], "a" "b", "%c%c" % (72, "i"), "abc"[1], "abc"[-1])
