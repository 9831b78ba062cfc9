# Class creation sequence: __prepare__, body, __new__, __set_name__, __init_subclass__, __init__, decorators
def log(msg):
    print("  " + msg)
    return msg

class Field:
    def __set_name__(self, owner, name):
        log(f"Field.__set_name__({owner.__name__}, {name})")

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log(f"Meta.__prepare__({name})")
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        log(f"Meta.__new__({name}) before type.__new__")
        cls = super().__new__(mcs, name, bases, ns, **kw)
        log(f"Meta.__new__({name}) after type.__new__")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log(f"Meta.__init__({name})")
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log(f"Base.__init_subclass__({cls.__name__}, {kw})")

def decorate(cls):
    log(f"decorator({cls.__name__})")
    return cls

print("creating Model")
@decorate
class Model(Base, option=1):
    log("class body start")
    first = Field()
    second = Field()
    log("class body end")

print("done:", type(Model).__name__)
