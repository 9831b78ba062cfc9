# the 4300-digit limit on int/str conversion
import sys
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(str(e)[:60])
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
