# str.format with positions, names, attributes and specs
class P:
    x = 3
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{n}".format(n=5), "{0.x}".format(P()))
print("{:>5}|{:^5}|{:<5}|".format("a", "b", "c"), "{:08.3f}".format(3.14159), "{0[1]}".format([7, 8]))
print("{!r}".format("q"), "{:,}".format(10 ** 7), "{:b}".format(10), "{{}}".format())
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
