# warnings: display, filters, catch_warnings, simplefilter, filterwarnings, once/default registries
import warnings, sys

def f():
    warnings.warn("plain user warning")
f()
f()
warnings.warn("deprecated thing", DeprecationWarning)
def g():
    warnings.warn("in g, shown at caller", UserWarning, stacklevel=2)
g()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", DeprecationWarning)
    warnings.warn(UserWarning("instance"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("but not me")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("default per line")
    print(len(w))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(type(e).__name__, e)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 12)
warnings.showwarning("shown", UserWarning, "other.py", 3, line="the line")
print(warnings.formatwarning("msg", UserWarning, "f.py", 7, "code()"), end="")
import _warnings
print(_warnings.filters is warnings.filters, _warnings._defaultaction, type(_warnings._onceregistry))
print(warnings.filters[:5] == [tuple(x) for x in warnings.filters[:5]])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("'\\d'", "<snippet>", "exec")
    print([(x.category.__name__, str(x.message)) for x in w])
print("done")
