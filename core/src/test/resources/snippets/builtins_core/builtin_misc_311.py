# Assorted 3.11 behaviours: int/str digit limits for other bases, type.__new__ arity, SyntaxError and
# OSError constructors, Unicode error messages after attribute changes, range() attributes, slice hashing.
import sys
m = sys.get_int_max_str_digits()
for args in [('2' * (m + 1), 3), ('2' * (m + 1), 36), ('1' * (m + 1), 16), ('1' * (m + 1), 2)]:
    try:
        print(len(str(int(*args))) > 0)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [10 ** m, 10 ** m - 1, -10 ** m, int('2' * m, 36)]:
    try:
        print(len(str(v)))
    except ValueError as e:
        print(type(e).__name__, e)

class Meta(type):
    pass

for call in [lambda: Meta(5), lambda: type(1, 2), lambda: type.__new__(Meta, 5, 6)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(5))

for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1)]:
    try:
        SyntaxError("bad bad", args)
    except TypeError as e:
        print(type(e).__name__, e)
e = SyntaxError("msg", ["f.py", 3, 4, "text"])
print(e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
e = SyntaxError("msg", ("f.py", 3, 4, "text", 3, 8))
print(e.end_lineno, e.end_offset, str(e))

for args in [('foo', 'bar', 'baz'), ('foo', 'bar', 'baz', None, 'quux'), (1, 'x'), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.filename, e.filename2, str(e))

class MyOSError(OSError):
    def __init__(self, a):
        super().__init__(a, 'strerr', 'file')

e = MyOSError(5)
print(e.args, e.errno, e.strerror, e.filename, str(e))

u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
u.encoding = 4000
print(str(u))
u.start = 1000
print(str(u))
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
u.end = 2
print(str(u))
u = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'ordinal not in range(128)')
print(repr(u.object), u.args, str(u))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(str(u), u.encoding, u.object, u.start, u.end, u.reason)
u.end = 2
print(str(u))
u = UnicodeTranslateError('\u1234\U00012345', 1, 2, 'bar')
print(str(u))

for r in [range(True), range(False, True), range(False, True, True)]:
    print(r, type(r.start).__name__, type(r.stop).__name__, type(r.step).__name__)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(slice.__hash__)
