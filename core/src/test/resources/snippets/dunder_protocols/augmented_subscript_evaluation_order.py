# Augmented assignment on subscripts and attributes evaluates the target once, get before set
log = []

class Store:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        log.append(f"getitem {key}")
        return self.data[key]
    def __setitem__(self, key, value):
        log.append(f"setitem {key}={value}")
        self.data[key] = value

class Holder:
    def __init__(self):
        object.__setattr__(self, "store", Store())
        object.__setattr__(self, "count", 0)
    def __getattribute__(self, name):
        log.append(f"getattr {name}")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value}")
        object.__setattr__(self, name, value)

def key(k):
    log.append(f"evaluate key {k}")
    return k

h = Holder()
h.store[key("k")] += 10
print(log)
log.clear()
h.count += 1
print(log)
log.clear()

grid = [[0, 0], [0, 0]]
def idx(i):
    log.append(f"idx {i}")
    return i

grid[idx(1)][idx(0)] += 5
print(grid, log)
log.clear()
s = Store()
s[key("k")] *= 3
print(s.data, log)
