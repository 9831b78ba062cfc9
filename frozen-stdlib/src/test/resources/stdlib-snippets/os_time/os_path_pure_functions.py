# posixpath's string functions, driven through os.path
import os.path as p

paths = ['', '/', '//', '///', 'a', 'a/', '/a/b/', 'a/b/c.txt', './a/../b', '/a/./b/../../c', '..', '../..',
         'a//b', '.hidden', 'archive.tar.gz', 'no_ext.', '/x/y.d/z', '//double/lead']
for s in paths:
    print(repr(s), p.split(s), p.splitext(s), p.basename(s), p.dirname(s), p.normpath(s), p.isabs(s))
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'), p.join('x', ''))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), p.commonprefix([]))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c']))
for bad in [[], ['/a', 'b']]:
    try:
        p.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/x/y', '/x/y'))
print(p.splitdrive('/a/b'), p.sep, p.altsep, p.extsep, p.pardir, p.curdir, p.devnull)
print(p.normcase('AbC'), p.ismount('/'), p.abspath('x') == p.join(p.abspath('.'), 'x'))
