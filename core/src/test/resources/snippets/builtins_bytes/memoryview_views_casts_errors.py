m = memoryview(bytearray(b'abcdef'))
print(m[::2].tolist(), m[::2].strides, m[::2].c_contiguous, m.cast('H').tolist(), m.cast('B', (2, 3)).tolist())
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.contiguous)
for bad in [lambda: m.cast('B', (2, 3))[0], lambda: hash(m), lambda: m.cast('x'), lambda: m.cast('H').cast('i'),
            lambda: memoryview(b'abc').cast('H'), lambda: memoryview(1), lambda: m[10], lambda: m.__delitem__(0),
            lambda: memoryview(b'ab').__setitem__(0, 1), lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, 'a'),
            lambda: m.__setitem__(slice(0, 2), b'xyz'), lambda: m[::2].cast('B'), lambda: m['a']]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
m2 = memoryview(b'ab').cast('c'); print(m2[0], m2.tolist())
print(memoryview(b'abc') == b'abc', memoryview(b'abc') == bytearray(b'abc'), memoryview(b'abc').cast('c') == b'abc', memoryview(b'abc') == 'abc')
ba = bytearray(b'hello')
v = memoryview(ba)
v[0] = ord('j')
v[1:3] = b'EL'
print(ba, bytes(v), bytes(v[1:4]), v.tobytes(), v.hex(), v.hex(':'), v.hex('-', 2), list(v), len(v))
v.release()
ba.append(33)
print(ba, repr(v)[:18])
try:
    v[0]
except ValueError as e:
    print(e)
with memoryview(b'xyz') as w:
    print(w[-1], w[0:2].tobytes(), hash(w) == hash(b'xyz'))
print(b'ab' + memoryview(b'cd') if False else bytes(memoryview(b'cd')), bytearray(memoryview(b'q')))
f = memoryview(bytearray(8)).cast('d')
f[0] = 1.5
print(f.tolist(), f.cast('B').tolist())
i = memoryview(bytearray(8)).cast('i')
i[1] = -2
print(i.tolist(), i.cast('B').tolist(), i.toreadonly().readonly)
print(memoryview(b'abc').obj, memoryview(memoryview(b'abc')).obj)
print(type(memoryview).__name__, memoryview.__name__)
