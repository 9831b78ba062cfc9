# str.format: nested replacement fields in specs, the recursion limit, one format string used with
# many argument kinds (the parsed form is cached), int specs near the long range.
for f in ['{0:{1:{2:d}}}', '{0:{1:{2}}}', '{0:{1}}', '{0:{1:d}}', '{:{}{}}', '{0:{1}{2}}', '{0:{{}}}', '{0:}}']:
    try:
        print(repr(f.format(1, 2, 3)))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
fmt = "{0}|{1:>8}|{2:.3f}|{3:x}|{3:#X}|{3:o}|{3:#b}|{3:,}|{3:_x}|{3:08x}|{3:+d}|{3: d}"
for args in [("a", 1, 0.5, 255), ("bb", -7, -1 / 3, -255), ("c", 2 ** 70, 1e300, 2 ** 63), ("d", 0, 0.0, -2 ** 63),
             ("e", True, 2, 2 ** 63 - 1), ("f", -2 ** 64, float("inf"), -(2 ** 63) + 1)]:
    print(fmt.format(*args))
for spec in ["c", "5c", "<3c"]:
    for v in [65, 0x1F600, -1, 0x110000]:
        try:
            print(repr(format(v, spec)))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
for bad in ["{", "}", "{0", "{0:{1}", "{!r}", "{0!x}", "{0:.}"]:
    try:
        print(bad.format(1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(ascii("{0}{0}".format("\ud800")), "{}-{}".format("\U0001f600", "\udc00") == "\U0001f600-\udc00", ascii("\ud800{}".format("x")))
