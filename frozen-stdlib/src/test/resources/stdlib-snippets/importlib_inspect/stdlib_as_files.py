# The stdlib's modules are readable as files: listdir of a package, open(__file__), find_spec, pkgutil
import os, json, importlib.util, pkgutil, unittest
d = os.path.dirname(json.__file__)
print(sorted(f for f in os.listdir(d) if f.endswith('.py')))
print(os.path.isdir(d), os.path.isfile(json.__file__), os.path.exists(os.path.join(d, "nope.py")))
with open(json.__file__, encoding="utf-8") as f:
    print(f.readline().rstrip())
spec = importlib.util.find_spec('json.tool')
print(spec.name, os.path.relpath(spec.origin, d), spec.loader.get_source('json.tool').count('\n') > 10)
print(importlib.util.find_spec('no_such_module_here'))
print(sorted(m.name for m in pkgutil.iter_modules(json.__path__)))
print(sorted(n for n in os.listdir(os.path.dirname(unittest.__file__)) if n.startswith('r')))
