# default values are evaluated once
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2))
print(app.__defaults__)
def kw(*, flag=False):
    return flag
print(kw.__kwdefaults__, kw(flag=True))
