# returning tuples and early returns
def div(a, b):
    if b == 0:
        return None
    return a // b, a % b
print(div(17, 5), div(1, 0))
q, r = div(-17, 5)
print(q, r)
def nothing():
    pass
print(nothing())
