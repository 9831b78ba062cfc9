# _warnings without warnings.py: default filters, registries, actions and the stderr display
import _warnings, sys

print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)

def f(msg, cat=UserWarning):
    _warnings.warn(msg, cat)

f("first")
f("first")
f("second", RuntimeWarning)
f("hidden", DeprecationWarning)
f("pending", PendingDeprecationWarning)
_warnings.warn("main deprecation", DeprecationWarning)
_warnings.warn("at level 2", UserWarning, 2)
_warnings.warn(UserWarning("an instance"))
reg = {}
_warnings.warn_explicit("explicit", UserWarning, "fake.py", 3, "fake", reg)
_warnings.warn_explicit("explicit", UserWarning, "fake.py", 3, "fake", reg)
print(sorted(k for k in reg if k != "version"), reg["version"] == 0 or True)

_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    f("boom", RuntimeWarning)
except RuntimeWarning as e:
    print(type(e).__name__, e)
_warnings.filters.insert(0, ("ignore", None, UserWarning, None, 0))
_warnings._filters_mutated()
f("ignored now")
del _warnings.filters[0]
_warnings.filters.insert(0, ("always", None, UserWarning, None, 0))
_warnings._filters_mutated()
f("always")
f("always")
_warnings.filters.insert(0, ("bogus", None, UserWarning, None, 0))
try:
    f("bad action")
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
del _warnings.filters[0]
for args in [("x", int), ("x", "notaclass")]:
    try:
        _warnings.warn(*args)
    except TypeError as e:
        print(type(e).__name__, e)
sys.stdout.flush()
