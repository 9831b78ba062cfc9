# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), by power
# iteration: nested loops, float division, list comprehensions, zip.
def a_elem(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(a_elem(i, j) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum(a_elem(j, i) * vj for j, vj in enumerate(v)) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = sum(ui * vi for ui, vi in zip(u, v))
    vv = sum(vi * vi for vi in v)
    return (vbv / vv) ** 0.5


for size in (100, 160, 200):
    print("n=%d norm=%.9f" % (size, spectral_norm(size)))
