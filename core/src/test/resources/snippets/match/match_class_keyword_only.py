# keyword patterns on classes without __match_args__
class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
def f(p):
    match p:
        case P(kind="circle", r=r):
            return f"circle {r}"
        case P(kind="rect", w=w, h=h) if w == h:
            return f"square {w}"
        case P(kind=k):
            return f"other {k}"
print(f(P(kind="circle", r=2)), f(P(kind="rect", w=3, h=3)), f(P(kind="rect", w=1, h=2)))
try:
    match P(kind="x"):
        case P(1):
            pass
except TypeError as e:
    print(e)
