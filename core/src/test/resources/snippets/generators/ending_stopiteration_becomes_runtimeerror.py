# a StopIteration leaking out of a generator body is converted to RuntimeError
def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(first_of_each([[1, 2], "ab", (9,)])))
try:
    list(first_of_each([[1], []]))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def safe(iterables):
    for it in iterables:
        v = next(iter(it), None)
        if v is None:
            return
        yield v
print(list(safe([[1], [], [3]])))
print(list(first_of_each(["x", ""])))
