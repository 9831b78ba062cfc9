# truth testing uses __bool__ then __len__
class L:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Bad:
    def __bool__(self):
        return 1
print(bool(L()), bool(B()), not L(), "yes" if B() else "no")
try:
    bool(Bad())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
