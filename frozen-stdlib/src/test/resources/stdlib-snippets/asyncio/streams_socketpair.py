import asyncio
import selectors
import socket

# socket.py and selectors over socketpair(), then asyncio streams on one end
a, b = socket.socketpair()
print(a.family, a.type, a.getblocking())
with a, b:
    a.sendall(b"ping")
    print(b.recv(10))
    sel = selectors.SelectSelector()
    sel.register(b, selectors.EVENT_READ, "b")
    print(sel.select(0))
    a.send(b"x")
    print([(k.data, ev) for k, ev in sel.select(0)])
    sel.close()
    f = b.makefile("rb")
    a.sendall(b"line1\nline2\n")
    print(f.readline(), f.readline())
    f.close()
    buf = memoryview(bytearray(5))
    a.send(b"abc")
    print(b.recv_into(buf), bytes(buf))
print(a)


async def main():
    r1, w1 = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=r1)
    loop = asyncio.get_running_loop()
    await loop.sock_sendall(w1, b"hello\nworld\n")
    print(await reader.readline())
    print(await reader.readexactly(3))
    writer.write(b"reply")
    await writer.drain()
    w1.setblocking(False)
    print(await loop.sock_recv(w1, 100))
    w1.shutdown(socket.SHUT_WR)
    print(await reader.read())
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()
    w1.close()


asyncio.run(main())
