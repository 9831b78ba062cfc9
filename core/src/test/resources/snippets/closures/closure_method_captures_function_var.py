# Methods of a class defined in a function close over the function's variables
def make_class(prefix):
    count = 0
    class Greeter:
        def greet(self, name):
            nonlocal count
            count += 1
            return f"{prefix} {name} #{count}"
        @classmethod
        def total(cls):
            return count
        @staticmethod
        def get_prefix():
            return prefix
        @property
        def loud_prefix(self):
            return prefix.upper()
    return Greeter

G = make_class("Hello")
H = make_class("Hi")
g = G()
print(g.greet("ann"), g.greet("bob"))
print(H().greet("cy"))
print(G.total(), H.total(), G.get_prefix(), g.loud_prefix)
print(G.__qualname__, G.greet.__qualname__)

def class_attr_vs_closure():
    value = "closure"
    class K:
        value = "class attribute"
        def get(self):
            return value
        def get_attr(self):
            return self.value
    return K().get(), K().get_attr()

print(class_attr_vs_closure())

def late_prefix():
    class K:
        def show(self):
            return tag
    k = K()
    tag = "assigned after class creation"
    return k.show()

print(late_prefix())
