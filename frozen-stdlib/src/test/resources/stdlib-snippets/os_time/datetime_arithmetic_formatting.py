# Lib/datetime.py (pure Python) over the native time module: arithmetic, isoformat, strftime
import datetime as dt

d = dt.date(2020, 2, 28)
for delta in [1, 2, 366, -59, 365 * 4]:
    e = d + dt.timedelta(days=delta)
    print(e, e.weekday(), e.isoweekday(), tuple(e.isocalendar()), e.toordinal(), e.timetuple()[:3], e.ctime())
print(dt.date.fromordinal(737000), dt.date.fromisoformat('2021-12-31'), dt.date(1, 1, 1) - dt.date(1, 1, 1))
t = dt.datetime(2021, 3, 14, 15, 9, 26, 535897)
print(t, repr(t), t.isoformat(), t.isoformat(sep=' ', timespec='milliseconds'), t.date(), t.time())
print(t.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %p %I %y %%'))
print(t.strftime('%c | %x | %X'), format(t, '%d/%m/%Y'), f'{t:%H%M}')
print(t.timetuple())
print(t + dt.timedelta(hours=10), t - dt.timedelta(weeks=3, microseconds=1), t - dt.datetime(2020, 1, 1))
print(t.replace(year=2024, month=2, day=29), t.toordinal(), t.weekday())
for td in [dt.timedelta(0), dt.timedelta(days=-1, seconds=5), dt.timedelta(hours=25, minutes=30), dt.timedelta(microseconds=-1)]:
    print(str(td), repr(td), td.total_seconds(), td // dt.timedelta(minutes=7), abs(td))
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), 'IST')
a = dt.datetime(2022, 6, 1, 12, 0, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.isoformat(), a.strftime('%z %Z'), a.astimezone(dt.timezone.utc))
print(dt.timezone.utc, dt.timezone(dt.timedelta(hours=-3)), a.timetuple().tm_isdst, a.utctimetuple())
print(dt.datetime.fromisoformat('2011-11-04T00:05:23+04:00'), dt.time(4, 5, 6, 7).isoformat(), dt.time(23, 59).strftime('%H|%M|%S'))
