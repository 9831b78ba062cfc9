# object.__init__ / __setattr__ messages, __dict__ deletion, comparison slots that fail to bind
def err(f, *args):
    try:
        f(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)


class C:
    pass


err(C, 42)
err(C.__new__, C, 42)
err(lambda: C().__init__(42))
err(object.__new__, C, 42)
err(object.__init__, C(), 42)


class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


err(lambda: E().__init__(42))
err(object.__init__, E(), 42)


class B:
    y = 0
    __slots__ = ('z',)


err(lambda: B().x)
err(delattr, B(), 'x')
err(setattr, B(), 'x', 0)
err(delattr, B(), 'y')
err(setattr, B(), 'y', 0)
err(lambda: B().z)
err(delattr, B(), 'z')


class D:
    pass


d = D()
d.a = 1
del d.__dict__
print(d.__dict__)
d.b = 2
print(d.__dict__)
err(setattr, d, '__dict__', None)


def booh(self):
    raise AttributeError("booh")


class P:
    __eq__ = property(booh)
    __lt__ = property(booh)


print(P() == P(), P() != P())
err(lambda: P() < P())
p = P()
print(p == p)
