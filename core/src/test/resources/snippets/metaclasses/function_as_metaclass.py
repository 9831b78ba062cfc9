# any callable can be a metaclass; its return value becomes the bound name
def upper_attrs(name, bases, ns):
    print("callable metaclass for", name)
    fixed = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
    return type(name, bases, fixed)
class Shout(metaclass=upper_attrs):
    greeting = "hi"
    def speak(self):
        return "speaking"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
print(type(Shout).__name__)
class Sub(Shout):
    quiet = "shh"
print(hasattr(Sub, "QUIET"), Sub.quiet)
def not_a_class(name, bases, ns):
    return {"name": name, "keys": sorted(k for k in ns if not k.startswith("__"))}
class Data(metaclass=not_a_class):
    a = 1
    b = 2
print(Data)
