import re

bad = ['(', ')', '(?', '(?P', '(?P<', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '*a', 'a**', '+', '?', 'a{1,2', '[', '[a-',
       '\\', 'a\\', r'\x', r'\x1', r'\u12', r'\U1234', r'\U11111111', r'\q', r'\8', r'(?i', '(?z)',
       '(?-i)', '(?i-i:a)', '(?a-u:x)', '(?au)', '(?L)', '(?#...', '(?<', '(?<=a|bc)', '(?P=', '(?P>x)', '(?', 'a)b',
       '(?x)a #c\n)', '((a)', r'\0777', r'[\9]', '(?&x)', '(?u:a)(?a:b)', r'\g<1>', '(?P<a-b>x)', '(?P<𝔘𝔫𝔦>x)']
for p in bad:
    try:
        c = re.compile(p)
        print('ok', ascii(p), c.groups)
    except re.error as e:
        print(ascii(p), '->', e)
