import _socket
import select

print(select.error is OSError)
a, b = _socket.socketpair()
r, w, x = select.select([a, b], [a], [], 0)
print(r, len(w), x)
a.send(b"data")
r, w, x = select.select([a, b], [], [], 0)
print(r == [b], w, x)
r, w, x = select.select([b.fileno()], [a.fileno()], [], 0.0)
print(r == [b.fileno()], w == [a.fileno()])
b.recv(100)
print(select.select([b], [], [], 0.01))
a.close()
r, w, x = select.select([b], [], [], None)
print(r == [b], b.recv(5))

class F:
    def __init__(self, s):
        self.s = s
    def fileno(self):
        return self.s.fileno()

f = F(b)
print(select.select([f], [], [], 0)[0] == [f])
for args in ([[-1], [], []], [[object()], [], []], [1, [], []], [[], [], [], -1], [[], [], [], "x")):
    try:
        select.select(*args)
    except Exception as e:
        print(type(e).__name__, e)
b.close()
