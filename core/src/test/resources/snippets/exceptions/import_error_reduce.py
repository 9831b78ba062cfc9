# ImportError resets msg/name/path on __init__; exceptions reduce with their attribute state
exc = ImportError('test', name='name', path='path')
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path, repr(str(exc)))
e = KeyError('x')
e.note = 5
cls, args, state = e.__reduce__()
e2 = cls(*args)
e2.__setstate__(state)
print(repr(e2), e2.note, KeyError('y').__reduce__())
try:
    e2.__setstate__(3)
except TypeError as t:
    print(type(t).__name__, t)
