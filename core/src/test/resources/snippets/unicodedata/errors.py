# argument checking and error messages of unicodedata
import unicodedata

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for name in ('category', 'bidirectional', 'combining', 'mirrored', 'east_asian_width', 'decomposition'):
    f = getattr(unicodedata, name)
    for arg in ('ab', '', 1, b'a', None, ['a']):
        attempt(f, arg)
for name in ('name', 'decimal', 'digit', 'numeric'):
    f = getattr(unicodedata, name)
    for args in (('ab',), ('',), (5,), ('a',), ('a', None), ('a', 'dflt'), ('\x00',), ('\U0010ffff',)):
        attempt(f, *args)
attempt(unicodedata.numeric, '\u00bd')
attempt(unicodedata.digit, '\u00b2')
attempt(unicodedata.decimal, '\u00b2')
attempt(unicodedata.decimal, '\u0663', 'x')
attempt(unicodedata.numeric, '\u5146')
attempt(unicodedata.numeric, '\u0f33')
for args in (('NFX', 'a'), ('nfc', 'a'), (1, 'a'), ('NFC', 1), ('NFC', b'a'), (b'NFC', 'a')):
    attempt(unicodedata.normalize, *args)
    attempt(unicodedata.is_normalized, *args)
attempt(unicodedata.lookup, 1)
attempt(unicodedata.lookup, 'NO SUCH NAME')
attempt(unicodedata.UCD)
print(unicodedata.UCD, type(unicodedata.ucd_3_2_0), unicodedata.UCD.__name__, unicodedata.UCD.__module__)
print(isinstance(unicodedata.ucd_3_2_0, unicodedata.UCD), unicodedata.ucd_3_2_0.unidata_version)
attempt(setattr, unicodedata.ucd_3_2_0, 'unidata_version', 'x')
try:
    class Sub(unicodedata.UCD):
        pass
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in dir(unicodedata) if not n.startswith('_')))
print(sorted(n for n in dir(unicodedata.ucd_3_2_0) if not n.startswith('_')))
