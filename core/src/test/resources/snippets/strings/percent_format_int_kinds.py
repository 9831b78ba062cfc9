# printf-style formatting of ints of every size: small ints take a fast path, big ones the general one.
values = [0, 1, -1, 7, -7, 255, -255, 2**31, -2**31, 2**63 - 1, -2**63, -2**63 - 1, 2**63, 2**64 + 5,
          -(2**100), 10**30 + 1, True, False]
for v in values:
    print("%d|%i|%u|%x|%X|%o" % (v, v, v, v, v, v))
    print("%#x|%#X|%#o|%+d|% d|%08d|%-8d|%.5d|%+#010x" % (v, v, v, v, v, v, v, v, v))


class MyInt(int):
    pass


print("%d %x %o" % (MyInt(-42), MyInt(255), MyInt(8)))
print("%d %i" % (3.99, -3.99))
print("%(a)d-%(b)05x" % {"a": -12, "b": 300})
print("k%d" % (123456789 * 7919 % 5003), "%s=%d" % ("n", -5))
for bad in ["x", None, 2.5j]:
    try:
        print("%d" % (bad,))
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%x" % 2.5)
except TypeError as e:
    print("TypeError:", e)
print(b"%d %x %o" % (-2**63, 2**64, -9))
