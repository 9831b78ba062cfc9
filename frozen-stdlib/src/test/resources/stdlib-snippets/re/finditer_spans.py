import re

it = re.finditer(r'\w+', 'ab cd  ef')
print(type(it).__name__, iter(it) is it)
print([m.span() for m in it])
print([m.group() for m in re.finditer(r'x*', 'axb')])
print([m.span() for m in re.finditer(r'(?=a)', 'aaa')])
print([m.span() for m in re.finditer(r'a|', 'baab')])
print([(m.start(), m.group(1)) for m in re.finditer(r'(\d)\d', '123456')])
print(list(re.finditer('z', 'abc')))
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, 'done'), next(it, 'done'))
