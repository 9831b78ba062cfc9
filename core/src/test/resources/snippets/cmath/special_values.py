# cmath on every pair of special kinds (inf, nan, signed zeros, finite) for every function; pairs of two
# finite nonzero parts are left to values_sweep.py ('.'), so this checks the special-value tables exactly
import cmath
inf, nan = float('inf'), float('nan')


def ordinary(a, b):
    return a == a and b == b and abs(a) != inf and abs(b) != inf and a != 0 and b != 0


parts = [-inf, -2.5, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.5, inf, nan]
funcs = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in funcs:
    f = getattr(cmath, name)
    print(name)
    for re in parts:
        row = []
        for im in parts:
            if ordinary(re, im) and name != 'sqrt':
                row.append('.')
                continue
            try:
                row.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(' ', re, ' '.join(row))
print('rect')
for r in parts:
    row = []
    for phi in parts:
        if ordinary(r, phi):
            row.append('.')
            continue
        try:
            row.append(repr(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(' ', r, ' '.join(row))
for name in ['phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    print(name)
    for re in parts:
        print(' ', re, ' '.join('.' if ordinary(re, im) and name in ('phase', 'polar') else repr(f(complex(re, im)))
                                for im in parts))
