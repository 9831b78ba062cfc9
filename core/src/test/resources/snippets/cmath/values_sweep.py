# cmath on a sweep of ordinary, tiny, huge and near-branch-cut values
import cmath
vals = [0.0, 1e-310, 5e-324, 1e-300, 1e-20, 1e-8, 0.1, 0.3, 0.5, 0.7, 0.71, 0.9, 0.99, 1.0, 1.01, 1.1, 1.5, 1.73, 2.0,
        3.0, 7.5, 10.0, 20.0, 100.0, 354.0, 709.0, 710.0, 711.0, 1e10, 1e20, 1e150, 1e300, 4.49423283715579e307, 1.7e308]
zs = []
for a in vals:
    for b in [0.0, 1e-310, 0.5, 1.0, 1.5, 30.0, 1e200, 1e308]:
        for sa in (1, -1):
            for sb in (1, -1):
                zs.append(complex(sa * a, sb * b))
funcs = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']
for name in funcs:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name)
    for i in range(0, len(out), 8):
        print(' ', repr(zs[i]), ' '.join(out[i:i + 8]))
