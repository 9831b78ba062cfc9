# import errors
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper_mod import nothing_named_this
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
