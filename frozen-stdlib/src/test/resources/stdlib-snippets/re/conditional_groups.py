import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    print(s, p.match(s))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"word"'), re.match(r'(?P<q>")?\w+(?(q)")', 'word"'))
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'))
print(re.match(r'(a)?(?(1)b)', 'c'), re.match(r'(?:(a)|x)(?(1)b|y)', 'xy'))
for bad in [r'(?(1)a|b|c)', r'(?(2)a)(b)', r'(?(x)a)', r'(?(1a)b)', r'(?()a)']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print(repr(bad), e)
