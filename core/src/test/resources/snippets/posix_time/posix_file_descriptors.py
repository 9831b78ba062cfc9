# descriptor-level I/O: open flags, read/write/lseek, fstat and the errors they raise
import posix

D = 'tmp_posix_fd_dir'
try:
    posix.mkdir(D)
    f = D + '/data.bin'
    fd = posix.open(f, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(type(fd).__name__, fd > 2)
    print(posix.write(fd, b'0123456789'), posix.write(fd, bytearray(b'abc')), posix.write(fd, memoryview(b'XYZ')))
    print(posix.lseek(fd, 0, posix.SEEK_CUR), posix.lseek(fd, 2, posix.SEEK_SET), posix.lseek(fd, -1, posix.SEEK_END))
    print(posix.fstat(fd).st_size)
    posix.close(fd)
    fd = posix.open(f, posix.O_RDONLY)
    print(posix.read(fd, 4), posix.read(fd, 0), posix.read(fd, 100), posix.read(fd, 5))
    print(posix.lseek(fd, 3, 0), posix.read(fd, 2))
    for call in [lambda: posix.write(fd, b'x'), lambda: posix.read(fd, -1), lambda: posix.write(fd, 'str'),
                 lambda: posix.lseek(fd, -100, 0), lambda: posix.lseek(fd, 0, 7)]:
        try:
            print(call())
        except (OSError, TypeError, ValueError) as e:
            print(type(e).__name__, e)
    posix.close(fd)
    fd = posix.open(f, posix.O_WRONLY | posix.O_APPEND)
    posix.write(fd, b'++')
    posix.close(fd)
    fd = posix.open(f, posix.O_RDWR)
    print(posix.read(fd, 100))
    posix.ftruncate(fd, 4)
    print(posix.fstat(fd).st_size, posix.lseek(fd, 0, 0), posix.read(fd, 100))
    posix.close(fd)
    posix.truncate(f, 2)
    print(posix.stat(f).st_size)
    for call in [lambda: posix.open(f, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL),
                 lambda: posix.open(D + '/missing', posix.O_RDONLY),
                 lambda: posix.open(D, posix.O_WRONLY),
                 lambda: posix.open(f + '/x', posix.O_RDONLY),
                 lambda: posix.close(fd), lambda: posix.read(fd, 1), lambda: posix.fstat(fd),
                 lambda: posix.write(9999, b'x'), lambda: posix.lseek(9999, 0, 0), lambda: posix.close(-1),
                 lambda: posix.open(f, 'x'), lambda: posix.read('0', 1), lambda: posix.isatty(9999)]:
        try:
            print(call())
        except (OSError, TypeError, ValueError) as e:
            print(type(e).__name__, e, getattr(e, 'errno', None))
    fd = posix.open(f, posix.O_RDONLY)
    fd2 = posix.open(f, posix.O_RDONLY)
    print(fd2 != fd, posix.isatty(fd))
    posix.closerange(fd, fd2 + 1)
    try:
        posix.close(fd2)
    except OSError as e:
        print('closed by closerange:', e)
finally:
    for name in posix.listdir(D):
        posix.unlink(D + '/' + name)
    posix.rmdir(D)
print(D in posix.listdir('.'))
