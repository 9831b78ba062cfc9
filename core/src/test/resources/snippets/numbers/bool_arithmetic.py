# bool is an int
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, True << 3, sum([True, True, False]))
print(True == 1, False == 0, True is 1 == 1 if False else "skip", isinstance(False, int), int(True), str(True), repr(False))
print({True: "a", 1: "b"}, [False, True, 0, 1].count(1), hash(True))
