# str formatting and method edge cases: huge numbers in formats, format_map, subclasses, join.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: '{}'.format_map({}))
t(lambda: '{0}'.format_map({}))
t(lambda: '{x}'.format_map({'x': 1}))
t(lambda: '{:9999999999999999999}'.format(1))
t(lambda: '{9999999999999999999}'.format(1))
t(lambda: '{99}'.format(1))
t(lambda: '%9999999999999999999d' % 1)
t(lambda: '%.9999999999999999999d' % 1)
t(lambda: '%*d' % (2 ** 64, 1))
t(lambda: '%*d' % ('x', 1))
t(lambda: '%*d|%-*d' % (4, 1, 3, 2))
key = 'x'
t(lambda: 'abc'[key])
t(lambda: 'a\u0101'.translate({97: 0x110000}))
t(lambda: 'a\u0101'.translate({97: -1}))
t(lambda: 'a\u0101'.translate({97: 98, 0x101: 'zz'}))
t(lambda: 'abbbc'.rsplit('bb'))
t(lambda: 'a,b,c'.rsplit(','))
s = 'ab' + 'cd'
t(lambda: ''.join([s]) is s)
t(lambda: 'abc'.__getnewargs__()[0] is 'abc')
t(lambda: 'abc'.__getnewargs__()[0] == 'abc')


class S(str):
    def __rmod__(self, other):
        return 'rmod called'


class T(str):
    def __str__(self):
        return T('sub')


class U(str):
    def __str__(self):
        return '__str__ overridden'


t(lambda: 'lhs %% %r' % S('rhs'))
t(lambda: 'lhs %% %r' % 1)
t(lambda: type(str(T('x'))).__name__)
t(lambda: '{}'.format(U('xxx')))
t(lambda: f'{U("xxx")}')
t(lambda: format(U('xxx')))
t(lambda: format(U('xxx'), '>5'))
t(lambda: '%s' % U('xxx'))
