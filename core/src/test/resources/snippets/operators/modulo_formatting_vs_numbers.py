# % as formatting and as modulo
print(10 % 3, -10 % 3, 10.5 % 3, "%d%%" % 50, "%s" % (1,), "%s" % [1], "%.1f" % 2.25, "%.1f" % 2.35)
x = 7
x %= 4
print(x)
