# building strings
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), "-" * 10, "ab" + "cd" * 2)
s = ""
for c in "hello":
    s = c + s
print(s, s == "hello"[::-1])
