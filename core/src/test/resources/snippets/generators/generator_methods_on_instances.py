# Generator methods observe instance mutations made between resumptions
class Queue:
    def __init__(self, *items):
        self.items = list(items)
    def drain(self):
        while self.items:
            yield self.items.pop(0)
    def peek_all(self):
        for item in self.items:
            yield item

q = Queue(1, 2, 3)
d = q.drain()
print(next(d))
q.items.append(4)
print(list(d), q.items)

q2 = Queue("a", "b")
peek = q2.peek_all()
print(next(peek))
q2.items.insert(0, "z")
print(list(peek))

class Counter:
    def __init__(self):
        self.count = 0
    def ticks(self, n):
        for _ in range(n):
            self.count += 1
            yield self.count

c = Counter()
t1, t2 = c.ticks(3), c.ticks(3)
print(next(t1), next(t2), next(t1), next(t2), c.count)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def column(self, j):
        return (row[j] for row in self.rows)
    def diagonal(self):
        yield from (self.rows[i][i] for i in range(len(self.rows)))

m = Matrix([[1, 2], [3, 4]])
col = m.column(1)
m.rows = [[9, 9], [9, 9]]
print(list(col), list(m.diagonal()))
