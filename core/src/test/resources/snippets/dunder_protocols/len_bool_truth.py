# truth testing: __bool__ wins over __len__; neither means always true
class Both:
    def __bool__(self):
        print("__bool__")
        return False
    def __len__(self):
        print("__len__")
        return 5
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
print(bool(Both()), len(Both()))
print(bool(OnlyLen(0)), bool(OnlyLen(3)), bool(Neither()))
print("yes" if OnlyLen(2) else "no", not OnlyLen(0))
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
for obj in (BadBool(), NegLen(), BigLen()):
    try:
        bool(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(OnlyLen(0) or "fallback", OnlyLen(4) and "second")
