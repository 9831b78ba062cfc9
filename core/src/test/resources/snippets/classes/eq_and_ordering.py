# rich comparisons on user classes
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f"V{self.n}"
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), V(1) == V(1), V(1) != V(2), V(2) > V(1))
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
