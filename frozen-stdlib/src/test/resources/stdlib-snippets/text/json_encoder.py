# json.dumps through _json.make_encoder (c_make_encoder) and the pure-Python encoder side by side:
# key coercion, sort_keys, skipkeys, allow_nan, default, circular references, subclasses, custom
# encoders and separators, lone surrogates, bad arguments.
import collections
import enum
import json
import json.encoder
import math
import sys

C = json.encoder.c_make_encoder
print(C is not None, C.__module__, C.__name__, type(C).__name__)


def both(obj, **kw):
    """json.dumps with the C encoder, then with the pure-Python one (the same JSONEncoder)."""
    out = []
    for use_c in (True, False):
        json.encoder.c_make_encoder = C if use_c else None
        try:
            out.append(ascii(json.dumps(obj, **kw)))
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
        finally:
            json.encoder.c_make_encoder = C
    return out[0] if out[0] == out[1] else "C %s | py %s" % tuple(out)


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [("z", 1), ("a", 2)]


class BadItemsDict(dict):
    def items(self):
        return [("z", 1, 3)]


class NonIterItemsDict(dict):
    def items(self):
        return 5


class Color(enum.IntEnum):
    RED = 1


class Flt(float, enum.Enum):
    HALF = 0.5


cases = [
    None, True, False, 0, -12, 10 ** 30, 1.5, -0.0, 1e16, 1e-7, 123456789.123, float("inf"),
    float("-inf"), float("nan"), "", "plain", 'quo"te\\back\n\r\t\b\f\x00\x1f\x7f\u00e9\u2603\U0001f600',
    [], (), {}, [1, [2, [3, []]], {}], (1, "a", None), {"a": [1, 2], "b": {"c": None}},
    {1: "int", 2.5: "float", True: "bool", None: "none", "s": "str", -3: "neg"},
    {float("inf"): 1}, {float("nan"): 1}, {False: 0},
    MyInt(7), MyFloat(2.5), MyStr("sub"), MyList([1, 2]), MyDict(b=1, a=2), {MyInt(3): MyFloat(1.25)},
    ItemsDict(q=1), Color.RED, {Color.RED: Color.RED}, Flt.HALF, {Flt.HALF: Flt.HALF},
    collections.OrderedDict([("y", 1), ("x", 2)]), {"\ud800": "\udc00", "x": "\ud800\udc00"},
    ["\ud83d", "\ude00", "\ud83d\ude00"],
]
for case in cases:
    print(both(case), both(case, ensure_ascii=False), both(case, sort_keys=True))
    print(both(case, separators=(",", ":"), allow_nan=False), both(case, sort_keys=True, ensure_ascii=False))

# key errors and skipkeys
for d in [{(1, 2): 3}, {b"k": 1}, {"a": 1, (1,): 2, "b": 3}, {1j: 1}]:
    print(both(d), both(d, skipkeys=True), both(d, skipkeys=True, sort_keys=True))
