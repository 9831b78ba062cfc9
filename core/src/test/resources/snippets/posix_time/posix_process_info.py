# process facts and small helpers: types rather than values where the values vary
import posix

print(type(posix.getpid()).__name__, posix.getpid() > 0, type(posix.getppid()).__name__)
print(type(posix.cpu_count()).__name__, posix.cpu_count() >= 1)
u = posix.uname()
print(type(u).__name__, len(u), [type(x).__name__ for x in u], u.sysname == u[0])
t = posix.times()
print(type(t).__name__, len(t), [type(x).__name__ for x in t], t.user == t[0])
r = posix.urandom(16)
print(type(r).__name__, len(r), len(posix.urandom(0)))
for bad in [-1, 'x', 1.5]:
    try:
        posix.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for code in [0, 1, 2, 9, 13, 17, 20, 21, 22, 28, 39, 75, 41, 200, -1]:
    print(code, posix.strerror(code))
old = posix.umask(0o027)
print(posix.umask(old) == 0o027)
try:
    posix.get_terminal_size(999)
except OSError as e:
    print(type(e).__name__, e.errno)
print(posix.device_encoding(999))
print(type(posix.environ).__name__, all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in posix.environ.items()))
for args in [('A=B', 'x'), ('', 'x'), ('A\0', 'x'), ('OK', 'a\0b'), (1, 'x')]:
    try:
        print(posix.putenv(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for name in ['X=Y', '']:
    try:
        posix.unsetenv(name)
    except ValueError as e:
        print('ValueError', e)
print(posix.error is OSError, sorted(posix._have_functions) == sorted(set(posix._have_functions)))
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT,
      posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND, posix.O_NONBLOCK, posix.O_DIRECTORY, posix.O_NOFOLLOW,
      posix.O_CLOEXEC, posix.O_ACCMODE, posix.SEEK_SET, posix.SEEK_CUR, posix.SEEK_END, posix.EX_OK, posix.EX_USAGE)
print(posix.access('.', posix.F_OK), posix.access('nope', posix.F_OK), posix.access('.', posix.R_OK | posix.X_OK))
try:
    posix._exit('x')
except TypeError as e:
    print('TypeError', e)
