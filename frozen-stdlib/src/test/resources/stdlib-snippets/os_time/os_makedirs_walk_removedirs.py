# os.makedirs, os.walk (top-down and bottom-up), os.removedirs and their errors
import os, tempfile

# work in a fresh directory so that a run that stopped halfway cannot affect the next one
WORK = tempfile.mkdtemp()
os.chdir(WORK)
D = 'tmp_os_walk_tree'
os.makedirs(D + '/a/b/c', exist_ok=True)
os.makedirs(D + '/a/b/c', exist_ok=True)
os.makedirs(D + '/x', mode=0o755)
for name in ['a/f1.txt', 'a/b/f2.txt', 'x/f3.txt', 'top.txt']:
    fd = os.open(os.path.join(D, name), os.O_WRONLY | os.O_CREAT)
    os.write(fd, name.encode())
    os.close(fd)
try:
    os.makedirs(D + '/a/b')
except FileExistsError as e:
    print('FileExistsError', e)
try:
    os.makedirs(D + '/top.txt/sub')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.makedirs(D + '/top.txt', exist_ok=True)
except OSError as e:
    print(type(e).__name__, e)
for root, dirs, files in os.walk(D):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
print('--')
for root, dirs, files in sorted(os.walk(D, topdown=False)):
    print(root, sorted(dirs), sorted(files))
print('-- pruned')
for root, dirs, files in os.walk(D):
    dirs[:] = sorted(d for d in dirs if d != 'b')
    print(root, sorted(dirs), sorted(files))
errors = []
print(list(os.walk(D + '/missing', onerror=errors.append)), [type(e).__name__ for e in errors])
for root, dirs, files in os.walk(D, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
os.removedirs(D + '/a/b/c')
print(sorted(os.listdir(D)))
os.rmdir(D + '/x')
print(os.path.exists(D))
os.rmdir(D)
os.chdir('/')
os.rmdir(WORK)
print(os.path.exists(WORK))
