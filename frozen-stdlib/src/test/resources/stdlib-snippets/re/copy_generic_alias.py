import re

p = re.compile(r'(a)b')
m = p.match('ab')
print(p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__(None) is m)
print(re.Pattern[str], re.Match[bytes], re.Pattern[str].__origin__ is re.Pattern)
print(type(p) is re.Pattern, type(m) is re.Match, isinstance(m, re.Match))
print(re.Pattern.__name__, re.Pattern.__qualname__, re.Pattern.__module__, re.Match.__module__)
print(repr(re.Pattern), repr(re.Match))
for f in [lambda: re.Pattern(), lambda: re.Match(), lambda: type('P', (re.Pattern,), {})]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
