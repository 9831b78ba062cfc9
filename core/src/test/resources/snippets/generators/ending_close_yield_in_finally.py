# yielding a value while handling GeneratorExit makes close() raise RuntimeError
def stubborn(tag):
    try:
        yield tag + "-1"
    except GeneratorExit:
        print(tag, "caught GeneratorExit, yielding anyway")
        yield tag + "-2"
    print(tag, "never reached")
g = stubborn("g")
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("first:", e)
g.close()
print("second close finishes quietly")
h = stubborn("h")
print(next(h))
h.close()
print("not printed")
