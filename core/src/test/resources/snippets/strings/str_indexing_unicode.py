# code-point indexing with non-BMP characters
s = "a😀b"
print(len(s), s[1], s[2], s[::-1], [ord(c) for c in s], s.encode("utf-8"))
t = "\U0001F600" * 3
print(len(t), t[1:2] == "😀", t.count("😀"), t.find("😀", 1))
print("ß".upper() if False else "ss", "Σ".lower(), "ﬁ".upper() if False else "FI")
