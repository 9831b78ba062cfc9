# int(), float(), str() and their errors
print(int("ff", 16), int("0b101", 0), int(3.99), int("-12"), float(" 2.5 "), str(12), str(None))
for bad in ["12a", "", "1.5"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
print(bool(""), bool("0"), bool([]), bool([0]), repr(1.0), repr(1e100), chr(65), ord("a"))
