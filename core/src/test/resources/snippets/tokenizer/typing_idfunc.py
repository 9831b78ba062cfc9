# _typing._idfunc: a builtin function, so as a class attribute it is not bound
import _typing
print(_typing._idfunc.__module__, _typing._idfunc.__name__, _typing._idfunc(3))
class N:
    __call__ = _typing._idfunc
print(N()(5))
for args in [(), (1, 2)]:
    try:
        N()(*args)
    except TypeError as e:
        print(type(e).__name__, e)
