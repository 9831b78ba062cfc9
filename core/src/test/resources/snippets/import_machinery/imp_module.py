# _imp: the native half of importlib
import _imp, sys

print(_imp.is_builtin("sys"), _imp.is_builtin("builtins"), _imp.is_builtin("_imp"), _imp.is_builtin("nope"))
print(_imp.is_frozen("nope_mod"), _imp.find_frozen("nope_mod"))
print(_imp.lock_held())
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    _imp.get_frozen_object("nope_mod")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    _imp.is_frozen_package("nope_mod")
except ImportError as e:
    print(type(e).__name__, e)
try:
    _imp.is_builtin(5)
except TypeError as e:
    print(type(e).__name__)

class Spec:
    name = "_imp"
print(_imp.create_builtin(Spec) is sys.modules["_imp"], type(_imp.create_builtin(Spec)).__name__)
class SysSpec:
    name = "sys"
print(_imp.create_builtin(SysSpec) is sys)
print(_imp.exec_builtin(sys.modules["_imp"]))
print(_imp.source_hash(3495, b"hello source").hex())
print(_imp.source_hash(0, b"").hex(), _imp.source_hash(1 << 40, b"x" * 100).hex())
print(_imp.check_hash_based_pycs)
def f():
    pass
print(_imp._fix_co_filename(f.__code__, f.__code__.co_filename))
