# Uncaught RuntimeError from PEP 479 shows the chained StopIteration traceback
def first_word(lines):
    for line in lines:
        words = iter(line.split())
        yield next(words)

print(list(first_word(["alpha beta", "gamma"])))

def pairs(items):
    it = iter(items)
    while True:
        a = next(it, None)
        if a is None:
            return
        yield a, next(it)

print(list(pairs([1, 2, 3, 4])))
print("now a line with no words")
print(list(first_word(["delta", "", "epsilon"])))
