"""Fast implementation of the datetime type."""
# Matcha's _datetime. CPython's is written in C (Modules/_datetimemodule.c); Matcha's is the
# pure-Python implementation of Lib/datetime.py, run a second time under this module's name, so that
# `datetime` re-exports it exactly as CPython's datetime re-exports the C module, and code that
# imports _datetime itself (pickles, test.datetimetester's "fast" variant) finds the same API.
# The classes say they come from "datetime", as the C ones do.

def _load(namespace):
    import sys
    import _imp
    name = __name__
    this = sys.modules[name]
    try:
        code = _imp.get_frozen_object("datetime")
    except ImportError:
        # no frozen stdlib (core's own jar, with Lib on sys.path): compile datetime's source
        import importlib.util
        spec = importlib.util.find_spec("datetime")
        code = spec.loader.get_code("datetime")
    # datetime.py ends with "from _datetime import *": while its code runs here, that import must
    # fail, so that the module keeps its helper functions (the classes' methods use them).
    sys.modules[name] = None
    namespace["__name__"] = "datetime"
    try:
        exec(code, namespace)
    finally:
        namespace["__name__"] = name
        sys.modules[name] = this
    namespace["__doc__"] = "Fast implementation of the datetime type."


_load(globals())
del _load
