# The '0' flag in format specs: fill '0' unless a fill is given, '=' alignment only for numbers.
class PI:
    def __index__(self):
        return 109


for spec in ['0s', '0', '05', '<05', '>05', '^05', 'x<05', '=05', '08.3f']:
    for v in ['ab', 3, -3, 2.5]:
        try:
            print(spec, repr(format(v, spec)))
        except Exception as e:
            print(spec, type(e).__name__, e)
print('{0:0s}|{0:05}|{1:<05}'.format('result', 7))
print('%c' % PI(), '%x' % PI(), '%c' % 'z', '%c' % 0x1F600 == '\U0001F600')
for bad in [1.5, 'ab', -1]:
    try:
        print('%c' % bad)
    except Exception as e:
        print(type(e).__name__, e)
