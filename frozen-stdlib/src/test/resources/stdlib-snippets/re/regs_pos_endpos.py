import re

p = re.compile(r'(\d+)(-)?(\d+)?')
m = p.search('ab 12-34 cd', 2, 9)
print(m.regs, m.pos, m.endpos, m.re is p, m.string)
m = p.match('99')
print(m.regs, m.pos, m.endpos)
m = re.match(b'(a)', bytearray(b'ab'))
print(m.string, type(m.string).__name__, m.group(1), type(m.group(0)).__name__)
try:
    m.pos = 3
except AttributeError as e:
    print(type(e).__name__, e)
