# an exception raised in a generator body reaches the consumer with the generator frame in the traceback
def g():
    yield 1
    raise KeyError("from gen")
try:
    for v in g():
        print(v)
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(frames)
