# Uncaught TypeError: __bool__ returns an int, detected in an if statement
class Queue:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def pop(self):
        return self.items.pop(0)

q = Queue([1, 2, 3])
while q:
    print("popped", q.pop())
print("empty queue is falsy:", not q)

class CountingQueue(Queue):
    def __bool__(self):
        return len(self.items)

def drain(queue):
    drained = []
    while queue:
        drained.append(queue.pop())
    return drained

print(drain(Queue("ab")))
print("draining a CountingQueue")
print(drain(CountingQueue("xy")))
