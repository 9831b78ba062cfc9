# __eq__ without __hash__ makes instances unhashable
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
class Q:
    def __eq__(self, o):
        return True
print(len({P(1), P(1), P(2)}), P(1) == P(1), P(1) != P(2))
try:
    hash(Q())
except TypeError as e:
    print(e)
d = {P(5): "five"}
print(d[P(5)])
