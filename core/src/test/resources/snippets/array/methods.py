# every array method
from array import array

a = array('i', [1, 2, 3])
a.append(4)
print(a)
info = a.buffer_info()
print(type(info).__name__, type(info[0]).__name__, info[1])
print(a.count(2), a.count(9), a.count(2.0))
a.extend([5, 6])
a.extend(array('i', [7]))
a.extend(a)
a.extend(x * 10 for x in range(2))
print(a)
print(a.index(3), a.index(3, 3), a.index(3, -10, 20), a.index(0))
for args in [(9,), (1, 1), (1, 1, 5), (7, 0, -10)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print('ValueError', e)
try:
    a.index(1, 'x')
except TypeError as e:
    print('TypeError', e)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
print(a)
a.reverse()
print(a)
print(a.tolist(), type(a.tolist()).__name__)

b = array('h', [1, 256, -2])
print(b.tobytes())
b.byteswap()
print(b, b.tobytes())
for tc in 'bBuhHiIlLqQfd':
    x = array(tc, 'ab' if tc == 'u' else [1, 2])
    y = array(tc, x)
    y.byteswap()
    y.byteswap()
    print(tc, y == x, x.itemsize, len(x.tobytes()))
d = array('d', [1.5])
d.byteswap()
print(d.tobytes().hex())

c = array('B')
c.frombytes(b'abc')
c.frombytes(bytearray(b'd'))
c.frombytes(memoryview(b'ef'))
c.frombytes(array('h', [0x4847]))
print(c, c.tobytes())
u = array('u', 'hello')
u.fromunicode(' world\U0001f600')
print(u, u.tounicode(), len(u))
u2 = array('u')
u2.frombytes(b'\x00\x00\x11\x00')
try:
    print(u2.tounicode())
except ValueError as e:
    print('ValueError', e)
try:
    print(u2[0])
except ValueError as e:
    print('ValueError', e)
try:
    print(u2)
except ValueError as e:
    print('ValueError', e)
l = array('l', [1])
l.fromlist([2, 3])
print(l)

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

e = array('i', [1, 2, 3])
err(lambda: e.pop(10))
err(lambda: e.pop(-4))
err(lambda: array('i').pop())
err(lambda: e.pop('x'))
err(lambda: e.pop(1.0))
err(lambda: e.remove(10))
err(lambda: e.fromlist((1,)))
err(lambda: e.fromunicode('x'))
err(lambda: array('u').fromunicode(1))
err(lambda: e.fromunicode(1))
err(lambda: e.tounicode())
err(lambda: e.frombytes('x'))
err(lambda: e.frombytes(b'xx'))
err(lambda: e.frombytes(1))
err(lambda: e.extend(array('b')))
err(lambda: e.extend(1))
err(lambda: e.insert('x', 1))
err(lambda: e.insert(0, 'x'))
err(lambda: e.append())
err(lambda: e.count())
err(lambda: e.index())
print(e)
print(e.__copy__(), e.__deepcopy__({}), e.__copy__() is e)
