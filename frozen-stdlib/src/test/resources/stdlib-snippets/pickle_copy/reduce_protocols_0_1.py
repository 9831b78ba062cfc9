# pickle protocols 0 and 1 reduce through copyreg._reduce_ex, which picks the first base class that
# is not a heap type (type.__flags__ & Py_TPFLAGS_HEAPTYPE)
import collections
import copy
import pickle

Point = collections.namedtuple("Point", "x y")


class Tagged(tuple):
    pass


class Words(list):
    pass


class Config(dict):
    pass


tagged = Tagged((1, 2))
tagged.note = "kept"
words = Words(["a", "b"])
words.lang = "en"
config = Config(a=1)
config.source = "file"
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(Point(1, 2), proto))
    t = pickle.loads(pickle.dumps(tagged, proto))
    w = pickle.loads(pickle.dumps(words, proto))
    c = pickle.loads(pickle.dumps(config, proto))
    print(proto, p, type(t).__name__, t, t.note, type(w).__name__, w, w.lang, c, c.source)
    print("  ", Point(1, 2).__reduce_ex__(proto)[0].__name__, tagged.__reduce_ex__(proto)[0].__name__)
print(copy.copy(Point(3, 4)), copy.deepcopy(Point([5], 6)))


class NoState:
    __slots__ = ("a",)


try:
    pickle.dumps(NoState(), 1)
except TypeError as e:
    print(type(e).__name__, e)
