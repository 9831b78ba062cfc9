# re.Pattern objects accept weak references, re.Match objects do not (Modules/_sre/sre.c)
import re
import weakref
p = re.compile('a+')
r = weakref.ref(p)
print(r() is p, type(p).__name__)
d = weakref.WeakValueDictionary()
d['p'] = p
print(d['p'] is p)
m = p.match('aa')
try:
    weakref.ref(m)
except TypeError as e:
    print(e)
