# Lib/stat.py's helpers over mode words (the pure-Python fallback, no _stat)
import stat

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777,
         0o100000, 0o107777]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), stat.S_ISDIR(m), stat.S_ISREG(m),
          stat.S_ISLNK(m), stat.S_ISCHR(m), stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IRUSR, stat.S_IXOTH, stat.UF_HIDDEN)
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0))
