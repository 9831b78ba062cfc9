# complex.__format__, comparisons with ints, division, pow errors (CPython: Objects/complexobject.c)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['', '10', '<20', '^20', '.3', '.2f', '+.2e', 'g', 'G', ',.2f', '_.1f', 'z.1f', '>+12.3g', '#.0f',
             '05', '=10', '%', 'd', '.0', 'n', ' ']:
    show(lambda: format(1.5 + 2.25j, spec))
    show(lambda: format(-0.0 - 3j, spec))
show(lambda: format(3j, ''))
show(lambda: format(complex(1e20, -1e-10), ''))
show(lambda: format(complex(float('inf'), float('nan')), 'F'))
show(lambda: format(12345.678 + 0j, ',.2f'))
print(complex.__eq__(1 + 0j, 1 << 10000), complex.__eq__(2.0 + 0j, 2), complex.__ne__(2 + 1j, 2))
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex.__lt__(1j, 2j))
show(lambda: 1j < 2j)
print((2 + 0j) / (1 + 1j), (1e200 + 1e200j) / (1 + 0j), (1 + 1j) / (0 + 2j))
show(lambda: (1 + 1j) / 0)
show(lambda: pow(1 + 1j, 2, 3))
show(lambda: 0j ** -1)
show(lambda: (1e200 + 1e200j) ** 2)
show(lambda: complex(1 << 2000) == 1)
c = 3 + 4j
print(complex(c) is c, c.__complex__(), c.__getnewargs__())
x = float('nan')
print(hash(x) == hash(x), hash(complex(1, 2)) == hash(1 + 2j))
