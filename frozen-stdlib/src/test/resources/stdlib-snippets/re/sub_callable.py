import re

print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\w', lambda m: m.group().upper() if m.start() % 2 else '', 'abcdef'))
calls = []
def f(m):
    calls.append((m.span(), m.group()))
    return '<%s>' % m.group()
print(re.subn('a|', f, 'bab'), calls)
print(re.sub(b'a', lambda m: b'X', b'banana'))
class Repl:
    def __call__(self, m):
        return m.group(0) * 2
print(re.sub('b', Repl(), 'abc'))
print(re.sub('a', lambda m: m.re.pattern, 'aa'))
