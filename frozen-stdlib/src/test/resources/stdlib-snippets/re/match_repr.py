import re

print(re.match('a', 'abc'))
print(re.match('a*', 'a' * 100))
print(re.match('x*', 'abc'))
print(re.search(b'b+', b'abbbc'))
print(re.match(r'.*', "quote's \"here\" \n"))
print(re.match(r'.+', 'é\u2028ü\x00\t' * 20))
print(repr(re.search('(?s).+', 'line1\nline2')))
print(re.match(b'.*', bytearray(b'\x00\xff abc')))
