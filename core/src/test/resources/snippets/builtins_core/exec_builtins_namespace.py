# exec/eval take builtins from globals['__builtins__'] (any mapping; a non-dict is asked through
# __getitem__); exec(code, closure=...) runs code with free variables. CPython: ceval.c LOAD_GLOBAL/LOAD_NAME.
code = compile("print('Hello World!')", "", "exec")
try:
    exec(code, {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    exec(code, {'__builtins__': 123})
except TypeError as e:
    print(type(e).__name__, e)
exec(code, {'__builtins__': {'print': lambda *a: print("custom", *a)}})

class frozendict_error(Exception):
    pass

class frozendict(dict):
    def __setitem__(self, key, value):
        raise frozendict_error("frozendict is readonly")

import builtins
frozen = frozendict(builtins.__dict__)
try:
    exec("__builtins__['superglobal'] = 2; print(superglobal)", {'__builtins__': frozen})
except frozendict_error as e:
    print(type(e).__name__, e)
cls = compile("class A: pass", "", "exec")
for b in [{}, frozendict()]:
    try:
        exec(cls, {'__builtins__': b})
    except NameError as e:
        print(type(e).__name__, e)
ns = {'__builtins__': frozen}
exec(cls, ns)
print(ns['A'].__name__)

class setonlyerror(Exception):
    pass

class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror(key)

for src, g in [("globalname", setonlydict({'globalname': 1})),
               ("superglobal", {'__builtins__': setonlydict({'superglobal': 1})})]:
    try:
        exec(compile(src, "test", "exec"), g)
    except setonlyerror as e:
        print(type(e).__name__, e)

class customdict(dict):
    pass

exec(compile("print(superglobal)", "test", "exec"), {'__builtins__': customdict({'superglobal': 1, 'print': print})})
try:
    exec(compile("superglobal", "test", "exec"), {'__builtins__': customdict()})
except NameError as e:
    print(type(e).__name__, e)

# functions keep the builtins of the globals they were made in
g = {'__builtins__': {'len': lambda x: -1}}
exec("def f(s):\n    return len(s)\n", g)
print(g['f']("abc"))

def outer():
    result = 0
    a = 2
    b = 3

    def three():
        nonlocal result, a, b
        result = a * b
    exec(three.__code__, three.__globals__, closure=three.__closure__)
    print(result)
    cell = type(three.__closure__[0])
    exec(three.__code__, three.__globals__, closure=(cell(35), cell(72), three.__closure__[2]))
    print(result)
    for bad in [None, three.__closure__[:2], list(three.__closure__), (1, 2, 3)]:
        try:
            exec(three.__code__, three.__globals__, closure=bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        exec(outer.__code__, {}, closure=three.__closure__)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        exec("1", {}, closure=three.__closure__)
    except TypeError as e:
        print(type(e).__name__, e)

outer()

class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError

    def keys(self):
        return list('zyx')

m = M()
print(eval('a', globals(), m), eval('dir()', globals(), m))
