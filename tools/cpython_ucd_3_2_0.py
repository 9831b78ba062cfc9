"""Writes codegen/src/main/resources/unicode/Unicode32Changes.txt from CPython 3.11's
unicodedata.ucd_3_2_0: the Unicode 3.2.0 values of the properties that changed since, for the
characters Unicode 3.2 had (the rest ICU can give: which code points 3.2 had comes from ICU's ages).
Run: python3 tools/cpython_ucd_3_2_0.py > codegen/src/main/resources/unicode/Unicode32Changes.txt
"""
import unicodedata

old, new = unicodedata.ucd_3_2_0, unicodedata
print('# Unicode 3.2.0 property values that differ from Unicode 14.0.0, for characters assigned in 3.2')
print('# (from CPython 3.11 unicodedata.ucd_3_2_0; see tools/cpython_ucd_3_2_0.py): code point;property;value')
for cp in range(0x110000):
    ch = chr(cp)
    if old.category(ch) == 'Cn':
        continue
    for prop in ('category', 'bidirectional', 'east_asian_width', 'mirrored', 'decimal', 'numeric'):
        f = getattr(old, prop)
        g = getattr(new, prop)
        a, b = (f(ch, None), g(ch, None)) if prop in ('decimal', 'numeric') else (f(ch), g(ch))
        if a != b:
            print('%04X;%s;%s' % (cp, prop, '' if a is None else a))
