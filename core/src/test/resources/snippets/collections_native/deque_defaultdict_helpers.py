from _collections import deque, defaultdict, _count_elements, _tuplegetter
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 2 in d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d, d.count(2), d.index(3), d.index(3, 1))
d.extend("ab"); d.extendleft("xy"); print(d)
d.insert(2, "I"); d.remove("a"); print(d); d.reverse(); print(d)
b = deque(range(10), maxlen=3); print(b, b.maxlen); b.append(99); print(b); b.appendleft(-1); print(b)
print(deque() == deque([]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque("ab"))
e = deque([1]); e += [2, 3]; e *= 2; print(e, e.copy(), list(reversed(e)), repr(deque(maxlen=0)))
r = deque(); r.append(r); print(r)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])["a"],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque(maxlen=-1),
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque() + [1], lambda: hash(deque())]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print(ex)
print(deque.__module__, type(iter(deque())).__name__, d.__reduce__()[0] is deque, deque([1], 5).__reduce__()[1])
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; print(dd, dd.default_factory, dict(dd), "c" in dd)
di = defaultdict(int, {"x": 1}, y=2); di["z"] += 5; print(sorted(di.items()), repr(defaultdict()))
try:
    defaultdict(None)["q"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(5)
except TypeError as ex:
    print(ex)
c = dd.copy(); print(type(c).__name__, c.default_factory is list, c == dd, dd | {"n": 1}, type({"k": 2} | dd).__name__)
class Sub(defaultdict): pass
s = Sub(lambda: 7); s[1]; print(s[1], isinstance(s, dict), type(s).__mro__[1].__name__)
counts = {}; _count_elements(counts, "abracadabra"); print(sorted(counts.items()))
class P(tuple):
    x = _tuplegetter(0, "the x")
    y = _tuplegetter(1, None)
p = P((3, 4)); print(p.x, p.y, P.x.__doc__, P.x)
try:
    p.x = 1
except AttributeError as ex:
    print(ex)
