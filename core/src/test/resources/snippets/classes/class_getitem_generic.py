# __class_getitem__ is an implicit classmethod used by Cls[...]
class Box:
    def __class_getitem__(cls, item):
        if isinstance(item, tuple):
            names = ", ".join(getattr(t, "__name__", repr(t)) for t in item)
        else:
            names = getattr(item, "__name__", repr(item))
        return cls.__name__ + "[" + names + "]"
class Crate(Box):
    pass
print(Box[int])
print(Crate[str, bytes])
print(Box["forward"])
print(Box[int, ...])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]])
print(list[int] == list[int], list[int]([1, 2]))
