# An exception thrown into a generator that does not handle it propagates to the caller
def worker():
    done = 0
    while True:
        try:
            job = yield done
        except LookupError as e:
            print("  worker recovered from", type(e).__name__)
            continue
        done += job

w = worker()
next(w)
print(w.send(3), w.send(4))
print(w.throw(KeyError("missing job")))
print(w.send(1))

def supervisor(gen):
    try:
        return gen.throw(PermissionError("not allowed"))
    finally:
        print("  supervisor finally")

print("throwing an exception the worker does not catch")
supervisor(w)
