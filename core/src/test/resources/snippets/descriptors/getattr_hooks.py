# __getattr__ only for missing attributes; __getattribute__ for all
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "computed " + name
class Spy:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
l = Lazy()
print(l.real, l.other)
s = Spy()
s.x = 3
print(s.secret, s.x)
