# __getitem__/__setitem__/__delitem__ receive slices, tuples and Ellipsis as keys
class Recorder:
    def __getitem__(self, key):
        return f"get {key!r}"
    def __setitem__(self, key, value):
        print(f"  set {key!r} = {value!r}")
    def __delitem__(self, key):
        print(f"  del {key!r}")

r = Recorder()
print(r[1])
print(r[1:2])
print(r[::2])
print(r[1:2, 3])
print(r[...])
print(r[:, None])
print(r["k"], r[()], r[-1:])
r[0:3] = "abc"
r[1, 2] = 0
del r[::-1]
del r["x", ...]

s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s.indices(5), slice(None).indices(3))
print(slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(list(range(10))[s], "abcdefghij"[s], s == slice(1, 10, 3))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[key]

m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1], m[1, 2], m[:, 0], m[1:, 1], m[::2, -1])
try:
    m[1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
