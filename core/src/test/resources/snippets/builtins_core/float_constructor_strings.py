# float() parsing of strings
print(float("1_000.5"), float(" -inf "), float("NaN") != float("nan"), float("1e-3"), float(".5"), float("5."))
for bad in ["1__0", "e5", "", "1.2.3", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
