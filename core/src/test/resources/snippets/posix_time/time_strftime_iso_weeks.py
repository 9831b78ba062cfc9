# ISO 8601 weeks (%G %g %V) and %U %W %u %w around every new year from 1995 to 2030
import time

for year in range(1995, 2031):
    start = time.mktime((year, 12, 26, 12, 0, 0, 0, 0, 0))
    row = []
    for day in range(10):
        t = time.gmtime(start + day * 86400)
        row.append(time.strftime('%m%d:%G-%V/%g %U %W %u%w', t))
    print(year, ' '.join(row))
for year in (1, 4, 100, 400, 1600, 1700, 10000):
    t = (year, 1, 1, 0, 0, 0, 0, 1, 0)
    print(year, time.strftime('%G %V %U %W', t))
