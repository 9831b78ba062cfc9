# class patterns with __match_args__ and keywords
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return "somewhere"
for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5), 7, 2.5, "s"]:
    print(where(p))
