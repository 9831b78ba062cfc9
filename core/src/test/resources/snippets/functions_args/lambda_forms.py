# Lambdas with every parameter kind, conditional bodies, and immediate invocation
full = lambda a, b=2, /, c=3, *args, d, e=5, **kw: (a, b, c, args, d, e, kw)
print(full(1, d=4))
print(full(1, 2, 3, 4, 5, d=6, z=7))

print((lambda: "no args")())
print((lambda x: x if x > 0 else -x)(-7))
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))

pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
print(max(["aaa", "b", "cc"], key=lambda s: len(s)))

chooser = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print({k: f(10, 3) for k, f in sorted(chooser.items())})

nested = lambda x: (lambda y: x + y)
print(nested(1)(2))

print(type(full).__name__, full.__name__, full.__code__.co_argcount)
print(full.__defaults__, full.__kwdefaults__)

try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)

tuple_result = lambda: (1, 2)
x, y = tuple_result()
print(x, y)
gen_lambda = lambda: (yield 5)
g = gen_lambda()
print(type(g).__name__, next(g))
