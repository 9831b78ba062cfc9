calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
class LCG:
    def __init__(self, seed): self.state = seed
    def randrange(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n
rng = LCG(5)
for n in [0, 1, 2, 5, 31, 64, 65, 100, 257, 1000, 3000]:
    for pattern in ["rand", "sorted", "rev", "dups", "saw"]:
        if pattern == "rand":
            data = [rng.randrange(10**6) for _ in range(n)]
        elif pattern == "sorted":
            data = list(range(n))
        elif pattern == "rev":
            data = list(range(n, 0, -1))
        elif pattern == "dups":
            data = [rng.randrange(4) for _ in range(n)]
        else:
            data = [i % 37 for i in range(n)] + [rng.randrange(100) for _ in range(n // 3)]
        calls.clear()
        objs = [K(x) for x in data]
        r = sorted(objs, key=None)
        h = hash(tuple(calls)) & 0xffffffff
        ok = [o.v for o in r] == sorted(data)
        calls.clear()
        r2 = sorted(objs, reverse=True)
        h2 = hash(tuple(calls)) & 0xffffffff
        print(n, pattern, ok, len(calls), h, h2, [o.v for o in r2] == sorted(data, reverse=True))
# stability with keys
words = ["b%d" % (i % 7) + "x" * (i % 3) for i in range(200)]
print(sorted(words, key=len)[:20])
# exception leaves partially sorted list
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13: raise ValueError("boom")
        return self.v < o.v
    def __repr__(self): return str(self.v)
lst = [Bad(x) for x in [5, 3, 9, 1, 13, 2, 8, 20, 0]]
try:
    lst.sort()
except ValueError as e:
    print(e, lst)
