import _socket
import select

a, b = _socket.socketpair()
print(type(a).__name__, a.family, a.type, a.proto)
print(a.fileno() != b.fileno(), a.fileno() > 2)
print(a.send(b"hello"), b.recv(3), b.recv(100))
a.sendall(b"xyz")
print(b.recv(2, _socket.MSG_PEEK), b.recv(10))
b.send(bytearray(b"back"))
print(a.recv(4))
print(a.gettimeout(), a.getblocking())
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
a.settimeout(2.5)
print(a.gettimeout())
print(b.recv(0))
buf = bytearray(4)
a.send(b"ab")
print(b.recv_into(buf), buf)
a.shutdown(_socket.SHUT_WR)
print(b.recv(10))
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
b.close()
print(b.fileno())
try:
    b.recv(1)
except OSError as e:
    print(type(e).__name__, e)
fd = a.detach()
print(a.fileno(), fd > 2)
c = _socket.socket(fileno=fd)
print(c.family, c.type, c.fileno() == fd)
c.close()
print(repr(_socket.socket.__name__), _socket.socket.__module__)
