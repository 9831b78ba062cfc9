# Class-body names are not visible inside comprehensions or methods (except the first iterable)
class A:
    base = 10
    items = [1, 2, 3]
    # first iterable is evaluated in class scope: works
    doubled = [i * 2 for i in items]
    try:
        shifted = [i + base for i in items]
    except NameError as e:
        err = f"{type(e).__name__}: {e}"
    nested_first = [[j for j in range(i)] for i in items]

print(A.doubled)
print(A.err)
print(A.nested_first)

base = 1000

class B:
    base = 10
    result = [i + base for i in range(3)]
    gen_result = list(i + base for i in range(3))
    dict_result = {i: base for i in range(2)}

print(B.result)
print(B.gen_result)
print(B.dict_result)

class C:
    value = "class"
    def method(self):
        try:
            return value
        except NameError as e:
            return f"{type(e).__name__}: {e}"
    lam = lambda self: value

print(C().method())
try:
    C().lam()
except NameError as e:
    print(type(e).__name__, e)
