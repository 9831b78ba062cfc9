# array construction from every kind of initializer, and repr
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__, A.__qualname__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, repr(a), a.typecode, a.itemsize, len(a))

print(A('b', [1, -2, 3]))
print(A('B', (0, 255)))
print(A('h', range(-3, 3)))
print(A('H', b'\x01\x00\x02\x00'))
print(A('i', bytearray(b'\xff\xff\xff\xff')))
print(A('I', [4294967295]))
print(A('l', [-2**63, 2**63 - 1]))
print(A('L', [2**64 - 1, 0]))
print(A('q', [-2**63]))
print(A('Q', [2**64 - 1]))
print(A('f', [1, 2.5, 0.1, -0.0]))
print(A('d', [1.0, 2.5, 0.1, float('inf'), float('-inf')]))
print(repr(A('d', [float('nan')])))
print(A('u', 'abc'))
print(A('u', 'h\u00e9\u20ac\U0001f600'))
print(A('u', ['x', 'y']))
print(A('u', "it's"))
print(A('d', A('i', [1, 2])))
print(A('i', A('i', [1, 2])))
print(A('b', (x for x in range(3))))
print(A('d', iter([1, 2])))
print(A('B', memoryview(b'ab')))
print(A('i', {3: 'a'}))

class Sub(A):
    pass

s = Sub('i', [1, 2])
print(repr(s), type(s).__name__, isinstance(s, A))
print(repr(Sub('u', 'hi')), repr(Sub('d')))

class WithInit(A):
    def __init__(self, typecode, data=None, *, tag=None):
        self.tag = tag

w = WithInit('b', [1], tag='t')
print(repr(w), w.tag)

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: A())
err(lambda: A('b', [], 3))
err(lambda: A('x'))
err(lambda: A(1))
err(lambda: A('bb'))
err(lambda: A('', []))
err(lambda: A('b', 'abc'))
err(lambda: A('d', 'abc'))
err(lambda: A('b', A('u', 'a')))
err(lambda: A('i', A('d', [1.0])))
err(lambda: A('u', A('b', [97])))
err(lambda: A('b', 5))
err(lambda: A('b', None))
err(lambda: A('b', typecode='b'))
err(lambda: A(typecode='b'))
err(lambda: Sub('i', [1], foo=1))
err(lambda: A('h', b'abc'))
err(lambda: A('u', b'abc'))
err(lambda: A('u', b'abcd'))
err(lambda: A('u', b'a\x00\x00\x00'))
err(lambda: A('i', [1, 'x']))
err(lambda: A[int])
err(lambda: hash(A('b')))
