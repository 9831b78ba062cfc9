# dict == dict when a key's __eq__ clears the dict being compared; dict views' .mapping; huge repeat counts;
# '%.*d' precision is a C int; '{[digits]}' with too many digits.
import sys


class X:
    def __eq__(self, other):
        dict_a.clear()
        return True

    def __hash__(self):
        return 13


dict_a = {X(): 0}
dict_b = {X(): 0}
print(dict_a == dict_b, dict_a)


class Y:
    def __eq__(self, other):
        dict_d.clear()
        return True


dict_c = {0: Y()}
dict_d = {0: set()}
print(dict_c == dict_d)

for cls in [dict]:
    d = cls(a=1)
    for view in [d.keys(), d.values(), d.items()]:
        m = view.mapping
        print(type(m).__name__, m == d, m['a'])
    d['b'] = 2
    print(sorted(d.keys().mapping))

lst = [4, 5, 6, 7]
n = (sys.maxsize * 2 + 2) // len(lst)
for op in [lambda: lst * n, lambda: "abcd" * n]:
    try:
        op()
    except (MemoryError, OverflowError) as e:
        print("too big:", type(e).__name__ in ("MemoryError", "OverflowError"))
for fmt, args in [("%.*d", (sys.maxsize, 1)), ("%.*d", (2 ** 31, 1)), ("%.*f", (-1, 1.5)), ("%.*f", (0, 1.5)),
                  ("%*d", (-3, 1)), ("%.*d", (3, 7))]:
    try:
        print(repr(fmt % args))
    except OverflowError as e:
        print(type(e).__name__, e)
big = "23098475029384702983476098230754973209482573"
for f in ["{" + big + "}", "{[" + big + "]}", "{[12]}", "{[1a]}"]:
    try:
        print(f.format({"1a": "x", 12: "y"}))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
