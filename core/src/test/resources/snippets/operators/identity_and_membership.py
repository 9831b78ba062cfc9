# is, is not, in, not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, 2 in a, 3 not in a)
print("ab" in "cabd", "" in "x", (1, 2) in [(1, 2)], 1 in {1: "x"}, "x" in {1: "x"})
class Odd:
    def __contains__(self, x):
        return x % 2 == 1
print(3 in Odd(), 4 in Odd(), 4 not in Odd())
