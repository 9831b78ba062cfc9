# class decorators apply bottom-up after the class body runs; body order is kept
trail = []
def tag(label):
    def deco(cls):
        trail.append(label)
        cls.tags = getattr(cls, "tags", ()) + (label,)
        return cls
    return deco
def replace(cls):
    trail.append("replace")
    return "replaced " + cls.__name__
@tag("outer")
@tag("inner")
class Widget:
    trail.append("body")
    zeta = 1
    alpha = 2
    def mid(self):
        pass
print(trail)
print(Widget.tags)
print([k for k in Widget.__dict__ if not k.startswith("__")])
@replace
class Gone:
    pass
print(Gone, trail[-1])
