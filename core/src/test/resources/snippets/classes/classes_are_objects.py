# Classes are objects: type(C), repr, passing classes around, class identity
class Widget:
    pass

print(type(Widget), type(Widget).__name__, type(type), type(object))
print(repr(Widget), str(Widget), Widget.__name__)
print(Widget.__class__ is type, isinstance(Widget, object), isinstance(Widget, type))

registry = {Widget: "widget", int: "integer", type: "metaclass"}
print(registry[Widget], registry[type(5)], registry[type(Widget)])

def make_instances(cls, n):
    return [cls() for _ in range(n)]

print([type(x).__name__ for x in make_instances(Widget, 2)], make_instances(list, 2))

Alias = Widget
print(Alias is Widget, Alias().__class__.__name__)

classes = [int, str, list, Widget]
print([c.__name__ for c in classes], [c() for c in classes[:3]])

def choose(flag):
    return dict if flag else list

print(choose(True)(a=1), choose(False)("ab"))

w = Widget()
print(type(w)() is not w, type(w) is Widget, w.__class__.__class__ is type)
print(type("x") is str, type(type("x")("y")).__name__)

class Holder:
    kind = Widget
    def build(self):
        return self.kind()

print(type(Holder().build()).__name__)
print(repr(type(None)), repr(type(Holder().build)), repr(type(lambda: 0)))
