# sequence repetition with negative and zero counts
print("ab" * 0, "ab" * -1, [1] * -3, (1, 2) * 1, 3 * "xy", b"a" * 3, bytearray(b"z") * 2 if hasattr(bytearray, "__mul__") else "")
class N:
    def __index__(self):
        return 2
print("q" * N(), [0] * N())
