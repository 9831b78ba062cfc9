# nonlocal updates inside try/except/finally in closures, and return in finally
def tracker():
    events = []
    depth = 0
    def guarded(fn):
        nonlocal depth
        depth += 1
        try:
            return fn()
        except ZeroDivisionError as e:
            events.append(f"caught at depth {depth}: {e}")
            return None
        finally:
            events.append(f"leave depth {depth}")
            depth -= 1
    return guarded, events, lambda: depth

guarded, events, depth = tracker()
print(guarded(lambda: 10))
print(guarded(lambda: 1 / 0))
print(guarded(lambda: guarded(lambda: "nested")))
print(events, depth())

def finally_wins():
    state = "start"
    def run():
        nonlocal state
        try:
            state = "in try"
            return "from try"
        finally:
            state = "in finally"
            return "from finally"
    result = run()
    return result, state

print(finally_wins())

def swallow_with_break():
    seen = []
    def loop():
        for i in range(3):
            try:
                raise ValueError(i)
            finally:
                seen.append(i)
                break
        return "loop done"
    return loop(), seen

print(swallow_with_break())
