# json with the _json accelerator (scanstring, encode_basestring[_ascii]) against the pure versions.
import json
import json.decoder
import json.encoder
import sys

print(json.decoder.scanstring is json.decoder.c_scanstring, json.decoder.c_scanstring.__module__)
s = '"a\\u00e9\\ud83d\\ude00\\n\\/ x" tail'
print(ascii(json.decoder.c_scanstring(s, 1)), ascii(json.decoder.py_scanstring(s, 1)))
print(ascii(json.decoder.c_scanstring('"z\\ud834\udd20x12345"', 1)), ascii(json.decoder.c_scanstring('"z\\ud834\\u0079x"', 1)))
for bad in ['"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\x01"', '"a\\', '"\\ud800\\u"']:
    try:
        print(ascii(json.decoder.c_scanstring(bad, 1)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos)
print(ascii(json.decoder.c_scanstring('"a\x01"', 1, False)))
for t in ['x\u00e9\U0001f600"\\\n\x7f\x01\t', '']:
    print(json.encoder.c_encode_basestring_ascii(t), json.encoder.c_encode_basestring(t))
for args in [(b'x', 1), (b'x', sys.maxsize + 1), ('"x"', 5)]:
    try:
        json.decoder.c_scanstring(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    json.encoder.c_encode_basestring_ascii(1)
except TypeError as e:
    print(type(e).__name__, e)
print(json.loads('{"a": ["\\u00e9", 1.5, null, "\\""]}'), json.dumps({'é': [1, None, 'x"y']}), json.dumps('é', ensure_ascii=False))