# sort_keys with unorderable keys, equal keys of different types
print(both({"a": 1, 1: "a"}, sort_keys=True), both({1: 1, 2.5: 2, True: 3}, sort_keys=True))
print(both({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(both(BadItemsDict(a=1)), both(NonIterItemsDict(a=1)), both(ItemsDict(a=1), sort_keys=True))

# default
print(both({1, 2}), both(object()))
print(both({"s": {3}}, default=sorted), both([1j], default=lambda c: [c.real, c.imag]))


def make_default():
    depth = [0]

    def default(o):
        depth[0] += 1
        return [depth[0]] if depth[0] < 5 else "done"
    return default


print(both(object(), default=make_default()))


def bad_default(o):
    raise RuntimeError("no way: " + type(o).__name__)


print(both([1, {2}], default=bad_default))

# circular references
lst = []
lst.append(lst)
dct = {}
dct["self"] = dct
outer = [{"k": []}]
outer[0]["k"].append(outer)
print(both(lst), both(dct), both(outer))
try:
    json.dumps(lst, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)


class Node:
    pass


node = Node()
print(both(node, default=lambda o: [o]))
print(both(node, default=lambda o: {"me": o}))
shared = [1]
print(both([shared, shared, {"x": shared}]))

# recursion
deep = []
for _ in range(5000):
    deep = [deep]
for kw in ({}, {"check_circular": False}):
    try:
        json.dumps(deep, **kw)
    except RecursionError as e:
        print("RecursionError", e)
deepd = {}
for _ in range(5000):
    deepd = {"k": deepd}
try:
    json.dumps(deepd)
except RecursionError as e:
    print("RecursionError", e)

# the encoder object called directly
enc = C(None, lambda o: "D", json.encoder.encode_basestring_ascii, None, ": ", ", ", False, False, True)
print(enc([1, "é", {"a": object()}], 0), enc("x", 3), enc(obj=[1], _current_indent_level=0))
print(enc.markers, enc.encoder is json.encoder.encode_basestring_ascii, enc.indent, repr(enc.key_separator),
      repr(enc.item_separator), enc.sort_keys, enc.skipkeys)
enc = C({}, None, lambda s: "<" + s + ">", 4, " = ", " ; ", True, False, True)
print(enc({"b": [1, "two"], "a": 3.5}, 0), enc.markers, enc.indent)
enc = C(None, None, json.encoder.py_encode_basestring, None, ":", ",", 0, 1, 0)
print(enc({"\u00e9": "\ud800", (1,): 2}, 0), enc.sort_keys, enc.skipkeys)
try:
    enc([float("nan")], 0)
except ValueError as e:
    print("ValueError", e)
for args in [
    (1, None, None, None, ": ", ", ", False, False, False),
    ([], None, None, None, ": ", ", ", False, False, False),
    (None, None, None, None, 1, ", ", False, False, False),
    (None, None, None, None, ": ", b",", False, False, False),
    (None, None, None, None, ": ", ", ", False, False),
    ((True, False), b"\xcd", None),
]:
    try:
        C(*args)
    except TypeError as e:
        print("TypeError", e)


class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool")


for i in (6, 7, 8):
    args = [None, None, json.encoder.encode_basestring, None, ": ", ", ", False, False, False]
    args[i] = BadBool()
    try:
        C(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", i, e)
for encoder in (lambda s: None, lambda s: 1 / 0, lambda s: s.upper()):
    enc = C(None, str, encoder, None, ": ", ", ", False, False, False)
    for obj in ("spam", {"spam": 42}, [MyStr("a")]):
        try:
            print(enc(obj, 0))
        except (TypeError, ZeroDivisionError) as e:
            print(type(e).__name__, e)
for call in [lambda: enc(), lambda: enc(1), lambda: enc(1, "x"), lambda: enc(1, 2, 3), lambda: enc(1, 2, obj=3),
             lambda: enc(1, level=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    type(enc)()
except TypeError as e:
    print("TypeError", e)
try:
    class Sub(type(enc)):
        pass
except TypeError as e:
    print("TypeError", e)

# mutation through default while a list is being encoded
grow = [1, object(), 3]


def grower(o):
    grow.append(4)
    return "o"


print(both(grow, default=grower)[:80], len(grow))

# JSONEncoder subclasses and ensure_ascii / indent routes
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(Enc().encode({"s": {3, 1, 2}}), Enc(indent=1).encode({"s": {2, 1}}), list(Enc().iterencode([1, {"a": None}])))
try:
    Enc().encode({"x": object()})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"a": [1, 2, {"b": None}]}, indent=2, sort_keys=True, separators=(",", ": ")))
print(json.dumps(float("1e22")), json.dumps(math.pi), json.dumps([0.1, 100.0, 1e300, 5e-324]), json.dumps(-sys.maxsize - 1))
