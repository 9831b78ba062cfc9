# 'import' inside a function binds a local name; module-level sys is separate
def uses_local_import():
    import sys as system
    return type(system).__name__, "system" in locals()

print(uses_local_import())
print("system" in globals())

def conditional_import(flag):
    if flag:
        import sys
    return sys.maxsize > 0

print(conditional_import(True))
try:
    conditional_import(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

import sys
# still local to the function, even though a global sys now exists
try:
    conditional_import(False)
except UnboundLocalError as e:
    print("again:", type(e).__name__)

def shadow_module():
    sys = "not a module"
    return sys

print(shadow_module(), type(sys).__name__)

def global_import():
    global sys
    import sys
    return "ok"

print(global_import(), "sys" in sys.modules)

class Holder:
    import sys
    modname = sys.__name__

print(Holder.modname, Holder.sys.__name__)
