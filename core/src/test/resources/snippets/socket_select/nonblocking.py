import _socket

a, b = _socket.socketpair()
a.setblocking(False)
b.setblocking(False)
for sock in (a, b):
    try:
        sock.recv(10)
    except BlockingIOError as e:
        print(type(e).__name__, e.errno, e)
b.send(b"1")
print(a.recv(10))
try:
    a.recv(10)
except OSError as e:
    print(type(e).__name__, e)
b.close()
print(a.recv(10))
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
a.settimeout(0.01)
c, d = _socket.socketpair()
c.settimeout(0.01)
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e, isinstance(e, _socket.timeout))
print(_socket.getdefaulttimeout())
_socket.setdefaulttimeout(1.5)
e, f = _socket.socketpair()
print(e.gettimeout(), _socket.getdefaulttimeout())
_socket.setdefaulttimeout(None)
for bad in (-1, "x"):
    try:
        c.settimeout(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
for s in (a, c, d, e, f):
    s.close()
