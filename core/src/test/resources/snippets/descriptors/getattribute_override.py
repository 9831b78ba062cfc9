# __getattribute__ intercepts every lookup; implicit special-method lookup bypasses it
class Logged:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  __getattribute__({name!r})")
        return super().__getattribute__(name)
    def method(self):
        return self.value * 2
    def __len__(self):
        return 3

obj = Logged()
print(obj.value)
print(obj.method())
print(len(obj))
print(obj.__len__())
print(getattr(obj, "value"))

class Hidden:
    secret = "hidden"
    visible = "visible"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(f"{name} is hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"

h = Hidden()
print(h.visible, h.secret, h.other)
print(Hidden.secret)

class Rewriter:
    def __getattribute__(self, name):
        if name == "__class__":
            return int
        return object.__getattribute__(self, name)

r = Rewriter()
print(r.__class__.__name__, type(r).__name__, isinstance(r, int), isinstance(r, Rewriter))
