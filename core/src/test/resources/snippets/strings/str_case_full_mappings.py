# Full Unicode case mappings (SpecialCasing, CaseFolding), final sigma, title case and the
# Lowercase/Uppercase properties, as CPython's str methods use them.
tests = ['FInnish', 'ῳῳῼῼ', 'aΣ', 'ΑΣ', 'ΑΣ.', 'ΑΣ\u0301 b', 'İx', 'ß', 'ﬁ end', 'ǆx ǅ', '\u2177',
         'a\u02b0', 'Ꭰꭰ', 'hello WORLD', 'σΣ Σ', '\u0345x', 'ŉ', 'ΣΑΣ', "they're bill's", '\U00010400\U00010428']
for t in tests:
    print(ascii(t), ascii([t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold()]),
          t.isupper(), t.islower(), t.istitle())

# split with maxsplit keeps the rest whole, surrounding whitespace included
print('  a b   '.split(None, 1), '  a b   '.rsplit(None, 1))
print(' a  b '.split(None, 0), ' a b '.rsplit(None, 0), '\u3000x\u3000y\u3000'.split(maxsplit=1))
