# builtins.breakpoint() calls sys.breakpointhook(*args, **kws); the default hook reads $PYTHONBREAKPOINT
# from the process environment (os.environ changes reach it through putenv).
import _warnings
import posix
import sys

_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
_warnings._filters_mutated()

print(sys.__breakpointhook__ is sys.breakpointhook)

calls = []


def hook(*args, **kws):
    calls.append((args, kws))
    return "hooked"


sys.breakpointhook = hook
print(breakpoint(1, 2, three=3))
print(calls)


def nohook():
    pass


sys.breakpointhook = nohook
try:
    breakpoint(1)
except TypeError as e:
    print(type(e).__name__, e)

sys.breakpointhook = sys.__breakpointhook__
posix.putenv("PYTHONBREAKPOINT", "0")
print(breakpoint())
posix.putenv("PYTHONBREAKPOINT", "builtins.abs")
print(breakpoint(-5))
posix.putenv("PYTHONBREAKPOINT", "len")
print(breakpoint("abcd"))
posix.putenv("PYTHONBREAKPOINT", "posix.fspath")
print(breakpoint("a/b"))
for bad in [".", "..", ".foo", "foo.", ".int", "int.", "nosuchbuiltin", "nosuchmodule.f", "posix.nosuch"]:
    posix.putenv("PYTHONBREAKPOINT", bad)
    try:
        breakpoint()
    except RuntimeWarning as e:
        print(repr(bad), type(e).__name__, e)
posix.unsetenv("PYTHONBREAKPOINT")
posix.putenv("PYTHONBREAKPOINT", "0")
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
