# Mutating a captured object needs no nonlocal; rebinding without it makes a new local
def with_list():
    items = []
    def add(x):
        items.append(x)
        return items
    add(1); add(2); return items

print(with_list())

def with_dict():
    state = {"n": 0}
    def bump():
        state["n"] += 1
    for _ in range(3): bump()
    return state

print(with_dict())

def rebinding_without_nonlocal():
    total = 0
    def add(x):
        total = x
        return total
    add(5)
    return total

print(rebinding_without_nonlocal())

def augmented_without_nonlocal():
    total = 0
    def add(x):
        total += x
    try:
        add(5)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    return total

print(augmented_without_nonlocal())

def attribute_on_captured():
    class Box:
        pass
    box = Box(); box.v = 1
    def grow():
        box.v *= 3
    grow(); grow()
    return box.v

print(attribute_on_captured())

def tuple_capture():
    t = (1, [2])
    def change():
        t[1].append(3)
    change(); return t

print(tuple_capture())
