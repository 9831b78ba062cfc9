# glibc's strftime flags (_ - 0 ^ #), widths, E/O modifiers and unknown directives
import time

LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
t = (2020, 3, 5, 7, 8, 9, 3, 65, 0)
t_pm = (1999, 12, 31, 23, 59, 58, 4, 365, 0)
for f in ['%-5d', '%_5d', '%05d', '%5d', '%-d', '%_d', '%0e', '%-e', '%5e', '%_5e', '%-5e', '%010A', '%-10A',
          '%_10A', '%^10a', '%#A', '%#p', '%^p', '%#Z', '%^Z', '%3Y', '%6Y', '%-6Y', '%_6Y', '%1d', '%0k', '%-k',
          '%3j', '%-j', '%_j', '%5s', '%_5z', '%-z', '%8z', '%:z', '%5n', '%5t', '%10c', '%5%', '%10x', '%-10D',
          '%010D', '%^c', '%5G', '%3y', '%^B', '%#B', '%5p', '%-H', '%0H', '%5', '%', '%_', '%5E', '%E5d',
          '%_-5d', '%-_5d', '%^#a', '%0_5d', '%12F', '%+4Y', '%+Y', '%^P', '%#P', '%#c', '%#x', '%^x', '%10r',
          '%30c', '%^Ex', '%5Z', '%05Z', '%-10s', '%3s', '%Q', '%-Q', '%5Q', '%Ey', '%Od', '%Ex', '%EY', '%OY',
          '%99999999999d', '%2000d', '%1020d', '%1023Y']:
    print(repr(f), repr(time.strftime(f, t)), repr(time.strftime(f, t_pm)))

ok_e = ''.join(c for c in LETTERS if time.strftime('%E' + c, t) != '%E' + c)
ok_o = ''.join(c for c in LETTERS if time.strftime('%O' + c, t) != '%O' + c)
known = ''.join(c for c in LETTERS if time.strftime('%' + c, t) != '%' + c)
print(ok_e, ok_o, known)
for c in LETTERS:
    print(c, repr(time.strftime('%' + c + '|%E' + c + '|%O' + c + '|%^' + c + '|%#' + c + '|%-' + c, t_pm)))
