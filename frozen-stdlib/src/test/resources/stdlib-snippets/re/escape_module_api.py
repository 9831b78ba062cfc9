import re

print(re.escape('hello.world*[x](y){z}?+^$|\\ \t\n#&~-'))
print(re.escape(b'a.b\x00\xff c'), re.escape('éü中'), re.escape(''))
print(re.match(re.escape('1+1=2'), '1+1=2'))
print(sorted(k for k in re.__all__))
print(re.I is re.IGNORECASE, int(re.I | re.M), re.I | re.M, repr(re.S), re.NOFLAG)
print(re.RegexFlag.__name__, [f.name for f in re.RegexFlag][:9])
print(re.purge(), hasattr(re, 'template'))
