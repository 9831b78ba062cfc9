from itertools import *
import itertools
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
c = count(5); next(c); print(repr(c), repr(count(2, 3)), repr(count(1.5)), repr(repeat('a')), repr(repeat(1, 3)))
print(list(islice(cycle("ab"), 5)), list(cycle([])), list(repeat(7, 3)), list(repeat(7, -1)), repeat(1, 4).__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(accumulate([], initial=5)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 1, 6, 2)), list(islice("abc", None)), list(islice(range(10), 3, 3)))
print(list(pairwise("abcd")), list(pairwise("a")), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest([1])))
print([(k, list(g)) for k, g in groupby("aabbbcaa")], [(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gb = groupby("aabbc"); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2))
a, b = tee(iter(range(100)))
print(list(islice(a, 3)), list(b)[:5], list(a)[-1], len(tee("abc", 3)), tee("x", 0))
t1, t2 = tee("abc"); t3 = t1.__copy__(); print(list(t1), list(t3), list(t2))
print(list(product("ab", repeat=2)), list(product()), list(product("ab", [])), len(list(product(range(3), range(4), range(2)))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
for bad in [lambda: count("a"), lambda: islice("a", -1), lambda: islice("a", 0, 1, 0), lambda: islice("a"),
            lambda: islice("a", "b"), lambda: tee("a", -1), lambda: product("a", repeat=-1), lambda: combinations("a", -1),
            lambda: permutations("a", "x"), lambda: list(starmap(pow, [1])), lambda: repeat(1).__length_hint__(),
            lambda: islice("a", 1, 2, 3, 4)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(count()).__name__, count.__module__, type(groupby("a")).__name__, itertools.chain.__name__)
class MyChain(chain):
    pass
print(type(MyChain("ab")).__name__, list(MyChain("ab", "c")))
print(list(zip(count(), "abc")), sum(islice(count(1), 100)))
