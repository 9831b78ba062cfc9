# A generator suspended inside an except block keeps its own exception context
def inside_handler():
    try:
        raise KeyError("gen error")
    except KeyError:
        yield "suspended in handler"
        raise ValueError("raised after resume")

g = inside_handler()
print(next(g))
try:
    raise TypeError("caller error")
except TypeError:
    try:
        next(g)
    except ValueError as e:
        print(type(e).__name__, e)
        print("context:", type(e.__context__).__name__, e.__context__)

def reports_context():
    try:
        yield
    except Exception as e:
        yield f"{type(e).__name__} with context {type(e.__context__).__name__}"

r = reports_context()
next(r)
try:
    raise IndexError("outer")
except IndexError:
    print(r.throw(ValueError("thrown")))

def bare_raise_after_yield():
    try:
        raise LookupError("original")
    except LookupError:
        yield "paused"
        raise

b = bare_raise_after_yield()
next(b)
try:
    next(b)
except LookupError as e:
    print("re-raised:", type(e).__name__, e)
