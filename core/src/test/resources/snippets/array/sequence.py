# indexing, slicing, slice assignment and deletion, operators, comparison, iteration
from array import array

a = array('i', range(10))
print(a[0], a[-1], a[3:7], a[::2], a[::-1], a[-3:], a[7:2:-2], a[100:], a[:], a[5:5])
print(type(a[1:]).__name__)

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: a[10])
err(lambda: a[-11])
err(lambda: a['x'])
err(lambda: a[1.0])
err(lambda: a[2**70])
err(lambda: a[::0])

b = array('i', range(10))
b[0] = 100
b[-1] = 900
print(b)
b[2:4] = array('i', [7, 7, 7, 7])
print(b)
b[1:9] = array('i')
print(b)
b[1:1] = array('i', [5, 6])
print(b)
b[:] = b
print(b)
b[1:] = b
print(b)
b[::2] = array('i', [0] * len(b[::2]))
print(b)
b[::-1] = array('i', range(len(b)))
print(b)
b[5:2] = array('i', [42])
print(b)
del b[0]
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del b[::-1]
print(b)
c = array('h', range(20))
del c[10:2:-3]
print(c)
del c[100:]
print(c)

err(lambda: b.__setitem__(100, 1))
err(lambda: b.__delitem__(100))
err(lambda: b.__setitem__('x', 1))
err(lambda: b.__setitem__(slice(0, 2), [1]))
err(lambda: b.__setitem__(slice(0, 2), array('b')))
err(lambda: array('i', [1, 2, 3]).__setitem__(slice(None, None, 2), array('i', [1])))
err(lambda: b.__setitem__(0, 'x'))

x = array('b', [1, 2])
y = array('b', [3])
print(x + y, y + x, x * 3, 3 * x, x * 0, x * -1, x * True)
x += y
print(x)
x *= 2
print(x)
x *= 0
print(x, len(x))
x = array('u', 'ab')
x += x
print(x, 'a' in x, 'c' in x, 1 in x)
print(2 in array('d', [2.0]), 2.5 in array('i', [2]))
err(lambda: array('b') + [1])
err(lambda: array('b') + array('h'))
err(lambda: [1] + array('b'))
err(lambda: array('b') * 'x')
err(lambda: 'x' * array('b'))
err(lambda: array('b') * 1.5)
err(lambda: array('b') - array('b'))

def iadd(a, b):
    a += b
    return a

def imul(a, b):
    a *= b
    return a

err(lambda: iadd(array('b'), [1]))
err(lambda: iadd(array('b'), array('i')))
err(lambda: imul(array('b'), 'x'))

# comparisons, same and mixed typecodes
p = array('i', [1, 2, 3])
print(p == array('i', [1, 2, 3]), p != array('i', [1, 2, 3]), p == array('d', [1.0, 2.0, 3.0]))
print(p < array('i', [1, 2, 4]), p < array('i', [1, 2]), p <= p, p > array('b', [1, 2]), p >= array('Q', [2]))
print(p == [1, 2, 3], p != (1, 2, 3), array('u', 'ab') < array('u', 'b'), array('u', 'a') == array('b', [97]))
print(array('d', [float('nan')]) == array('d', [float('nan')]), array('f', [0.5]) == array('d', [0.5]))
print(array('i') == array('u'), array('i') < array('d', [1]))
err(lambda: p < [1])
err(lambda: array('u', 'a') < array('b', [97]))
print(sorted([array('i', [2]), array('i', [1, 5]), array('i', [1])]))

# iteration
it = iter(array('d', [1.5, 2.5]))
print(type(it).__name__, type(it).__module__, repr(type(it)))
print(next(it), list(it), list(it))
q = array('i', [1, 2, 3])
it = iter(q)
print(next(it))
q.append(4)
print(list(it))
q2 = array('i', [1, 2, 3])
it = iter(q2)
next(it)
del q2[1:]
print(list(it))
print(list(reversed(array('b', [1, 2, 3]))), list(enumerate(array('u', 'xy'))))
it = iter(array('i', [5, 6, 7]))
next(it)
print(it.__reduce__()[1:], end=' ')
it.__setstate__(2)
print(list(it))
print(it.__reduce__()[1:])
it = iter(array('i', [5, 6, 7]))
it.__setstate__(-5)
print(list(it))
it = iter(array('i', [5, 6, 7]))
it.__setstate__(10)
print(list(it))
err(lambda: type(it)())
print(len(array('q', [1] * 7)), bool(array('b')), bool(array('b', [0])))
