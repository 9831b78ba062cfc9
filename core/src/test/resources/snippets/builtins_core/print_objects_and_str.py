# print calls str() on each argument
class S:
    def __str__(self):
        return "S!"
print(S(), [S()] if False else "x", None, 1.0, 1e100, -0.0, (1,), b"b", "s", sep=" | ")
