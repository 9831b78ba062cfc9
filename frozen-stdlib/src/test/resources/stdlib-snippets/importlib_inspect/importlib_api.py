# importlib: import_module, find_spec, reload, spec_from_file_location, meta_path finders; pkgutil
import importlib, importlib.util, importlib.machinery, sys, os, tempfile, pkgutil
m = importlib.import_module("json")
print(m.__name__, m.__spec__.name, m.__spec__.parent, m.__spec__.submodule_search_locations is not None)
print(importlib.import_module(".decoder", "json").__name__)
print(importlib.util.find_spec("json").name, importlib.util.find_spec("no_such_mod_xyz"))
try:
    importlib.import_module("no_such_mod_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(importlib.util.find_spec("itertools").origin, importlib.machinery.BuiltinImporter.find_spec("itertools").name)
print(sys.modules["itertools"].__spec__.origin, sys.modules["itertools"].__loader__.__name__)
d = tempfile.mkdtemp()
with open(os.path.join(d, "mymod_il.py"), "w") as f:
    f.write("X = 1\ndef g():\n    return X\n")
os.mkdir(os.path.join(d, "mypkg_il"))
with open(os.path.join(d, "mypkg_il", "__init__.py"), "w") as f:
    f.write("Y = 'pkg'\n")
with open(os.path.join(d, "mypkg_il", "sub.py"), "w") as f:
    f.write("Z = 3\n")
sys.path.insert(0, d)
import mymod_il, mypkg_il.sub
print(mymod_il.g(), mymod_il.__spec__.name, mymod_il.__file__ == os.path.join(d, "mymod_il.py"))
print(mypkg_il.__path__ == [os.path.join(d, "mypkg_il")], mypkg_il.sub.Z, mypkg_il.__package__, mypkg_il.sub.__package__)
with open(os.path.join(d, "mymod_il.py"), "w") as f:
    f.write("X = 2\ndef g():\n    return X * 10\n")
r = importlib.reload(mymod_il)
print(r is mymod_il, mymod_il.g())
print(sorted(n for _, n, _ in pkgutil.iter_modules([d])))
print(sorted((n, p) for _, n, p in pkgutil.iter_modules([d])))
spec = importlib.util.spec_from_file_location("loose_il", os.path.join(d, "mymod_il.py"))
lm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lm)
print(lm.g(), lm.__name__)
class Finder:
    def find_spec(self, name, path, target=None):
        if name == "virtual_il":
            return importlib.util.spec_from_loader(name, Loader())
        return None
class Loader:
    def create_module(self, spec): return None
    def exec_module(self, module): module.value = 42
sys.meta_path.insert(0, Finder())
import virtual_il
print(virtual_il.value, virtual_il.__spec__.name, type(virtual_il.__loader__).__name__)
print(importlib.import_module("virtual_il") is virtual_il)
import inspect
print(inspect.getsource(mymod_il.g))
print(inspect.getmodule(mymod_il.g) is mymod_il)
print(importlib.util.resolve_name(".x", "a.b"))
print(type(sys.meta_path), type(sys.path_hooks), type(sys.path_importer_cache))
import shutil; shutil.rmtree(d)
