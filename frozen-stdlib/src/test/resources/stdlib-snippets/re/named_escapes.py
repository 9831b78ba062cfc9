import re

print(re.match(r'\N{LATIN SMALL LETTER A}+', 'aaab'), re.findall(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', '0123'))
for p in [r'\N{nope}', r'\N', r'\N{', r'\N{}', b'\\N{LATIN SMALL LETTER A}']:
    try:
        re.compile(p)
    except re.error as e:
        print(ascii(p), '->', e)
print(re.sub('a', r'\N{BULLET}', 'cat'))
