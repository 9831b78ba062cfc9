# marshal: byte-exact output for plain values, round trips, and errors
import marshal

print(marshal.version)
values = [None, True, False, ..., StopIteration, 0, 1, -1, 255, 256, -5, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
          2**62, 2**64 + 7, -(2**100), 10**40, 1.5, -0.0, 1e300, float("inf"), 3+4j, -1j,
          "", "a", "ab", "hello world", "é", "€uro", "x" * 300, b"", b"bytes\x00\xff", (), (1,), (1, "a", 2.5),
          tuple(range(300))]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    same = back == v or (v != v and back != back)
    print(repr(v)[:40], data[:60], same, type(back).__name__)

# containers made by a display are not shared, so carry no reference flag
print(marshal.dumps([1, 2]), marshal.dumps([]), marshal.dumps({"a": 1, "b": [2]}), marshal.dumps({}))
print(marshal.dumps({1, 2, 3}), marshal.dumps(frozenset({7})), marshal.dumps(set()), marshal.dumps(bytearray(b"ba")))
print(marshal.dumps((1, [2], "s")), marshal.dumps(([], [])))
for v in ([1, 2], {"a": 1, "b": [2]}, {1, 2, 3}, frozenset({7}), bytearray(b"ba"), ([], {})):
    print(marshal.loads(marshal.dumps(v)))
y = "shared"
print(marshal.dumps([y, y, y]))
print(marshal.dumps([1.5, 1.5]))
print(marshal.dumps({"k": ("k", "k")}))
for version in range(5):
    print(version, marshal.dumps((1, "ab", 2.5, 1j, [None]), version))
print(marshal.loads(marshal.dumps((1, 2)) + b"trailing"))
nested = marshal.loads(marshal.dumps([[1, [2, [3]]], {"x": (4, 5)}]))
print(nested)
t = marshal.loads(marshal.dumps([y, y]))
print(t, t[0] is t[1])

for bad in [b"", b"i\x01", b"\x01", b"l\x02\x00\x00\x00\x01", b"r\x05\x00\x00\x00", b"[\x02\x00\x00\x00N"]:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)

def code():
    pass
for bad in [object(), [1, object()], print]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    marshal.loads("str")
except TypeError as e:
    print(type(e).__name__, e)

import _io
buf = _io.BytesIO()
marshal.dump({"one": 1}, buf)
marshal.dump([2, 3], buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print(type(e).__name__, e)
deep = []
for i in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print(type(e).__name__, e)
