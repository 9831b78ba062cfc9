# os.path's questions answered by stat: exists/isfile/isdir/islink/getsize/samefile
import os
import stat

D = 'tmp_os_stat_queries'
os.mkdir(D)
try:
    f = os.path.join(D, 'file.bin')
    fd = os.open(f, os.O_WRONLY | os.O_CREAT, 0o640)
    os.write(fd, b'\0' * 1234)
    os.close(fd)
    os.symlink('file.bin', os.path.join(D, 'link'))
    os.symlink('nowhere', os.path.join(D, 'broken'))
    for name in ['file.bin', 'link', 'broken', 'nope', '.']:
        q = os.path.join(D, name)
        print(name, os.path.exists(q), os.path.lexists(q), os.path.isfile(q), os.path.isdir(q), os.path.islink(q))
    print(os.path.getsize(f), os.path.samefile(f, os.path.join(D, 'link')), os.path.samefile(f, D))
    st = os.stat(f)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode) == 0o640 & ~0o022, stat.filemode(st.st_mode)[0])
    print(stat.filemode(os.lstat(os.path.join(D, 'link')).st_mode)[0], stat.filemode(os.stat(D).st_mode)[0])
    os.chmod(f, 0o751)
    print(stat.filemode(os.stat(f).st_mode), oct(stat.S_IMODE(os.stat(f).st_mode)))
    os.utime(f, (10, 20))
    print(os.path.getatime(f), os.path.getmtime(f), os.stat(f).st_mtime_ns)
    for call in [os.path.getsize, os.path.getmtime]:
        try:
            call(os.path.join(D, 'nope'))
        except FileNotFoundError as e:
            print('FileNotFoundError', e)
    print(os.readlink(os.path.join(D, 'link')), os.path.realpath(os.path.join(D, 'link')) == os.path.realpath(f))
    print(os.access(f, os.R_OK), os.access(os.path.join(D, 'nope'), os.F_OK))
finally:
    for name in os.listdir(D):
        os.unlink(os.path.join(D, name))
    os.rmdir(D)
