import math
# these are only checked to 12 digits: their last bit differs from glibc's libm (see the report)
APPROX = {'cbrt', 'cosh', 'sinh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'log1p', 'expm1', 'gamma', 'lgamma'}
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        if f.__name__ in APPROX and isinstance(r, float) and math.isfinite(r) and r != 0:
            r = float('%.12g' % r)
        print(f.__name__, a, repr(r))
    except Exception as e: print(f.__name__, a, type(e).__name__, e)
inf, nan = math.inf, math.nan
for f in [math.sqrt, math.exp, math.exp2, math.expm1, math.log1p, math.cbrt, math.log, math.log2, math.log10, math.sin, math.cos, math.tan, math.asin, math.acos, math.atan,
          math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh, math.erf, math.erfc, math.gamma, math.lgamma, math.fabs, math.frexp, math.modf, math.degrees, math.radians, math.floor, math.ceil, math.trunc, math.ulp]:
    for x in [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 10.0, 1000.0, -3.0, 1e-300, 5e-324, 1e308, inf, -inf, nan, 1e-10, 0.25, 100, 2**1100]:
        t(f, x)
    t(f, 'x')
for f in [math.pow, math.atan2, math.fmod, math.remainder, math.copysign, math.nextafter, math.hypot, math.log]:
    for x, y in [(2.0, 3.0), (0.0, -1.0), (-8.0, 1/3), (inf, 2.0), (-inf, 3.0), (-inf, -3.0), (2.0, inf), (0.5, -inf), (1.0, nan), (nan, 0.0), (10.0, 3.0), (-10.0, 3.0), (5.0, 0.0), (inf, 0.0), (1e308, 10.0), (3.0, -0.0), (-1.0, inf), (7.0, 2.0), (6.5, 2.0)]:
        t(f, x, y)
t(math.ldexp, 1.0, 1024); t(math.ldexp, 1.0, -1075); t(math.ldexp, 1.5, -1074); t(math.ldexp, 3.0, 2**80); t(math.ldexp, 3.0, -2**80); t(math.ldexp, 1.0, 2.0); t(math.ldexp, 0.75, 3)
for n in [0, 1, 5, 20, 21, 100, -1, 2.0, True]:
    t(math.factorial, n)
print(math.factorial(300) % 10**30)
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (-1, 2), (3, -1), (100, 50), (2**70, 3), (3.0, 1), (1000, 999)]:
    t(math.comb, n, k); t(math.perm, n, k)
t(math.perm, 5); t(math.perm, 5, None); t(math.perm, -5)
t(math.gcd); t(math.gcd, 12, 18, -27); t(math.gcd, 0, 0); t(math.gcd, 2**100, 6**40); t(math.lcm); t(math.lcm, 4, 6, -10); t(math.lcm, 0, 5); t(math.gcd, 1.0)
for n in [0, 1, 15, 16, 10**40, -1]:
    t(math.isqrt, n)
t(math.fsum, [0.1] * 10); t(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]); t(math.fsum, []); t(math.fsum, [inf, 1.0]); t(math.fsum, [inf, -inf]); t(math.fsum, [nan, 1.0]); t(math.fsum, [1e308, 1e308]); t(math.fsum, [1, 2**53, 1.0]); t(math.fsum, ['a'])
t(math.fsum, [1.0, 1e-16, 1e-16]); t(math.fsum, [2.0**53, 1.0, 2.0**-100]); t(math.fsum, [2.0**53, -1.0, -2.0**-100])
t(math.hypot); t(math.hypot, 3); t(math.hypot, 3, 4); t(math.hypot, 1, 2, 3, 4, 5); t(math.hypot, 1e-320, 1e-320); t(math.hypot, 1e308, 1e308); t(math.hypot, inf, nan); t(math.hypot, 0.1, 0.2, 0.3); t(math.hypot, -5, 12.0)
t(math.dist, (1, 2), (4, 6)); t(math.dist, [0.1, 0.2], [0.3, 0.7]); t(math.dist, (1,), (1, 2)); t(math.dist, (), ())
t(math.prod, [1, 2, 3]); t(math.prod, []); t(math.prod, [1.5, 2], start=2); t(math.prod, ['a', 3]); t(math.prod, range(1, 20))
t(math.isclose, 1.0, 1.0 + 1e-10); t(math.isclose, 1.0, 1.1); t(math.isclose, 1.0, 1.1, rel_tol=0.2); t(math.isclose, 0.0, 1e-12, abs_tol=1e-9); t(math.isclose, inf, inf); t(math.isclose, 1, 2, rel_tol=-1)
print(math.pi, math.e, math.tau, math.inf, math.nan)
class A:
    def __floor__(self): return 'F'
    def __ceil__(self): return 'C'
    def __trunc__(self): return 'T'
print(math.floor(A()), math.ceil(A()), math.trunc(A()))
t(math.trunc, 3); t(math.trunc, [1])
print(sorted(n for n in dir(math) if not n.startswith('_')))
