# __prepare__ supplies the class-body namespace; names it pre-populates are visible in the body
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print(f"  __prepare__({name!r}, kwargs={kwargs})")
        ns = Recording()
        ns["injected"] = f"injected into {name}"
        return ns
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.definition_order = list(ns.order)
        return cls

class Form(metaclass=OrderMeta, flavour="x"):
    zeta = 1
    alpha = 2
    seen = injected
    zeta = 3
    def method(self):
        return "m"

print(Form.definition_order)
print(Form.seen, Form.zeta, Form.injected)
print(type(Form.__dict__).__name__)

class Injector(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"value": "from prepared namespace"}

def make(value):
    # 'value' is a free variable, but the class body checks its namespace first
    class Inner(metaclass=Injector):
        free = value
        def get(self):
            return value
    return Inner

I = make("closure value")
print(I.free, "|", I().get())

class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5

try:
    class Broken(metaclass=Bad):
        pass
except TypeError as e:
    print(type(e).__name__, e)
