# scandir: DirEntry attributes and tests, iterator protocol, context manager, errors
import posix

D = 'tmp_posix_scandir'
posix.mkdir(D)
try:
    posix.mkdir(D + '/sub')
    for name, data in [('a.txt', b'aaa'), ('b.bin', b'')]:
        fd = posix.open(D + '/' + name, posix.O_CREAT | posix.O_WRONLY)
        posix.write(fd, data)
        posix.close(fd)
    posix.symlink('a.txt', D + '/link')
    posix.symlink('missing', D + '/dangling')
    entries = sorted(posix.scandir(D), key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
        try:
            print('   size', e.stat().st_size if not e.is_dir() else 'dir', e.stat(follow_symlinks=False).st_mode >> 12)
        except OSError as err:
            print('   ', type(err).__name__, err)
        print('   ', posix.fspath(e) == e.path, e.__fspath__() == e.path, type(e.inode()).__name__)
    print(sorted((e.name, e.path) for e in posix.scandir(D.encode())))
    print(sorted((e.name, e.path) for e in posix.scandir(D + '/')))
    it = posix.scandir(D)
    print(type(it).__name__, type(it).__module__, iter(it) is it)
    first = next(it)
    it.close()
    it.close()
    print(list(it))
    with posix.scandir(D) as it2:
        print(len(list(it2)))
    print(list(it2))
    chdir_back = posix.getcwd()
    posix.chdir(D)
    print(sorted((e.name, e.path) for e in posix.scandir()))
    posix.chdir(chdir_back)
    for bad in [D + '/nope', D + '/a.txt', 3.5, ['x']]:
        try:
            posix.scandir(bad)
        except (OSError, TypeError) as err:
            print(type(err).__name__, err)
    try:
        posix.DirEntry()
    except TypeError as err:
        print('TypeError', err)
    print(posix.DirEntry[str], posix.DirEntry.__module__)
    try:
        first.name = 'x'
    except AttributeError:
        print('AttributeError name')
finally:
    for name in ['a.txt', 'b.bin', 'link', 'dangling']:
        posix.unlink(D + '/' + name)
    posix.rmdir(D + '/sub')
    posix.rmdir(D)
