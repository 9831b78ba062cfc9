# stat of files and directories, chmod bits, utime with seconds and nanoseconds, symlinks
import posix

D = 'tmp_posix_stat'
posix.mkdir(D)
f = D + '/f'
try:
    fd = posix.open(f, posix.O_CREAT | posix.O_WRONLY, 0o600)
    posix.write(fd, b'x' * 1000)
    posix.close(fd)
    s = posix.stat(f)
    print(s.st_size, s.st_mode >> 12, s.st_blocks >= 0, s.st_nlink)
    d = posix.stat(D)
    print(d.st_mode >> 12)
    for mode in [0o644, 0o400, 0o755, 0o000, 0o600]:
        posix.chmod(f, mode)
        print(oct(posix.stat(f).st_mode & 0o7777))
    posix.utime(f, (1000000000, 1234567890))
    s = posix.stat(f)
    print(s.st_atime, s.st_mtime, s[7], s[8], s.st_atime_ns, s.st_mtime_ns)
    posix.utime(f, (1.25, 2.75))
    s = posix.stat(f)
    print(s.st_atime, s.st_mtime, s[7], s[8], s.st_atime_ns, s.st_mtime_ns)
    posix.utime(f, ns=(1500000000123456789, 5))
    s = posix.stat(f)
    print(s.st_atime_ns, s.st_mtime_ns, s[7], s[8], s.st_mtime)
    for args, kw in [((f, (1, 2)), {'ns': (1, 2)}), ((f, (1,)), {}), ((f, 5), {}), ((f,), {'ns': (1.5, 2)}),
                     ((f,), {'ns': 5}), ((D + '/nope', (1, 2)), {}), ((f, (float('nan'), 1)), {})]:
        try:
            posix.utime(*args, **kw)
            print('ok')
        except (OSError, TypeError, ValueError) as e:
            print(type(e).__name__, e)
    posix.utime(f)
    print(posix.stat(f).st_mtime > 1.6e9)
    posix.symlink('f', D + '/link')
    print(posix.readlink(D + '/link'), posix.readlink((D + '/link').encode()))
    print(posix.stat(D + '/link').st_size, posix.lstat(D + '/link').st_mode >> 12, posix.stat(D + '/link', follow_symlinks=False).st_mode >> 12)
    for call in [lambda: posix.readlink(f), lambda: posix.readlink(D + '/nope'), lambda: posix.symlink('f', D + '/link'),
                 lambda: posix.chmod(D + '/nope', 0o644), lambda: posix.lstat(D + '/nope')]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e)
finally:
    for name in posix.listdir(D):
        posix.unlink(D + '/' + name)
    posix.rmdir(D)
