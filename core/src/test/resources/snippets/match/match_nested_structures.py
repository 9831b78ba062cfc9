# nested sequence, mapping and class patterns
class Node:
    __match_args__ = ("op", "args")
    def __init__(self, op, args):
        self.op = op
        self.args = args
def ev(n):
    match n:
        case int(v):
            return v
        case Node("+", [a, b]):
            return ev(a) + ev(b)
        case Node("*", [a, b]):
            return ev(a) * ev(b)
        case Node("neg", [a]):
            return -ev(a)
        case {"lit": v}:
            return v
    raise ValueError(n)
print(ev(Node("+", [1, Node("*", [2, Node("neg", [{"lit": 3}])])])))
