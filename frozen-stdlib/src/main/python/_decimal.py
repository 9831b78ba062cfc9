"""C decimal arithmetic module"""
# Matcha's _decimal. CPython's is written in C over libmpdec (Modules/_decimal/_decimal.c); Matcha's
# is the pure-Python implementation of Lib/_pydecimal.py, run a second time under this module's name,
# so that `decimal` re-exports it exactly as CPython's decimal re-exports the C module, and code that
# imports _decimal itself (test.test_decimal's "C" variant, pickles) finds the same API. As in
# _pydecimal, the classes say they come from "decimal", as the C ones do.

def _load(namespace):
    import sys
    import _imp
    try:
        code = _imp.get_frozen_object("_pydecimal")
    except ImportError:
        # no frozen stdlib (core's own jar, with Lib on sys.path): compile _pydecimal's source
        import importlib.util
        spec = importlib.util.find_spec("_pydecimal")
        code = spec.loader.get_code("_pydecimal")
    # _pydecimal renames its module to "decimal" for pickling, which is also the C module's __name__
    exec(code, namespace)
    namespace["__doc__"] = "C decimal arithmetic module"


_load(globals())
del _load
