# int()/float() conversion protocol (CPython: PyNumber_Long, PyNumber_Float) and format spec errors
import warnings

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class MyInt(int):
    def __int__(self):
        return 42

class BadInt:
    def __int__(self):
        return True

class Trunc:
    def __trunc__(self):
        return 7

class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1

class SubFloat(float):
    pass

class F:
    def __float__(self):
        return SubFloat(2.5)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(MyInt(7)), type(int(True)).__name__)
    print(int(BadInt()), int(Trunc()), float(F()), float(FooStr('8')))
    for item in w:
        print(item.category.__name__, str(item.message)[:60])
show(lambda: int('10', 2 ** 100))
show(lambda: int('10', -2 ** 100))
show(lambda: float(memoryview(b'12.3')[1:4]))
show(lambda: float(bytearray(b' 1.5 ')))
show(lambda: float(b'  123 456  '))
show(lambda: float(b'123\xa0'))
show(lambda: float(x=1))
show(lambda: float(1, 2))
class G(float):
    def __init__(self, v, extra=None):
        self.extra = extra
print(G(2.5, extra=3).extra, type(G(1.0)).__name__)
show(lambda: float.fromhex('0x1p99999'))
print(round(123.456, -2 ** 100), round(-123.456, -400), round(1.5, 2 ** 100))
print(pow(-1.0, float('inf')), pow(-1.0, float('-inf')), pow(0.5, float('-inf')), pow(-2.0, float('nan')))
print((-2 ** 64).bit_length(), (-2 ** 63).bit_length(), bool.from_bytes(b'\x01', 'big') is True)
show(lambda: int.__new__(bool, 0))
show(lambda: object.__new__(int))
print(format(1234.5, '.4'), format(1.5, '.0'), format(10.0, '.3'), format(10.0, '#.3'), format(0.0001, '.2'))
for spec in ['zd', 'zs', ',,', '__', ',_', '_,', '<05', 'z+f', 'x^05']:
    show(lambda: format(5, spec))
    show(lambda: format('ab', spec))
for fmt, arg in [('% %s', 1), ('%%', ()), ('%z.1f', 0)]:
    show(lambda: fmt % arg)
show(lambda: b'%g' % '1')
show(lambda: b'no format' % bytearray(b'1'))
import operator
show(lambda: operator.index(1.5))
import types
class A:
    pass
m = types.MethodType(lambda self, n: n * 2, A())
print(m(21))
show(lambda: types.MethodType(1, A()))
show(lambda: types.MethodType(len, None))
print(len.__module__, [].append.__module__)
