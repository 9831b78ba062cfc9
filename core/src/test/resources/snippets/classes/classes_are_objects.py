# classes are first-class objects
class A:
    pass
def make(n):
    class Dyn(A):
        value = n
    return Dyn
classes = [make(i) for i in range(3)]
print([c.value for c in classes], all(issubclass(c, A) for c in classes), classes[0] is classes[1])
registry = {cls.__name__: cls for cls in [int, str, A]}
print(sorted(registry), registry["A"] is A)
