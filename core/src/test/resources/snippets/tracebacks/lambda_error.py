# errors inside lambdas and comprehensions
f = lambda x: x.upper()
print(f("ok"))
print([f(v) for v in ["a", 3]])
