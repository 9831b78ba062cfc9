# __annotations__ on classes: per-class dicts, not merged with bases, instances read the class's
class Base:
    id: int
    name: str = "base"

class Child(Base):
    extra: list
    name: str = "child"

class NoAnnotations(Base):
    plain = 1

print(Base.__annotations__)
print(Child.__annotations__)
print(NoAnnotations.__annotations__ is Base.__annotations__)
print("__annotations__" in vars(NoAnnotations), "__annotations__" in vars(Child))

def all_annotations(cls):
    merged = {}
    for klass in reversed(cls.__mro__):
        merged.update(vars(klass).get("__annotations__", {}))
    return merged

print(sorted(all_annotations(Child)))
c = Child()
print(c.name, hasattr(c, "id"), hasattr(c, "extra"))
print(c.__annotations__ is Child.__annotations__)

class Later:
    x: int
Later.__annotations__["y"] = str
print(Later.__annotations__)

class Strings:
    a: "ForwardRef"
    b: "list[int]" = []

print(Strings.__annotations__, Strings.b)

def fn(a: int, b: "B" = None) -> "Ret":
    pass
print(fn.__annotations__)
fn.__annotations__ = {"changed": True}
print(fn.__annotations__)
