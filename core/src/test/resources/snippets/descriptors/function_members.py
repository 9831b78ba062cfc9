# function.__globals__/__closure__/__builtins__ are read-only member_descriptors (funcobject.c func_memberlist)
def f(): pass
print(type(f).__dict__['__globals__'], type(type(f).__dict__['__globals__']))
class S:
    __slots__ = ('a',)
print(type(S.__dict__['a']), type(S.a) is type(type(f).__dict__['__globals__']))
for name in ['__globals__', '__closure__', '__builtins__']:
    print(name, type(type(f).__dict__.get(name)).__name__)
g = type(f).__dict__['__globals__']
print(g.__name__, g.__objclass__.__name__, g.__get__(f) is globals(), f.__closure__)
for attr in ['__globals__', '__closure__', '__builtins__']:
    try:
        setattr(f, attr, {})
    except AttributeError as e:
        print(attr, e)
    try:
        delattr(f, attr)
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__, e)
try:
    g.__get__(1)
except TypeError as e:
    print(e)
