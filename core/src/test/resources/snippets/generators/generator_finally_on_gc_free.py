# finally runs when the generator is exhausted normally
def g():
    try:
        yield 1
        yield 2
    finally:
        print("done")
for v in g():
    print(v)
print("after")
