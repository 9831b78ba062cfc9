# Accessing descriptors through the class: property returns itself, functions stay plain
class Desc:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access on {objtype.__name__}"
        return "instance access"

class AlwaysSelf:
    def __get__(self, obj, objtype=None):
        return self

class Host:
    d = Desc()
    s = AlwaysSelf()
    @property
    def p(self):
        return "property value"
    def f(self):
        return "f"

print(Host.d, "|", Host().d)
print(Host.s is Host.__dict__["s"], Host().s is Host.s)
print(type(Host.p).__name__, Host().p)
print(Host.p.__get__(Host()), Host.p.__get__(None, Host) is Host.p)
print(type(Host.f).__name__, type(Host().f).__name__)

Host.p = "replaced on class"
h = Host()
print(h.p)

class Sub(Host):
    pass

print(Sub.d, Sub().d)
print(vars(Host)["d"] is vars(Host)["d"], "d" in vars(Sub))

class NoGet:
    def __set__(self, obj, value):
        pass

class Holder:
    n = NoGet()

print(type(Holder.n).__name__, type(Holder().n).__name__)
