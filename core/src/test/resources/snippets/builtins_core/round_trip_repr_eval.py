# eval(repr(x)) == x for builtin values
values = [1, -2.5, 1e-10, "quo'te", b"\x00ab", [1, (2, 3)], {"k": {1, 2}}, None, True, 3 + 4j, frozenset(), range(3)]
print(all(eval(repr(v)) == v for v in values), [repr(v) for v in values[:6]])
