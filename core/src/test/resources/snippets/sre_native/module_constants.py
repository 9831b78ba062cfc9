import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(repr(_sre.copyright))
print(sorted(n for n in dir(_sre) if not n.startswith('_')))
print(type(_sre.compile).__name__, _sre.__name__)
try:
    _sre.compile('a', 0, (1,), 0, {}, ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    _sre.compile('a', 0, [2**40], 0, {}, ())
except OverflowError as e:
    print(type(e).__name__, e)
