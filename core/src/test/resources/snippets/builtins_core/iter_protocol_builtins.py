# builtins accept any iterable
def gen():
    yield 3
    yield 1
    yield 2
print(sorted(gen()), list(gen()), tuple(gen()), set(gen()), sum(gen()), max(gen()), min(gen()))
print(dict.fromkeys(gen()), list(enumerate(gen())), "".join(str(x) for x in gen()), any(gen()), all(gen()))
