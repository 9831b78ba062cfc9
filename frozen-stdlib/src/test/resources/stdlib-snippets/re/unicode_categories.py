import re

chars = 'aZ_09é\u0660\u00b2\u00bd\u2167\u4e00\u0301 \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000\u200b!-\U0001d7ce\U00010400'
for cls in [r'\d', r'\D', r'\w', r'\W', r'\s', r'\S', r'.']:
    print(cls, ascii(''.join(re.findall(cls, chars))))
print(ascii(re.findall(r'[\d\s]', chars)))
print(ascii(re.findall(r'[^\w\s]', chars)))
print(ascii(re.sub(r'(?s).', lambda m: '%x ' % ord(m.group()), '\U0001f600a')))
print(len(re.findall(r'\w', ''.join(chr(c) for c in range(0x250)))))
