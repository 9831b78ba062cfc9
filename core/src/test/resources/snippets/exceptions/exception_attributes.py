# StopIteration.value, SystemExit.code, KeyError args, OSError fields
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
e = OSError(13, "Permission denied", "/x")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(NameError("n").args, AttributeError("a", name="attr").name, ImportError("m", name="mod").name)
