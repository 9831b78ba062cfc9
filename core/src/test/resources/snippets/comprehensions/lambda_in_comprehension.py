# lambdas created in comprehensions capture the loop variable cell
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
gs = [(lambda y: lambda: y)(x) for x in range(3)]
print([g() for g in gs])
