# format specs and f-strings
x = 1234.5678
n = 255
print(f"{x:.2f}|{x:10.1f}|{x:<12.3e}|{x:,.1f}|{n:x}|{n:#o}|{n:08b}|{n:_}|{-n:+d}")
print(f"{'ab':>5}|{'ab':*^7}|{3.0:g}|{0.00001:g}|{1e20:g}|{12:e}|{0.5:%}|{7:5}|")
print(format(3.14159, ".3"), format(10, "c"), "{0}-{1}-{0}".format("a", "b"), "{x}{y}".format(x=1, y=2))
print("%s %d %05.1f %x %%" % ("s", 42, 2.25, 255), "%(a)s=%(b)r" % {"a": "k", "b": "v"})
print(repr(0.1), repr(1/3), repr(2.0**60), repr(1e-5), str(123e30), 1e300 * 10)
