# Bound methods prepend self; calling through the class needs it explicitly
class Greeter:
    greeting = "hello"
    def greet(self, name="world"):
        return f"{self.greeting} {name}"
    def no_self():
        return "called without self"

g = Greeter()
print(g.greet(), g.greet("ann"), Greeter.greet(g, "bob"))
bound = g.greet
print(bound.__self__ is g, bound.__func__ is Greeter.greet, bound.__name__)
print(bound("via bound"))

try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)

print(Greeter.no_self())
try:
    g.no_self()
except TypeError as e:
    print(type(e).__name__, e)

g.greet = lambda name: "instance attribute " + name
print(g.greet("wins"), Greeter.greet(g, "class"))
del g.greet
print(g.greet("restored"))

def external(self, suffix):
    return self.greeting + suffix

Greeter.external = external
print(g.external("!"))
g.plain = external
try:
    g.plain("?")
except TypeError as e:
    print(type(e).__name__, e)
print(g.plain(g, "?"))

m1 = g.greet
m2 = g.greet
print(m1 == m2, m1 is m2, m1 == Greeter().greet)
