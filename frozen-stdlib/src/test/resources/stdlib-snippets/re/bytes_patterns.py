import re

print(re.match(b'a+', b'aaa'), re.match(b'a+', bytearray(b'aaa')), re.match(b'a+', memoryview(b'aab')))
m = re.search(rb'(\d+)', bytearray(b'x42y'))
print(m.group(1), type(m.group(1)).__name__, m.string)
print(re.findall(rb'\w+', b'ab cd\xe9f'))
print(re.sub(rb'\s', b'_', bytearray(b'a b c')), type(re.sub(rb'\s', b'_', bytearray(b'a b'))).__name__)
print(re.split(rb'\W', b'a.b'), re.compile(rb'[\x80-\xff]+').findall(b'a\x80\x90b\xffc'))
print(re.match(rb'(?i)ABC', b'abc'), re.match(rb'\d', b'\xb2'), re.match(r'\d', '\xb2'))
print(re.fullmatch(rb'.', b'\n'), re.fullmatch(rb'(?s).', b'\n'))
