# _heapq: results against sorted(), max variants, big heapify path, mutation during comparison
import _heapq

seed = 7
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n

data = [rand(1000) for _ in range(300)]
h = []
for x in data:
    _heapq.heappush(h, x)
print([_heapq.heappop(h) for _ in range(len(data))] == sorted(data))

big = [rand(10**6) for _ in range(6000)]
_heapq.heapify(big)
print(all(big[(i - 1) >> 1] <= big[i] for i in range(1, len(big))))
print(big[:8])
mx = list(big)
_heapq._heapify_max(mx)
print(all(mx[(i - 1) >> 1] >= mx[i] for i in range(1, len(mx))))
print(mx[:8])
print(_heapq._heappop_max(mx), _heapq._heapreplace_max(mx, -1), mx[:4])

h = [5, 7, 9]
print(_heapq.heappushpop(h, 1), h, _heapq.heappushpop(h, 8), h)
print(_heapq.heapreplace(h, 100), h)
print(_heapq.heappushpop([], 3))

# heap of tuples with ties keeps a deterministic layout
t = [(i % 3, i) for i in range(20)][::-1]
_heapq.heapify(t)
print(t)

class L(list):
    def append(self, x):
        raise AssertionError("not called")
sub = L([3, 1, 2])
_heapq.heapify(sub)
_heapq.heappush(sub, 0)
print(sub, type(sub).__name__)

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

class EvilClear:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, o):
        self.heap.clear()
        return NotImplemented if False else True

heap = []
heap.extend(EvilClear(heap) for _ in range(5))
show(_heapq.heappop, heap)
heap = []
heap.extend(EvilClear(heap) for _ in range(5))
show(_heapq.heapify, heap)
heap = [EvilClear([]), 1]
heap[0].heap = heap
show(_heapq.heappush, heap, 0)

class Grow:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, o):
        self.heap.append(1)
        return False
heap = []
heap.extend(Grow(heap) for _ in range(4))
show(_heapq.heapreplace, heap, Grow(heap))

class Bad:
    def __lt__(self, o):
        raise ZeroDivisionError("cmp")
show(_heapq.heapify, [Bad(), Bad(), Bad()])
show(_heapq.heappushpop, [Bad()], Bad())
show(_heapq.heappush, [1], Bad())
show(_heapq.heappush, [1, 2], "x")

print(_heapq.heappop.__name__, _heapq.heappop.__module__)
