# printf-style formatting cases
print("%d %i %5d|%-5d|%05d" % (1, 2, 3, 4, 5))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%.3f %10.2e %g %G" % (3.14159, 12345.678, 0.0001, 1e20))
print("%s|%r|%a" % ("é", "é", "é"))
print("%c%c%%" % (65, "B"), "%(x)d-%(y)s" % {"x": 1, "y": "z"})
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(e)
