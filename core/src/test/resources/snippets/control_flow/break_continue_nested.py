# break and continue affect only the innermost loop
found = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        found.append((i, j))
print(found)
i = 0
while True:
    i += 1
    if i < 3:
        continue
    break
print(i)
