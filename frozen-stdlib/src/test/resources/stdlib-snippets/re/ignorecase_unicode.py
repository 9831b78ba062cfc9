import re

pairs = [('ſ', 's'), ('ſ', 'S'), ('\u212a', 'k'), ('ß', 'SS'), ('ß', 'ẞ'), ('σ', 'Σ'), ('ς', 'Σ'), ('ς', 'σ'),
         ('İ', 'i'), ('ı', 'I'), ('µ', 'Μ'), ('ǅ', 'ǆ'), ('ǆ', 'Ǆ'), ('ﬅ', 'ﬆ'), ('\u1e9e', 'ß'), ('θ', 'ϑ'),
         ('Ω', 'ω'), ('\u2126', 'ω'), ('ê', 'Ê'), ('й', 'Й')]
for a, b in pairs:
    print(ascii(a), ascii(b), bool(re.match('(?i)' + a, b)), bool(re.match('(?i)' + b, a)),
          bool(re.match('(?i)[' + a + ']', b)), bool(re.match('(?i)[^' + a + ']', b)))
print(re.findall(r'(?i)[α-ω]+', 'ΑΒΓ abc δεζ'))
print(re.findall(r'(?i)[а-я]+', 'ПРИВЕТ мир'))
print(re.findall(r'(?i)straße', 'STRASSE strasse Straße STRAẞE'))
print(re.match(r'(?i)(\w+) \1', 'ΣΊΣΥΦΟΣ σίσυφος'))
