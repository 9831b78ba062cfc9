# star expressions in returns, yields and subscripts
def f():
    return 1, *[2, 3]
def g():
    yield *"ab", "c"
print(f(), list(g()), [*range(2), *{3: 0}], (*(),), {*()})
