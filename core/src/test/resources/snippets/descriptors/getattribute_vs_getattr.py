# __getattr__ runs only after __getattribute__ raises AttributeError
class Tracked:
    cls_attr = "on class"
    def __init__(self):
        self.real = "real value"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        return "<fallback " + name + ">"
t = Tracked()
print(t.real)
print(t.cls_attr)
print(t.hidden)
print(t.nothing)
print(getattr(t, "other", "default unused"))
print(hasattr(t, "anything"))
class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError(name + " blocked")
try:
    NoFallback().x
except AttributeError as e:
    print("AttributeError:", e)
