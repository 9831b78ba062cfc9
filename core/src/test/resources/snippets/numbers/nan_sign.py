# The sign bit of NaN survives Python-level negation, parsing and complex arithmetic as in CPython
# (math.copysign and struct show it; repr does not).
import math
import _struct as struct

nan = float("nan")
for label, v in [("nan", nan), ("-nan", -nan), ("--nan", -(-nan)), ("float('-nan')", float("-nan")),
                 ("-float('-nan')", -float("-nan")), ("abs(-nan)", abs(-nan)), ("+(-nan)", +(-nan)),
                 ("copysign", math.copysign(nan, -1.0)), ("fabs(-nan)", math.fabs(-nan)), ("-0.0", -0.0), ("-(0.0)", -(0.0)),
                 ("0.0 * -1", 0.0 * -1), ("-inf", -math.inf)]:
    print(label, repr(v), math.copysign(1.0, v), struct.pack(">d", v).hex())

z = complex(nan, nan)
for label, c in [("-z", -z), ("conj", z.conjugate()), ("-conj", -z.conjugate()), ("complex('-nan-nanj')", complex("-nan-nanj"))]:
    print(label, repr(c), math.copysign(1.0, c.real), math.copysign(1.0, c.imag))
x = -0.0
print(repr(-x), repr(x), repr(-(-x)), math.copysign(1.0, -x))
