# __len__, __getitem__, __contains__, __iter__
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Seq(3)
print(len(s), list(s), 20 in s, 25 in s, s[1])
class Bag:
    def __contains__(self, x):
        return x == "yes"
print("yes" in Bag(), "no" in Bag())
