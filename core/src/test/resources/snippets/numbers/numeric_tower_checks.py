# isinstance across numeric types
for v in [1, 1.0, 1j, True]:
    print(type(v).__name__, isinstance(v, int), isinstance(v, float), isinstance(v, complex))
print(1 == 1.0 == 1 + 0j, True == 1, hash(1) == hash(1.0) == hash(1 + 0j) if False else "skip")
