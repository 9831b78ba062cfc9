# cmath constants, argument conversion, log bases, isclose, rect and error messages
import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.inf).__name__, type(cmath.infj).__name__, repr(cmath.nanj))
print(sorted(x for x in dir(cmath) if not x.startswith('_')))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


class Bad:
    def __complex__(self):
        return 5


class Sub(complex):
    def __complex__(self):
        return 9j


for arg in [4, 4.0, -4, True, 2 ** 60, 10 ** 400, -1j, C(), F(), I(), Bad(), Sub(4), 'x', None, [1]]:
    t(lambda: cmath.sqrt(arg))
t(lambda: cmath.sqrt())
t(lambda: cmath.sqrt(1, 2))
t(lambda: cmath.sqrt(z=1))
for args in [(2, 1), (0,), (1, 0), (0, 0), (0, 2), (8, 2), (100, 10), (1j, 1j), (-1, -1), (1 + 1j, 1 + 0j),
             (2, 'a'), ('a', 2), (), (1, 2, 3), (1e-320j,), (1e308 + 1e308j, 2), (2, 0.5), (F(), I())]:
    t(lambda: cmath.log(*args))
for args in [(1, 0), (1, 1), (2, cmath.pi), (-2, 0.5), (0.0, -0.0), (-0.0, 0.0), (1e308, 1e-308), (3, I()),
             ('a', 1), (1j, 1), (1,), (1, 2, 3), (1e308, 1e308)]:
    t(lambda: cmath.rect(*args))
for args, kw in [((1, 1), {}), ((1, 1 + 1e-10), {}), ((1, 1.1), {'rel_tol': 0.2}), ((0, 1e-10), {}),
                 ((0, 1e-10), {'abs_tol': 1e-9}), ((1, 1), {'rel_tol': -1}), ((1, 1), {'abs_tol': -1}),
                 ((complex('inf'), complex('inf')), {}), ((complex('inf'), complex('-inf')), {}),
                 ((complex('nan'), complex('nan')), {}), ((1, 'a'), {}), ((1, 2, 3), {}), ((1,), {}), ((), {}),
                 ((1e308 + 1e308j, 1e308 + 0.99e308j), {}), ((1j, 1.0000000001j), {}), ((1, 1), {'bogus': 1}),
                 ((1, 1), {'rel_tol': 'x'})]:
    t(lambda: cmath.isclose(*args, **kw))
for name in ['phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    for arg in [1, -1, 1j, -0.0, complex(-1, -0.0), 1e308 + 1e308j, C(), 'x']:
        t(lambda: f(arg))
t(lambda: cmath.polar(1.7e308 + 1.7e308j))
# overflow or not (the digits themselves are swept in values_sweep.py)
for big in [710, 800, 1e5]:
    for f in [cmath.exp, cmath.cosh, cmath.sinh, cmath.cos, cmath.sin]:
        t(lambda: cmath.isfinite(f(complex(big, 1))))
        t(lambda: cmath.isfinite(f(complex(1, big))))
t(lambda: cmath.exp(complex(709.5, 1e-300)))
t(lambda: cmath.tanh(complex(800, 1)))
t(lambda: cmath.tan(complex(1, -800)))
