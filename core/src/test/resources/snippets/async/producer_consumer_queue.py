# Producer/consumer coroutines sharing a hand-written queue on a tiny scheduler
class Queue:
    def __init__(self):
        self.items = []
    def put(self, item):
        self.items.append(item)
    def get(self):
        return QueueGet(self)

class QueueGet:
    def __init__(self, queue):
        self.queue = queue
    def __await__(self):
        while not self.queue.items:
            yield "blocked"
        return self.queue.items.pop(0)

class Switch:
    def __await__(self):
        yield "switch"

async def producer(q, n):
    for i in range(n):
        q.put(i * i)
        print(f"produced {i * i}")
        await Switch()
    q.put(None)

async def consumer(q, name):
    got = []
    while (item := await q.get()) is not None:
        print(f"  {name} consumed {item}")
        got.append(item)
    return got

def schedule(*coros):
    tasks = list(coros)
    results = {}
    while tasks:
        task = tasks.pop(0)
        try:
            state = task.send(None)
        except StopIteration as stop:
            results[task.__name__] = stop.value
            continue
        tasks.append(task)
    return results

q = Queue()
print(schedule(consumer(q, "c1"), producer(q, 4)))
