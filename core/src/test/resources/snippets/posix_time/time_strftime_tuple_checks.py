# strftime's checks of its tuple (checktm) and of its arguments
import time

def attempt(*args):
    try:
        print(repr(time.strftime(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt('%Y', (1, 2))
attempt('%Y', [2020, 1, 1, 0, 0, 0, 0, 1, 0])
attempt('%Y', ('a', 1, 1, 0, 0, 0, 0, 1, 0))
attempt('%Y', (1.5, 1, 1, 0, 0, 0, 0, 1, 0))
attempt('%Y', (2**31, 1, 1, 0, 0, 0, 0, 1, 0))
attempt('%Y', (-2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0))
attempt('%Y', (-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
attempt('%Y', (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0))
attempt('%Y %m %d %j %a', (2020, 0, 0, 0, 0, 0, -1, 0, 0))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, -1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, -1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, -1, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 61, 0, 1, 0),
            (2020, 1, 1, 0, 0, 0, -2, 1, 0), (2020, 1, 1, 0, 0, 0, 13, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
            (2020, 1, 1, 0, 0, 0, 0, 366, 0), (2020, 1, 1, 0, 0, 0, 0, -1, 0), (2020, 1, 1, 0, 0, 0, 9, -1, 5)]:
    attempt('%Y-%m-%d %H:%M:%S %a %j', bad)
attempt(b'%Y')
attempt('a\0b', (2020, 1, 1, 0, 0, 0, 0, 1, 0))
attempt()
attempt('%Y', None)
attempt('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0), 3)
attempt(5)
for isdst in (-5, -1, 0, 1, 7):
    attempt('%Z|%z|%s', (2020, 1, 1, 0, 0, 0, 0, 1, isdst))
st = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', -3600 * 5 - 1800))
attempt('%Z %z', st)
attempt('%z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 59)))
attempt('%z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', -59)))
attempt('%Z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 1)))
attempt('%Z|%z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, -1, 'XYZ', 3600)))
attempt('%z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 'x')))
attempt('%Z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 5, 0)))
attempt('%z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, None, 2**70)))
print(len(time.strftime('%Y-%m-%d')))
