# time.gmtime: broken-down UTC time for many instants, including negative and far ones
import time

for secs in [0, 1, -1, 59, 86399, 86400, 951782400, 951868800, 1e9, 1234567890.75, -1.5, -0.5,
             2**31 - 1, 2**31, -2**31, 253402300799, 253402300800, -62135596800, -62135596801,
             4102444800, 67768036191676799, -67768040609740800, True]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_zone, t.tm_gmtoff)

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[2:5], len(t), list(t)[:3])
print(t == time.gmtime(1700000000), t != time.gmtime(0), hash(t) == hash(time.gmtime(1700000000)))
print(isinstance(t, tuple), type(t).__name__, type(t).__module__)
y, m, d, *rest = t
print(y, m, d, rest)

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(time.gmtime, 1e20)
attempt(time.gmtime, -1e20)
attempt(time.gmtime, float('nan'))
attempt(time.gmtime, float('inf'))
attempt(time.gmtime, '1')
attempt(time.gmtime, 2**63)
attempt(time.gmtime, 67768036191676800)
attempt(time.gmtime, -67768040609740801)
attempt(time.gmtime, 1, 2)
attempt(lambda: time.gmtime(seconds=1))
attempt(lambda: time.gmtime(None).tm_year > 2000)
attempt(lambda: t.tm_year.__class__)
attempt(lambda: setattr(t, 'tm_year', 5))
attempt(lambda: t.tm_nope)
