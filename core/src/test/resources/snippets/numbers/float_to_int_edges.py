# converting floats to ints truncates toward zero
print(int(2.9), int(-2.9), int(1e20), int(-0.5), int(1.0e3), round(2.9), int(float(2 ** 53)))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
