# repr of nested and recursive containers
a = [1, "two", 3.0, None, True, (4,), {5: "five"}, {6}, b"7", frozenset()]
print(repr(a))
b = [1]
b.append(b)
print(b)
d = {}
d["self"] = d
print(d, repr(()), repr((1,)), repr(set()), repr({}), repr([[]]))
