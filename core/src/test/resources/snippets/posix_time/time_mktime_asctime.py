# mktime normalises out-of-range fields; asctime formats a tuple
import time

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for tup in [(2020, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 14, 35, 25, 61, 61, 0, 1, 0), (1970, 1, 1, 0, 0, 0, 0, 0, 0),
            (1969, 12, 31, 23, 59, 59, 0, 0, 0), (2000, 2, 29, 12, 0, 0, 0, 0, -1), (2000, 0, 0, 0, 0, 0, 0, 0, 0),
            (2000, -5, -40, -3, -70, -90, 0, 0, 0), (1900, 1, 1, 0, 0, 0, 0, 1, 0), (-5000, 1, 1, 0, 0, 0, 0, 1, 0),
            (2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 1, 1), (2020, 7, 1, 0, 0, 0, 0, 1, 5)]:
    attempt(time.mktime, tup)
attempt(time.mktime, time.gmtime(123456789))
attempt(time.mktime, (1, 2))
attempt(time.mktime, [2020, 1, 1, 0, 0, 0, 0, 1, 0])
attempt(time.mktime, (10**10, 1, 1, 0, 0, 0, 0, 1, 0))
attempt(time.mktime, (-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
attempt(time.mktime, (2020, 1.5, 1, 0, 0, 0, 0, 1, 0))
attempt(time.mktime, (2020, '1', 1, 0, 0, 0, 0, 1, 0))
attempt(time.mktime, (2020, 1, 1, 0, 0, 0, 0, 1, -2**31 - 1))
attempt(time.mktime)

for tup in [(2020, 1, 1, 0, 0, 0, 0, 1, 0), (12345, 12, 31, 23, 59, 59, 6, 365, 0), (-5, 1, 1, 0, 0, 0, 0, 1, 0),
            (999, 7, 9, 9, 9, 9, 2, 190, 0), (2020, 0, 0, 0, 0, 0, -1, 0, 0)]:
    attempt(time.asctime, tup)
attempt(time.asctime, time.gmtime(1e9))
attempt(time.asctime, time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0)))
attempt(time.asctime, (1, 2))
attempt(time.asctime, (2020, 13, 1, 0, 0, 0, 0, 1, 0))
attempt(time.asctime, (2020, 1, 1, 0, 0, 0, 0, 1, 0), 1)
attempt(time.asctime, 'x')
print(len(time.asctime()))
