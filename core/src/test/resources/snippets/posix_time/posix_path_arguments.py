# how posix functions accept paths: str, bytes, os.PathLike, descriptors, and the TypeErrors
import posix

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

class Bad:
    def __fspath__(self):
        return 1

class Raises:
    def __fspath__(self):
        raise RuntimeError('boom')

def attempt(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__, r if isinstance(r, (str, bytes)) else '')
    except Exception as e:
        print(type(e).__name__, e)

for arg in ['.', b'.', P('.'), P(b'.'), Bad(), Raises(), 1.5, ['x'], None, 'a\0b', b'a\0b', P('x\0')]:
    attempt(posix.stat, arg)
    attempt(posix.lstat, arg)
    attempt(posix.mkdir, arg)
    attempt(posix.listdir, arg) if arg is None or isinstance(arg, (float, list)) else None
for arg in ['x', b'x', P('x'), P(b'y'), 5, None, Bad(), Raises()]:
    attempt(posix.fspath, arg)
attempt(posix.fspath)
attempt(lambda: posix.fspath(path='k'))
attempt(posix.stat, 'nope')
attempt(posix.stat, b'nope')
attempt(posix.stat, P('nope'))
attempt(lambda: posix.stat(path='.').st_mode > 0)
attempt(lambda: posix.stat('.', follow_symlinks=False).st_mode > 0)
attempt(lambda: posix.stat())
attempt(lambda: posix.stat('.', bogus=1))
attempt(lambda: posix.rename('a'))
attempt(lambda: posix.mkdir('x', 'mode'))
