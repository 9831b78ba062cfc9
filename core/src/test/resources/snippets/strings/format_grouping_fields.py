# Zero padding with grouping never leaves a leading separator; '#c' is refused; str.format looks the
# argument up before parsing the accessors after it; str.maketrans checks its dict's keys.
for spec in ["010,", "011,", "09,", "08_", "010,.2", "011,.2", "012,.2", "09,.1f", "010,f", "08_.1f", "015,e", "020_x",
             "010_b", "012_o"]:
    for v in [3, 1234, -1234]:
        try:
            print(spec, v, repr(format(v, spec)), repr(format(v + 0.25, spec)) if spec[-1] not in "xbo_," else "")
        except ValueError as e:
            print(spec, v, type(e).__name__, e)
for spec in ["#c", "+c", ",c", "c"]:
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
for f in ['{0.}', '{0.}x', '{0[}', '{0.a}', '{0[]}', '{.}', '{0.real.}']:
    for args in [(), (1,)]:
        try:
            print(repr(f), args, f.format(*args))
        except (IndexError, ValueError, AttributeError) as e:
            print(repr(f), args, type(e).__name__, e)
for d in [{(1,): 2}, {1.5: 'x'}, {'ab': 2}, {'a': 'b', 98: None, True: 'y'}]:
    try:
        print(sorted(str.maketrans(d).items()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
