# a traceback through generator.throw
def worker():
    while True:
        item = yield
        print("got", item)
w = worker()
next(w)
w.send("job")
w.throw(TimeoutError("too slow"))
