# User-defined exception hierarchies: args, __str__, extra attributes, catching by base
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key

class Invalid(AppError, ValueError):
    def __str__(self):
        return f"invalid value: {self.args[0] if self.args else '?'}"

class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b

for exc in (NotFound("x"), Invalid(42), Invalid(), AppError(), AppError("a", 2), NoSuper(1, 2)):
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))

try:
    raise NotFound("user")
except AppError as e:
    print("caught as AppError:", e, e.key)

try:
    raise Invalid("bad")
except ValueError as e:
    print("caught as ValueError:", e, [k.__name__ for k in type(e).__mro__])

def classify(exc):
    try:
        raise exc
    except NotFound:
        return "not found"
    except (Invalid, KeyError):
        return "invalid or key"
    except AppError:
        return "generic app error"
    except Exception as other:
        return f"other {type(other).__name__}"

print([classify(e) for e in (NotFound(1), Invalid(), KeyError(), AppError(), TypeError())])
print(issubclass(NotFound, Exception), issubclass(AppError, BaseException))
try:
    raise NoSuper
except TypeError as e:
    print(type(e).__name__, e)
