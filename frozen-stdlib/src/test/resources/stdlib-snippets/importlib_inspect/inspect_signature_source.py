# inspect: signatures of Python and builtin callables, source lookup, predicates
import inspect, functools

def f(a, b=2, *args, c, d=4, **kw):
    """Doc of f."""
    return a

class K:
    def m(self, x, y=1): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(q, /, r): pass
    def __init__(self, v, w=None): pass

async def co(x): pass
def gen(): yield 1

print(inspect.signature(f))
print(inspect.signature(K.m), inspect.signature(K(1).m), inspect.signature(K.cm), inspect.signature(K.sm))
print(inspect.signature(K))
print(inspect.signature(lambda x, *, y=3: 0))
print(inspect.signature(functools.partial(f, 1, c=3)))
for b in [len, sorted, divmod, isinstance, repr, abs, getattr, iter, print, max, min, range, int, str.join, list.append, dict.get, zip, map, sum, round, pow]:
    try:
        print(b.__name__, inspect.signature(b))
    except (ValueError, TypeError) as e:
        print(b.__name__, type(e).__name__, e)
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is p.empty, p.annotation)
print(sig.bind(1, c=5).arguments)
try:
    sig.bind()
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.getsource(f))
lines, start = inspect.getsourcelines(K.m)
print(start, lines)
print(inspect.getdoc(f), inspect.isfunction(f), inspect.ismethod(K(1).m), inspect.isclass(K))
print(inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(gen), inspect.isbuiltin(len))
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith("inspect_signature_source.py"))
print([n for n, _ in inspect.getmembers(K) if not n.startswith("__")])
print(inspect.getfullargspec(f))
print(inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
import json
print(inspect.getmodule(json.dumps).__name__, inspect.getfile(json).endswith("json/__init__.py"))
print(inspect.getsource(json.dumps).splitlines()[0])
print(inspect.ismodule(json), inspect.getmodulename("/a/b/c.py"))
def ann(x: int, y: "str" = "a") -> bool: pass
print(inspect.signature(ann), inspect.get_annotations(ann))
print(inspect.cleandoc("  a\n    b\n  c"))
print(type(inspect.getattr_static(K, "cm")).__name__)
