# the buffer protocol: memoryview, bytes, bytearray, struct over arrays
import _struct as struct
from array import array

a = array('i', [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.readonly, m.shape, m.strides, m.tolist(), m[1], m.obj is a)
print(bytes(a), bytearray(a), bytes(m))
m[0] = 42
print(a)
m2 = m.cast('B')
print(m2.format, len(m2), m2.tolist()[:8])
m2[4] = 7
print(a)
print(m[::2].tolist(), m[::-1].tolist())
for tc in 'bBhHiIlLqQfd':
    x = array(tc, [1, 2])
    mv = memoryview(x)
    print(tc, mv.format, mv.itemsize, mv.tolist(), bytes(x) == x.tobytes())
d = array('d', [1.5, -0.25])
md = memoryview(d)
print(md.tolist(), md.cast('B').cast('d').tolist(), md.cast('b', [2, 8]).shape)
print(memoryview(array('f', [0.1])).tolist())
u = array('u', 'ab')
mu = memoryview(u)
print(mu.format, mu.itemsize, mu.nbytes, len(mu), bytes(mu))
print(mu.cast('B').tolist())

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: mu.tolist())
err(lambda: mu[0])
err(lambda: mu.__setitem__(0, 'x'))
err(lambda: memoryview(bytearray(8)).cast('w'))
err(lambda: m.__setitem__(0, 2**40))
err(lambda: m.__setitem__(0, 1.5))
err(lambda: md.cast('i'))
err(lambda: memoryview(array('b', [1, 2, 3])).cast('h'))
print(memoryview(a) == a, memoryview(a) == array('i', [42, 7, 3]), memoryview(array('b', [1])) == b'\x01')

# struct over arrays
b = array('B', [0] * 8)
struct.pack_into('<hI', b, 1, -1, 0x01020304)
print(b)
print(struct.unpack_from('<hI', b, 1), struct.unpack('<2i', array('i', [5, 6])))
err(lambda: struct.pack_into('<i', b, 6, 1))
print(list(struct.iter_unpack('h', array('h', [1, 2, 3]))))
err(lambda: struct.pack_into('b', b'abc', 0, 1))

# bytes-like consumers
print(b'ab' + array('B', [99]), bytearray(b'x') + array('b', [100]))
print(bytes(array('h', [1, 2])).hex(), bytearray(array('u', 'a')))
print(b'abc'.startswith(array('B', [97])), array('B', [97]) in [b'a'])
ba = bytearray(b'xy')
ba.extend(array('B', [122]))
ba += array('b', [33])
print(ba)

# a released view no longer pins the array
g = array('b', [1, 2, 3, 4])
with memoryview(g) as mg:
    g[0] = 9
    print(mg.tolist())
g.append(5)
print(g)
