# A class nested in another class cannot see the outer class's names
class Outer:
    color = "red"
    class Inner:
        try:
            shade = color
        except NameError as e:
            shade = f"{type(e).__name__}: {e}"
        def get(self):
            return Outer.color
    size = 3

print(Outer.Inner.shade)
print(Outer.Inner().get())
print(Outer.Inner.__qualname__)

def factory():
    tag = "from-function"
    class A:
        class B:
            seen = tag
        def m(self):
            return tag
    return A

A = factory()
print(A.B.seen, A().m())
print(A.B.__qualname__)

class Counter:
    n = 0
    def incr(self):
        # plain n would be the global; use the class explicitly
        Counter.n += 1
        return Counter.n

n = "global n"
c = Counter()
c.incr(); c.incr()
print(Counter.n, n)

class Chooser:
    options = ["a", "b"]
    chosen = options[1]
    lengths = list(map(len, options))

print(Chooser.chosen, Chooser.lengths)
