# int methods
n = 1000
print(n.bit_length(), (-n).bit_length(), n.to_bytes(2, "little"), int.from_bytes(b"\xe8\x03", "little"))
print((255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True), n.as_integer_ratio(), n.real, n.imag, n.conjugate())
print((7).__add__(3), (7).__radd__(3), (7).__truediv__(2), int.__name__, (5).numerator, (5).denominator)
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print(e)
