# a generator cannot be resumed from inside itself
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield 2
me = selfish()
print(list(me))
def status():
    yield me2.gi_running
me2 = status()
print(me2.gi_running, next(me2), me2.gi_running)
print(me2.gi_frame is not None)
for _ in me2:
    pass
print(me2.gi_frame)
