# __bases__, __base__, __subclasses__(), and walking a class hierarchy
class Root: pass
class A(Root): pass
class B(Root): pass
class C(A, B): pass
class D(A): pass

print(Root.__bases__, [b.__name__ for b in C.__bases__], C.__base__.__name__)
print(sorted(k.__name__ for k in Root.__subclasses__()))
print(sorted(k.__name__ for k in A.__subclasses__()))
print(C.__subclasses__(), object.__bases__, object.__base__)

def descendants(cls):
    result = set()
    for sub in cls.__subclasses__():
        result.add(sub.__name__)
        result |= descendants(sub)
    return result

print(sorted(descendants(Root)))

def ancestors(cls):
    seen = []
    stack = [cls]
    while stack:
        current = stack.pop()
        for base in current.__bases__:
            if base.__name__ not in seen:
                seen.append(base.__name__)
                stack.append(base)
    return seen

print(ancestors(C), ancestors(D))
print(int.__bases__, bool.__bases__, bool.__base__.__name__)

class E(B): pass
print(sorted(k.__name__ for k in B.__subclasses__()))
print([k.__name__ for k in type.__bases__], type.__base__.__name__)
