# an infinite generator consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for x in naturals():
    if x > 5:
        break
    out.append(x * x)
print(out)
gen = naturals()
print([next(gen) for _ in range(3)], next(gen))
