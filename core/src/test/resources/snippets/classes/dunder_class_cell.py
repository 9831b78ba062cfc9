# The implicit __class__ cell: available in methods, fixed to the defining class
class Original:
    def get_class(self):
        return __class__
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    def make_lambda(self):
        return lambda: __class__

class Derived(Original):
    pass

d = Derived()
print(d.get_class().__name__, type(d).__name__)
print(d.nested(), d.make_lambda()().__name__)

Alias = Original
del Original
print(Alias().get_class() is Alias)

class Uses:
    def meth(self):
        return super().__repr__ is not None, __class__.__name__

print(Uses().meth())
print(Uses.meth.__code__.co_freevars)

def f():
    try:
        return __class__
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(f())

class Body:
    try:
        seen = __class__
    except NameError as e:
        seen = f"{type(e).__name__}: {e}"

print(Body.seen)

class Reassign:
    def which(self):
        return __class__.__name__

Reassign.__name__ = "Renamed"
print(Reassign().which())
