# return inside finally in a generator swallows a thrown exception
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
        return "from finally"
it = g()
print(next(it))
try:
    it.throw(ValueError("lost"))
except StopIteration as e:
    print("StopIteration value:", e.value)
except ValueError:
    print("not reached")
def h():
    for i in range(5):
        try:
            yield i
        finally:
            print("cleanup", i)
for x in h():
    if x == 2:
        break
print("after break")
