# the order of hooks during class creation
log = []
class Desc:
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"prepare {name} {sorted(kw)}")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"meta new {name}")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(f"meta new done {name}")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"meta init {name}")
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, flavor="plain", **kw):
        log.append(f"init_subclass {cls.__name__} {flavor}")
        super().__init_subclass__(**kw)
class Child(Base, flavor="spicy"):
    log.append("body Child")
    d = Desc()
for line in log:
    print(line)
