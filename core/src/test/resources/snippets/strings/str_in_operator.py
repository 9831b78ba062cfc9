# substring tests
text = "the quick brown fox"
print("quick" in text, "slow" not in text, "" in text, "q" in "Q", text.count("o"), text.index("brown"))
words = text.split()
print([w for w in words if "o" in w], max(words, key=len), sorted(words, key=lambda w: w[-1]))
