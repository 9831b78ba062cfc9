# mkdir/rmdir/listdir/rename/replace/unlink and their errno subclasses
import posix

D = 'tmp_posix_dirs'

def attempt(f, *args):
    try:
        r = f(*args)
        print('ok' if r is None else r)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
        print('  ', e)

posix.mkdir(D)
try:
    attempt(posix.mkdir, D)
    attempt(posix.mkdir, D + '/a/b')
    posix.mkdir(D + '/a')
    posix.mkdir(D + '/a/b', 0o700)
    fd = posix.open(D + '/a/file.txt', posix.O_CREAT | posix.O_WRONLY)
    posix.close(fd)
    print(sorted(posix.listdir(D + '/a')), posix.listdir(D + '/a/b'))
    attempt(posix.listdir, D + '/nope')
    attempt(posix.listdir, D + '/a/file.txt')
    attempt(posix.rmdir, D + '/a')
    attempt(posix.rmdir, D + '/a/file.txt')
    attempt(posix.rmdir, D + '/nope')
    attempt(posix.unlink, D + '/a/b')
    attempt(posix.unlink, D + '/nope')
    attempt(posix.remove, D + '/nope')
    attempt(posix.rename, D + '/nope', D + '/other')
    attempt(posix.rename, D + '/a/file.txt', D + '/a/renamed.txt')
    print(sorted(posix.listdir(D + '/a')))
    fd = posix.open(D + '/a/second.txt', posix.O_CREAT | posix.O_WRONLY)
    posix.write(fd, b'second')
    posix.close(fd)
    attempt(posix.replace, D + '/a/second.txt', D + '/a/renamed.txt')
    print(sorted(posix.listdir(D + '/a')), posix.stat(D + '/a/renamed.txt').st_size)
    attempt(posix.rename, D + '/a/renamed.txt', D + '/a/b')
    attempt(posix.rename, D + '/a/b', D + '/a/renamed.txt')
    attempt(posix.rename, D + '/a/b', D + '/moved')
    print(sorted(posix.listdir(D)), sorted(posix.listdir(D.encode())))
    attempt(posix.mkdir, '')
    cwd = posix.getcwd()
    posix.chdir(D)
    print(sorted(posix.listdir()), sorted(posix.listdir(None)), posix.getcwd().endswith('/' + D))
    print(posix.getcwdb()[-len(D) - 1:] == b'/' + D.encode(), type(posix.getcwdb()).__name__)
    attempt(posix.chdir, 'nope')
    attempt(posix.chdir, 'a/renamed.txt')
    posix.chdir('..')
    print(posix.getcwd() == cwd)
finally:
    for p in [D + '/a/renamed.txt', D + '/a/file.txt', D + '/a/second.txt']:
        try:
            posix.unlink(p)
        except OSError:
            pass
    for p in [D + '/a/b', D + '/moved', D + '/a', D]:
        try:
            posix.rmdir(p)
        except OSError:
            pass
print(D in posix.listdir())
