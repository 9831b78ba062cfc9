# __doc__ of every name in builtins (what help() shows). Left out: the site-added helpers, and the
# module's import-system attributes (__loader__, __package__, __spec__: Matcha's native modules do
# not carry a spec or loader, which is not about docs).
import builtins

SITE_ADDED = {"help", "exit", "quit", "copyright", "credits", "license"}
IMPORT_SYSTEM = {"__loader__", "__package__", "__spec__"}
for name in sorted(dir(builtins)):
    if name in SITE_ADDED or name in IMPORT_SYSTEM:
        continue
    print(name, repr(getattr(builtins, name).__doc__))
print(builtins.__doc__ == __builtins__.__doc__ if isinstance(__builtins__, type(builtins)) else "dict")

# A builtin type's own doc wins over an instance __doc__ descriptor in its dict (CPython: type_get_doc).
print(isinstance(property.__dict__["__doc__"], str), property(doc="instance doc").__doc__)
class PropertySubclass(property):
    pass
print(PropertySubclass.__doc__, frozenset.__doc__ != set.__doc__)
