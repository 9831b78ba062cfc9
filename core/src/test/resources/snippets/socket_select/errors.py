import _socket as s

print(s.error is OSError, s.timeout is TimeoutError)
print(issubclass(s.herror, OSError), issubclass(s.gaierror, OSError), s.gaierror.__module__, s.herror.__name__)
print(s.AF_INET, s.AF_INET6, s.AF_UNIX, s.SOCK_STREAM, s.SOCK_DGRAM, s.SOL_SOCKET, s.SO_REUSEADDR, s.IPPROTO_TCP)
print(s.has_ipv6, type(s.gethostname()).__name__)
try:
    s.getaddrinfo("no-such-host.invalid", 80)
except s.gaierror as e:
    print(type(e).__name__, e.errno, e)
print(s.getaddrinfo("127.0.0.1", 80, s.AF_INET, s.SOCK_STREAM))
print(s.getaddrinfo("::1", "8080", 0, s.SOCK_DGRAM))
print(s.gethostbyname("10.0.0.1"))
t = s.socket(s.AF_INET, s.SOCK_STREAM)
print(t.family, t.type, t.fileno() > 2, t.getsockname())
for addr in ["x", ("1.2.3.4",), ("1.2.3.4", 70000), (1, 2)]:
    try:
        t.connect(addr)
    except Exception as e:
        print(type(e).__name__, e)
try:
    t.getpeername()
except OSError as e:
    print(type(e).__name__, e)
try:
    t.recv(1)
except OSError as e:
    print(type(e).__name__, e)
print(t.getsockopt(s.SOL_SOCKET, s.SO_TYPE), t.getsockopt(s.SOL_SOCKET, s.SO_ERROR))
t.setsockopt(s.SOL_SOCKET, s.SO_REUSEADDR, 1)
t.close()
t.close()
print(t.fileno())
try:
    t.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    s.socket(fileno=1)
except OSError as e:
    print(type(e).__name__, e)
