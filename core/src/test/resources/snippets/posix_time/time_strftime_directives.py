# every strftime directive of the C locale over dates spread across years and weekdays
import time

fmt = ' '.join('%' + c for c in 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%')
for secs in [0, 86399, 951782400, 1e9, 1234567890, 1700000000, 1704067199, 1735689600, -1, -86400 * 1000,
             253402300799, 4102444800, 1230768000, 1262304000, 1293840000, 1325376000, 1356998400]:
    print(repr(time.strftime(fmt, time.gmtime(secs))))

for year in [-1234, -101, -100, -99, -5, -1, 0, 5, 50, 99, 100, 999, 1000, 1900, 1999, 2000, 12345]:
    tup = (year, 1, 5, 7, 8, 9, 3, 5, 0)
    print(year, repr(time.strftime('%Y|%y|%C|%G|%g|%4Y|%_5Y|%-5Y|%3C', tup)))

print(repr(time.strftime('plain text, no directives')))
print(repr(time.strftime('')))
print(repr(time.strftime('é%Y€ 漢字 %a', (2020, 1, 1, 0, 0, 0, 2, 1, 0))))
print(repr(time.strftime('%%Y %%%Y %', (2020, 1, 1, 0, 0, 0, 2, 1, 0))))
