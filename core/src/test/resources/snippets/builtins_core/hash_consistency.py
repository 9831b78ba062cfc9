# hashes of equal numbers agree
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(hash(0.5), hash(1e100) == hash(int(1e100)), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
d = {1: "int", 1.0: "float"}
print(d)
print({0, 0.0, False}, {1: 1, True: 2})
