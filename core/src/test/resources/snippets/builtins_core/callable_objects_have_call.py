# Every callable builtin object exposes __call__, and calling it calls the object.
def f(x=1):
    return x * 2

class C:
    def m(self):
        return 'm'

    @staticmethod
    def s():
        return 's'

for o in [f, C().m, str.upper, C.__dict__['s'], list[int], len, [].append]:
    print(hasattr(o, '__call__'), callable(o))
print(f.__call__(), f.__call__(x=4), len.__call__([1, 2]), str.upper.__call__('a'), C().m.__call__())
print(list[int].__call__('ab'), C.__dict__['s'].__call__())
try:
    len.__call__()
except TypeError as e:
    print(type(e).__name__, e)
