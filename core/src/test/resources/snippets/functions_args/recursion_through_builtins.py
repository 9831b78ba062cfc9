# Runaway recursion that goes through builtins (repr of deeply nested containers, a __repr__ or
# __eq__ that recurses through repr()/==, sorted() keys that sort again) ends in RecursionError,
# never a host stack overflow: the browser's stack is far smaller than the JVM's. Only the start of
# the message is printed: its suffix names whichever C-level check trips first in CPython (builtin
# calls, repr, comparisons and eval-loop entries each count), which Matcha does not model exactly.
import sys


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except RecursionError as e:
        print(label, "RecursionError:", str(e).startswith("maximum recursion depth exceeded"))


nested_list = []
for _ in range(20000):
    nested_list = [nested_list]
attempt("repr list", lambda: repr(nested_list))

nested_dict = {}
for _ in range(20000):
    nested_dict = {"k": nested_dict}
attempt("repr dict", lambda: repr(nested_dict))

nested_tuple = ()
for _ in range(20000):
    nested_tuple = (nested_tuple,)
attempt("str tuple", lambda: str(nested_tuple))


class SelfRepr:
    def __repr__(self):
        return "<" + repr(self) + ">"


attempt("__repr__", lambda: repr(SelfRepr()))


class SelfEq:
    def __eq__(self, other):
        return [self] == [other]


attempt("__eq__", lambda: SelfEq() == SelfEq())


def sort_again(x):
    return sorted([x, x], key=sort_again)


attempt("sorted key", lambda: sort_again(1))

# the interpreter is still usable, and moderate nesting works
shallow = []
for _ in range(50):
    shallow = [shallow]
print(len(repr(shallow)), sys.getrecursionlimit())
