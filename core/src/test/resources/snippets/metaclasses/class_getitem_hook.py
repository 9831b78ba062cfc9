# __class_getitem__ enables Class[...] subscription; it is an implicit classmethod
class Box:
    def __class_getitem__(cls, item):
        print(f"  {cls.__name__}.__class_getitem__({item!r})")
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

print(Box[int])
print(Box["anything"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box):
    pass

print(SubBox[str])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass

try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]))
print(type[int], isinstance([], list))

class Meta(type):
    def __getitem__(cls, item):
        return f"Meta.__getitem__ on {cls.__name__} with {item!r}"

class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"

print(Both[0])

class Cached:
    _cache = {}
    def __class_getitem__(cls, params):
        key = params if isinstance(params, tuple) else (params,)
        if key not in cls._cache:
            cls._cache[key] = type(f"Cached_{'_'.join(p.__name__ for p in key)}", (cls,), {"params": key})
        return cls._cache[key]

print(Cached[int].__name__, Cached[int] is Cached[int], Cached[int, str].params)
