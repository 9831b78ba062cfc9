# for/while else clauses run when no break happens
for i in range(3):
    pass
else:
    print("for done", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
