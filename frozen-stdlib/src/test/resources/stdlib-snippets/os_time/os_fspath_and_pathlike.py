# os.fspath, os.PathLike, os.fsencode/os.fsdecode with surrogateescape
import os

class P:
    def __init__(self, v):
        self.v = v
    def __fspath__(self):
        return self.v

class NotPath:
    pass

for v in ['s', b'b', P('ps'), P(b'pb')]:
    print(repr(os.fspath(v)))
for v in [1, None, NotPath(), P(1), P(None)]:
    try:
        os.fspath(v)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike), issubclass(str, os.PathLike))
print(os.PathLike[str], os.PathLike.__module__)
print(os.fsencode('abc'), os.fsencode('é'), os.fsencode(b'raw'), os.fsencode(P('pp')))
print(repr(os.fsdecode(b'abc')), repr(os.fsdecode(b'\xff\xfe')), repr(os.fsdecode('s')), repr(os.fsdecode(P(b'q'))))
try:
    os.fsencode(5)
except TypeError as e:
    print('TypeError', e)
print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, os.defpath, os.linesep == '\n', os.devnull, os.curdir, os.pardir)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.O_RDONLY, os.error is OSError)
print(os.stat in os.supports_follow_symlinks, os.truncate in os.supports_fd)
print(sorted(n for n in ['stat', 'lstat', 'scandir', 'makedirs', 'walk', 'listdir', 'getcwd', 'urandom', 'fspath'] if hasattr(os, n)))
