# Nested classes: access through the outer class, instances, and enclosing-function classes
class Tree:
    class Node:
        def __init__(self, value):
            self.value = value
            self.children = []
        def add(self, value):
            child = Tree.Node(value)
            self.children.append(child)
            return child
    def __init__(self, root_value):
        self.root = self.Node(root_value)
    def values(self):
        out, stack = [], [self.root]
        while stack:
            node = stack.pop()
            out.append(node.value)
            stack.extend(reversed(node.children))
        return out

t = Tree("root")
a = t.root.add("a")
a.add("a1")
t.root.add("b")
print(t.values())
print(type(t.root).__qualname__, isinstance(a, Tree.Node), t.Node is Tree.Node)

class Outer:
    value = "outer value"
    class Inner:
        def read(self):
            return Outer.value
    def make_inner(self):
        return self.Inner()

print(Outer().make_inner().read())

def build():
    class Local:
        class Deep:
            pass
    return Local

L1, L2 = build(), build()
print(L1 is L2, L1.Deep is L2.Deep, L1.Deep.__qualname__)
