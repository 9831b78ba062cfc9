# sys.exc_info inside and after except
import sys
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
def nested():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        return repr(sys.exc_info()[1])
print(nested())
