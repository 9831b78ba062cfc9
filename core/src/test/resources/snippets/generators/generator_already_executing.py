# A generator cannot be resumed while it is running: ValueError "generator already executing"
def selfish():
    value = yield "start"
    try:
        next(me)
    except ValueError as e:
        yield f"{type(e).__name__}: {e}"
    try:
        me.send(None)
    except ValueError as e:
        yield f"send: {e}"
    try:
        me.throw(KeyError("k"))
    except ValueError as e:
        yield f"throw: {e}"
    try:
        me.close()
    except ValueError as e:
        yield f"close: {e}"

me = selfish()
for item in me:
    print(item)

def observe():
    yield g.gi_running
    yield g.gi_running

g = observe()
print("before start:", g.gi_running)
print("inside:", next(g))
print("between:", g.gi_running)
print("inside again:", next(g))

def reentrant_via_genexp():
    inner = (x for x in outer_ref)
    yield "ready"
    try:
        list(inner)
    except ValueError as e:
        yield str(e)

outer_ref = reentrant_via_genexp()
print(list(outer_ref))
