# names defined in a class body are not visible inside its methods
x = "global"
class Scope:
    x = "class"
    y = x + "-derived"
    def method(self):
        return x
    def method2(self):
        return self.x
    z = [x for _ in range(1)]
    def make():
        return "plain function in body"
    made = make()
print(Scope.y)
print(Scope().method(), Scope().method2())
print(Scope.z, Scope.made)
def factory():
    x = "enclosing"
    class Inner:
        x = "inner-class"
        def get(self):
            return x
    return Inner
print(factory()().get(), factory().x)
