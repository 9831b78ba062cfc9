# A small state machine built from closures stored in a dispatch dictionary
def make_machine():
    state = "idle"
    history = []

    def start():
        nonlocal state
        if state != "idle":
            raise RuntimeError(f"cannot start from {state}")
        state = "running"

    def pause():
        nonlocal state
        state = "paused" if state == "running" else state

    def resume():
        nonlocal state
        if state == "paused":
            state = "running"

    def stop():
        nonlocal state
        state = "stopped"

    actions = {"start": start, "pause": pause, "resume": resume, "stop": stop}

    def fire(name):
        actions[name]()
        history.append((name, state))
        return state

    return fire, lambda: list(history)

fire, history = make_machine()
for action in ["start", "pause", "pause", "resume", "stop"]:
    print(f"{action:>7} -> {fire(action)}")
print(history())
try:
    fire("start")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    fire("explode")
except KeyError as e:
    print(type(e).__name__, e)
print(len(history()))
