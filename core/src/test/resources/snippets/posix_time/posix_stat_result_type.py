# os.stat_result as a type: unnamed integer times, named float/ns times, construction rules
import posix

sr = posix.stat_result
print(sr, sr.__name__, sr.__module__, sr.n_fields, sr.n_sequence_fields, sr.n_unnamed_fields)
print(sr.__match_args__)
s = sr(range(10))
print(s)
print(s.st_mode, s.st_size, s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_blksize, s.st_rdev)
print(s[7], s[-1], len(s), tuple(s))
s2 = sr(range(13))
print(s2.st_atime, s2.st_mtime, s2.st_ctime, s2.st_ctime_ns)
s3 = sr(range(19))
print(s3.st_atime_ns, s3.st_mtime_ns, s3.st_ctime_ns, s3.st_blksize, s3.st_blocks, s3.st_rdev)
s4 = sr(range(10), {'st_atime': 1.5, 'st_rdev': 7})
print(s4.st_atime, s4.st_mtime, s4.st_rdev)
print(s.__reduce__())
for bad in [range(9), range(20), 5]:
    try:
        sr(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    s.st_mode = 5
except AttributeError as e:
    print('AttributeError', e)
print(posix.terminal_size((80, 24)), posix.terminal_size.__match_args__)
print(posix.times_result, posix.uname_result, posix.times_result.n_fields, posix.uname_result.n_fields)
st = posix.stat('.')
print(type(st).__name__, len(st), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime) or abs(st.st_mtime - st[8]) < 1)
