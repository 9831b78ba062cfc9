# collections and itertools: Counter, defaultdict, deque, namedtuple, groupby, permutations...
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
import itertools

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = Counter(words)
print(counts.most_common(3))

by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(sorted(by_letter.items())))

window = deque(maxlen=3)
for n in range(6):
    window.append(n)
print(window, list(reversed(window)))

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p._asdict(), p._replace(x=0))

print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted(words, key=len), key=len)])
print(list(itertools.islice(itertools.cycle("AB"), 5)), list(itertools.chain([1], (2, 3))))
print(list(itertools.product([0, 1], repeat=2)))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))
