# Annotations: evaluated and stored at module/class level, not evaluated for function locals
x: int = 5
y: "forward"
print(__annotations__)
print("y" in globals())

class Point:
    a: int
    b: str = "bee"
    c: list[int] = []

print(Point.__annotations__)
print(hasattr(Point, "a"), Point.b)

def local_annotations():
    z: undefined_type_name = 3
    w: also_missing
    return z

print(local_annotations())

def f(p: int, *args: str, q: "Q" = 1, **kw: float) -> bool:
    return True

print(sorted(f.__annotations__.items(), key=lambda kv: kv[0]))

evaluated = []
def tag(name):
    evaluated.append(name)
    return name

class Tracked:
    first: tag("first")
    second: tag("second") = 2

print(evaluated, Tracked.__annotations__)

try:
    class Broken:
        bad: missing_name_in_annotation
except NameError as e:
    print(type(e).__name__, e)

obj = Point()
obj.dyn: int = 9
print(obj.dyn, "dyn" in Point.__annotations__)
