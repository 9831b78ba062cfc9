# Truthiness: __bool__ first, then __len__, else always true; invalid return values
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  __bool__ -> {self.v}")
        return self.v
    def __len__(self):
        print("  __len__ (not used for truth)")
        return 0

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(f"  __len__ -> {self.n}")
        return self.n

class Neither:
    pass

print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), bool(Neither()))
print("yes" if WithLen(2) else "no", not WithLen(0))
print(WithLen(0) or "fallback", WithLen(1) and "second")
x = WithBool(False) or WithLen(5)
print(type(x).__name__)
items = [WithLen(0), WithLen(1), Neither()]
print([type(i).__name__ for i in items if i])
print(any([WithLen(0), WithLen(0)]), all([WithBool(True), Neither()]))

for bad in (WithBool(1), WithBool("yes"), WithBool(None)):
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for n in (-1, 2.0, "3"):
    try:
        bool(WithLen(n))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
i = 0
while WithLen(2 - i):
    i += 1
print("loop ran", i)
