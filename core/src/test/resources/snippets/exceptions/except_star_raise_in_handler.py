# except* clauses that raise, partial handling, and naked exceptions
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
try:
    try:
        raise eg
    except* ValueError as g:
        print("values", [x.args[0] for x in g.exceptions])
        raise KeyError("k")
    except* TypeError as g:
        print("types")
except Exception as e:
    print(type(e).__name__, repr(e), [repr(x) for x in e.exceptions])
try:
    try:
        raise eg
    except* ValueError:
        print("only values")
except* TypeError as t:
    print("outer", t.exceptions)
try:
    raise ValueError(5)
except* ValueError as g:
    print("naked", repr(g))
