# function and class annotations
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(sorted(f.__annotations__.items(), key=lambda kv: kv[0]))
class C:
    x: int
    y: str = "s"
print(C.__annotations__, C.y, hasattr(C, "x"))
