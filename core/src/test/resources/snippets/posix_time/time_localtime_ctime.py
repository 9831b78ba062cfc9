# localtime, ctime and mktime in the process's zone (UTC in the test environment)
import time

for secs in [0, 86400 * 365, 1e9, 1700000000.9, -86400 * 400]:
    lt = time.localtime(secs)
    print(tuple(lt), lt.tm_zone, lt.tm_gmtoff)
    print(time.ctime(secs), time.mktime(lt))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(type(time.localtime()).__name__, len(time.localtime()), time.localtime().tm_year >= 2024)
print(time.ctime(None)[-4:].isdigit(), len(time.ctime()))
def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
attempt(time.localtime, 'x')
attempt(time.localtime, 1e30)
attempt(time.ctime, 1e20)
attempt(time.ctime, float('nan'))
attempt(time.ctime, 1, 2)
attempt(time.ctime, -62135596801)
attempt(time.ctime, 253402300800)
