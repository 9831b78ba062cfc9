# chr and ord across ranges
print([ord(c) for c in "aZ0 ~"], chr(0x263A), chr(0x1F600) == "😀", ord("😀"), ascii(chr(0x10000)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
