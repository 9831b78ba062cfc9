# __reduce_ex__, _array_reconstructor and copying without copy/pickle
import array
from array import array as A

for tc in array.typecodes:
    a = A(tc, 'hi' if tc == 'u' else [1, 2])
    print(tc, a.__reduce_ex__(2), a.__reduce_ex__(4)[1:])
    f, args, state = a.__reduce_ex__(3)
    print(f.__name__, f(*args) == a, state)

class Sub(A):
    pass

s = Sub('i', [1])
r = s.__reduce_ex__(4)
print(r[1][0].__name__, r[2])
s.x = 5
print(s.__reduce_ex__(2)[2], s.__reduce_ex__(4)[2])
print(type(A.__reduce_ex__(s, 4)[0](*s.__reduce_ex__(4)[1])).__name__)

rec = array._array_reconstructor
print(rec(A, 'h', 3, b'abcd'))
print(rec(A, 'b', 2, b'abcd'))
print(rec(A, 'B', 1, b'\xff\x01'))
print(rec(A, 'i', 13, b'\x00' * 7 + b'\x05'))
print(rec(A, 'Q', 13, b'\xff' * 8))
print(rec(A, 'q', 11, b'\xff' * 8))
print(rec(A, 'H', 9, b'\xff\xff\xff\xfe'))
print(rec(A, 'u', 19, b'\x00a\x00b'))
print(rec(A, 'u', 18, b'=\xd8\x00\xde'))
print(rec(A, 'u', 21, b'\x00\x00\x00a\x00\x00\x00b'))
print(rec(A, 'd', 15, b'abcd'))
print(rec(A, 'f', 17, b'\x3f\xf8' + b'\x00' * 6))
print(rec(A, 'i', 8, b''), rec(Sub, 'd', 16, b'\x00' * 8))

def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: rec(1, 'b', 0, b''))
err(lambda: rec(int, 'b', 0, b''))
err(lambda: rec(A, 'x', 0, b''))
err(lambda: rec(A, 'b', 99, b''))
err(lambda: rec(A, 'b', -1, b''))
err(lambda: rec(A, 'b', 0, ''))
err(lambda: rec(A, 'h', 2, b'abc'))
err(lambda: rec(A, 'h', 4, b'abc'))
err(lambda: rec(A, 'b', 19, b'\x00a\x00b'))
err(lambda: rec(A, 'i', 15, b'abcd'))
err(lambda: rec(A, 'b', 8, b'\x00\x01\x00\x00'))
err(lambda: rec(A, 'u', 20, b'\x00\x00\x11\x00'))
err(lambda: rec(A, 'b', 0))

c = A('d', [1.0])
c2 = c.__copy__()
c2.append(2.0)
print(c, c2, type(Sub('b', [1]).__copy__()).__name__, type(Sub('b').__deepcopy__(None)).__name__)
