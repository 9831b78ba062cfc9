# raise always sets __context__ to the handled exception; cycles in the chain never hang
try:
    raise KeyError(1)
except KeyError as a:
    e = ValueError()
    e.__context__ = TypeError()
    try:
        raise e
    except ValueError as v:
        print(repr(v.__context__))


def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    print(type(e).__name__, repr(e.__context__), e.__context__.__context__ is e.__context__)


class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass

try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as caught:
    print(caught is e, e.__context__ is d, d.__context__ is c, c.__context__ is b,
          b.__context__ is a, a.__context__ is c)

# re-raising the handled exception keeps its context
try:
    try:
        raise KeyError('x')
    except KeyError as k:
        try:
            raise ValueError('y')
        except ValueError as v:
            raise k
except KeyError as k2:
    print(repr(k2.__context__))
