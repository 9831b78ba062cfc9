# Argument errors raised by common builtins
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("len2", lambda: len([1], [2]))
attempt("len0", lambda: len())
attempt("lenkw", lambda: len(obj=[1]))
attempt("len-int", lambda: len(5))
attempt("isinstance1", lambda: isinstance(1))
attempt("isinstance-bad", lambda: isinstance(1, "int"))
attempt("getattr1", lambda: getattr(1))
attempt("getattr-name", lambda: getattr(1, 2))
attempt("sorted0", lambda: sorted())
attempt("sorted-key-pos", lambda: sorted([3, 1], len))
attempt("abs-str", lambda: abs("x"))
attempt("iter-int", lambda: iter(5))
attempt("next-list", lambda: next([1]))
attempt("int-list", lambda: int([1]))
attempt("sum-str", lambda: sum(["a", "b"]))
attempt("range-float", lambda: range(1.5))
attempt("min-empty", lambda: min(1))
attempt("zip-int", lambda: list(zip([1], 2)))
attempt("hasattr1", lambda: hasattr(1))
attempt("ok-min", lambda: min(3, 1, 2, key=lambda v: -v))
attempt("ok-max-default", lambda: max([], default="empty"))
try:
    min([])
except ValueError as e:
    print("min-empty-list", type(e).__name__, e)
try:
    int("12x")
except ValueError as e:
    print("int-parse", type(e).__name__, e)
