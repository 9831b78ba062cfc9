import re

print(re.match(r'\N{LATIN SMALL LETTER A}+', 'aaab'), re.findall(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', '0123'))
for p in [r'\N{nope}', r'\N', r'\N{', r'\N{}', b'\\N{LATIN SMALL LETTER A}']:
    try:
        re.compile(p)
    except re.error as e:
        print(ascii(p), '->', e)
# 3.11's templates have no \N escape (3.12 added it)
try:
    print(re.sub('a', r'\N{BULLET}', 'cat'))
except re.error as e:
    print('re.error', e)
print(re.sub('a', '\N{BULLET}', 'cat'), re.findall(r'\N{EM DASH}|\N{en dash}', 'a\u2014b\u2013c'))
print(re.match(r'[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER C}]+', 'abcd').group(), re.escape('\N{BULLET}'))
