# json's scanner from _json (make_scanner) against CPython's C one: values, positions, error
# messages, hooks, parse_* callbacks, StopIteration, nesting and the Scanner type itself.
import json
import json.decoder
import json.scanner
from collections import OrderedDict
from decimal import Decimal

print(json.scanner.make_scanner is json.scanner.c_make_scanner, json.scanner.c_make_scanner)
print(json.scanner.c_make_scanner.__module__, json.scanner.c_make_scanner.__name__)

docs = [
    '{"a": [1, 2.5, -3, 1e3, 1E-2, -0.0, 12345678901234567890123], "b": {"c": null, "d": true, "e": false}}',
    ' [ "x" , "caf\\u00e9" , "\\ud83d\\ude00" , "\U0001f600" , "tab\\t" ] ',
    '\n{\n "k": "v",\n "k": "w",\n "empty": {},\n "list": []\n}\n',
    '[NaN, Infinity, -Infinity, -1, 0, 10, 1.0e+2, 3e-1, 0.5]',
    '"just a string"', '12', '-5.25e2', 'null', 'true', 'false', '[1e, 2]', '[0x1]',
    '{"\U0001f600": ["\U0001f600", 1.5]}',
]
for text in docs:
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)

bad = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a": }', '{"a": 1,}',
       '{"a": 1 "b": 2}', '{1: 2}', '{"a": 1}}', '[1]]', 'nul', 'tru', 'fals', '-', '-x', '01', '1.',
       '.5', '+1', 'NaNx', '-Inf', '["\\x"]', '["a', '"\\u12"', '["a\x01"]', '[\x00]', '\ufeff[]', '[1,\n2,\n]']
for text in bad:
    try:
        print(repr(text), repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), "JSONDecodeError:", e, e.pos)
    except Exception as e:
        print(repr(text), type(e).__name__, e)

print(json.loads('{"a": 1, "b": [1, {"c": 2}]}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1}', object_hook=lambda d: 1 / 0, object_pairs_hook=lambda p: p))
print(json.loads('[1.10, 2, 3e0]', parse_float=Decimal, parse_int=lambda s: "int:" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads('["a\tb"]', strict=False))
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])

decoder = json.JSONDecoder()
scan = json.scanner.c_make_scanner(decoder)
print(type(scan).__name__, scan.strict, scan.object_hook, scan.object_pairs_hook, scan.parse_float, scan.parse_int)
print(scan('[1, 2] tail', 0), scan(string='  "x"', idx=2), scan('abc 42', 4))
for args in [('[1]', 5), ('[1]', 3), ('x', 0), ('[1]', -1)]:
    try:
        print(scan(*args))
    except StopIteration as e:
        print("StopIteration", e.value)
    except ValueError as e:
        print("ValueError", e)
for args, kwargs in [((b'[1]', 0), {}), (('[1]', 'a'), {}), (('[1]',), {}), (('[1]', 0, 1), {}), (('[1]',), {'idx': 0, 'x': 1})]:
    try:
        print(scan(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
try:
    json.scanner.c_make_scanner(object())
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(json.scanner.c_make_scanner):
        pass
except TypeError as e:
    print("TypeError", e)
print(json.decoder.JSONDecoder().raw_decode('{"a": [true]} rest'))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError", e)
print(len(json.loads('[' * 200 + ']' * 200)))
try:
    json.loads('1' * 5000)
except ValueError as e:
    print("ValueError", e)
