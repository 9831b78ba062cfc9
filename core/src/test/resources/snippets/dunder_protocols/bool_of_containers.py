# truthiness of builtin containers and numbers
for v in [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, 1, "0", [0], (None,), {0: 0}]:
    print(repr(v), bool(v))
