package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.FileDescriptors;
import org.matcha.vm.Host;
import org.matcha.vm.HostFileSystem;
import org.matcha.vm.HostFileSystem.FsError;
import org.matcha.vm.Interpreter;
import org.matcha.vm.OsErrors;

/**
 * The posix module behind Lib/os.py, over the host's file system ({@link HostFileSystem}) and
 * process facts. dir_fd arguments are not supported (os.supports_dir_fd is empty), so Lib takes
 * its path-based code. CPython: Modules/posixmodule.c.
 */
@PyModuleDef(name = "posix")
public final class PosixModule {
    private PosixModule() {}

    /** os.stat_result: ten items, of which three unnamed integer times, then the named extras. */
    static final PyType STAT_RESULT = StructSeq.newType("os", "stat_result", new String[] {"st_mode", "st_ino",
        "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null, "st_atime", "st_mtime", "st_ctime",
        "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10);
    static final PyType TERMINAL_SIZE = StructSeq.newType("os", "terminal_size", new String[] {"columns", "lines"}, 2);
    static final PyType TIMES_RESULT = StructSeq.newType("posix", "times_result", new String[] {"user", "system",
        "children_user", "children_system", "elapsed"}, 5);
    static final PyType UNAME_RESULT = StructSeq.newType("posix", "uname_result", new String[] {"sysname",
        "nodename", "release", "version", "machine"}, 5);

    /** Linux values of the module's integer constants. */
    private static final String CONSTANTS = ""
            + "EX_CANTCREAT=73 EX_CONFIG=78 EX_DATAERR=65 EX_IOERR=74 EX_NOHOST=68 EX_NOINPUT=66 EX_NOPERM=77 "
            + "EX_NOUSER=67 EX_OK=0 EX_OSERR=71 EX_OSFILE=72 EX_PROTOCOL=76 EX_SOFTWARE=70 EX_TEMPFAIL=75 "
            + "EX_UNAVAILABLE=69 EX_USAGE=64 F_OK=0 R_OK=4 W_OK=2 X_OK=1 O_ACCMODE=3 O_APPEND=1024 O_ASYNC=8192 "
            + "O_CLOEXEC=524288 O_CREAT=64 O_DIRECT=16384 O_DIRECTORY=65536 O_DSYNC=4096 O_EXCL=128 "
            + "O_FSYNC=1052672 O_LARGEFILE=0 O_NDELAY=2048 O_NOATIME=262144 O_NOCTTY=256 O_NOFOLLOW=131072 "
            + "O_NONBLOCK=2048 O_PATH=2097152 O_RDONLY=0 O_RDWR=2 O_RSYNC=1052672 O_SYNC=1052672 "
            + "O_TMPFILE=4259840 O_TRUNC=512 O_WRONLY=1 SEEK_DATA=3 "
            + "SEEK_HOLE=4 TMP_MAX=238328 NGROUPS_MAX=65536 WNOHANG=1 WUNTRACED=2 WCONTINUED=8 P_ALL=0 P_PID=1 "
            + "P_PGID=2 PRIO_PROCESS=0 PRIO_PGRP=1 PRIO_USER=2 F_LOCK=1 F_TLOCK=2 F_ULOCK=0 F_TEST=3";

    /** The process umask (there is no real one to change). */
    private static int umask = 0022;

    public static void init(PyModule m) {
        for (String item : CONSTANTS.split(" ")) {
            int eq = item.indexOf('=');
            m.add(item.substring(0, eq), PyInt.of(Long.parseLong(item.substring(eq + 1))));
        }
        m.add("stat_result", STAT_RESULT);
        m.add("terminal_size", TERMINAL_SIZE);
        m.add("times_result", TIMES_RESULT);
        m.add("uname_result", UNAME_RESULT);
        m.add("DirEntry", Scandir.DirEntry.TYPE);
        m.add("error", ExceptionTypes.OSError);
        // what os.py turns into supports_fd / supports_follow_symlinks; no dir_fd support
        m.add("_have_functions", PyList.of(PyStr.of("HAVE_FTRUNCATE"), PyStr.of("HAVE_LSTAT")));
        PyDict environ = new PyDict();
        for (java.util.Map.Entry<String, String> e : host().environment().entrySet()) {
            environ.setItem(fsEncode(e.getKey()), fsEncode(e.getValue()));
        }
        m.add("environ", environ);
        for (String n : new String[] {"__iter__", "__next__"}) {
            Scandir.Iterator.TYPE.dict().setItem(n, PyIterator.TYPE.dict().getItem(n));
        }
    }

    private static Host host() {
        return Interpreter.current().host;
    }

    private static HostFileSystem fs() {
        return Interpreter.current().fileSystem();
    }

    private static FileDescriptors fds() {
        return Interpreter.current().fds;
    }

    static PyBytes fsEncode(String s) {
        return new PyBytes(Codecs.encode(PyStr.of(s), "utf-8", "surrogateescape"));
    }

    private static void noDirFd(PyObject dirFd) {
        if (dirFd != PyNone.NONE) {
            throw Errors.notImplemented("dir_fd unavailable on this platform");
        }
    }

    private static PyException error(FsError e, PosixPath p) {
        return OsErrors.of(e, p.object, null);
    }

    // ---- stat ----

    /** CPython: _pystat_fromstructstat, fill_time. */
    static PyObject statResult(HostFileSystem.Stat st) {
        PyObject[] v = new PyObject[19];
        v[0] = PyInt.of(st.mode());
        v[1] = PyInt.of(st.ino());
        v[2] = PyInt.of(st.dev());
        v[3] = PyInt.of(st.nlink());
        v[4] = PyInt.of(st.uid());
        v[5] = PyInt.of(st.gid());
        v[6] = PyInt.of(st.size());
        long[] times = {st.atimeNanos(), st.mtimeNanos(), st.ctimeNanos()};
        for (int i = 0; i < 3; i++) {
            long sec = Math.floorDiv(times[i], 1_000_000_000L);
            long nsec = Math.floorMod(times[i], 1_000_000_000L);
            v[7 + i] = PyInt.of(sec);
            v[10 + i] = PyFloat.of(sec + nsec * 1e-9);
            v[13 + i] = PyInt.of(times[i]);
        }
        v[16] = PyInt.of(4096);
        v[17] = PyInt.of((st.size() + 511) / 512);
        v[18] = PyInt.of(0);
        return StructSeq.make(STAT_RESULT, v);
    }

    /** os.stat_result(seq) fills the float times from the integer ones when not given. CPython: statresult_new. */
    @PyClass(name = "stat_result")
    public static final class StatResultMethods {
        public static final PyType TYPE = STAT_RESULT;

        private StatResultMethods() {}

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(sequence, dict=None)")
        public static PyObject __new__(PyType cls, PyObject sequence, PyObject dict) {
            StructSeq.Instance made = (StructSeq.Instance) StructSeq.StructSeqMethods.__new__(cls, sequence, dict);
            PyObject[] v = new PyObject[19];
            for (int i = 0; i < 19; i++) {
                v[i] = made.field(i);
            }
            for (int i = 7; i <= 9; i++) {
                if (v[i + 3] == PyNone.NONE) {
                    v[i + 3] = v[i];
                }
            }
            return StructSeq.make(cls, v);
        }
    }

    private static HostFileSystem.Stat doStat(PosixPath p, boolean follow) {
        try {
            if (p.path == null) {
                return fds().fstat(p.fd);
            }
            return fs().stat(p.path, follow);
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    @PyMethod(sig = "(path, *, dir_fd=None, follow_symlinks=True)")
    public static PyObject stat(PyObject path, PyObject dirFd, boolean followSymlinks) {
        PosixPath p = PosixPath.of("stat", "path", path, true, false);
        noDirFd(dirFd);
        return statResult(doStat(p, followSymlinks));
    }

    @PyMethod(sig = "(path, *, dir_fd=None)")
    public static PyObject lstat(PyObject path, PyObject dirFd) {
        PosixPath p = PosixPath.of("lstat", "path", path, false, false);
        noDirFd(dirFd);
        return statResult(doStat(p, false));
    }

    @PyMethod(sig = "(fd)")
    public static PyObject fstat(int fd) {
        try {
            return statResult(fds().fstat(fd));
        } catch (FsError e) {
            throw OsErrors.of(e.errno);
        }
    }

    /** access(2) answered from the permission bits for the owner (the program runs as the file's owner). */
    @PyMethod(sig = "(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)")
    public static boolean access(PyObject path, int mode, PyObject dirFd, boolean effectiveIds,
            boolean followSymlinks) {
        PosixPath p = PosixPath.of("access", "path", path, false, false);
        noDirFd(dirFd);
        HostFileSystem.Stat st;
        try {
            st = fs().stat(p.path, followSymlinks);
        } catch (FsError e) {
            return false;
        }
        int perms = st.mode() >> 6;
        return ((mode & 4) == 0 || (perms & 4) != 0) && ((mode & 2) == 0 || (perms & 2) != 0)
                && ((mode & 1) == 0 || (perms & 1) != 0);
    }

    // ---- directories ----

    @PyMethod(sig = "(path=None)")
    public static PyObject listdir(PyObject path) {
        PosixPath p = PosixPath.of("listdir", "path", path, true, true);
        if (p.path == null) {
            throw Errors.notImplemented("listdir of a file descriptor is not supported");
        }
        String[] names;
        try {
            names = fs().listdir(p.path);
        } catch (FsError e) {
            throw error(e, p);
        }
        PyList out = new PyList();
        for (String n : names) {
            out.append(p.wrap(n));
        }
        return out;
    }

    @PyMethod(sig = "(path=None)")
    public static PyObject scandir(PyObject path) {
        PosixPath p = PosixPath.of("scandir", "path", path, true, true);
        if (p.path == null) {
            throw Errors.notImplemented("scandir of a file descriptor is not supported");
        }
        try {
            return new Scandir.Iterator(p, fs().listdir(p.path));
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    @PyMethod(sig = "(path, mode=511, *, dir_fd=None)")
    public static void mkdir(PyObject path, int mode, PyObject dirFd) {
        PosixPath p = PosixPath.of("mkdir", "path", path, false, false);
        noDirFd(dirFd);
        try {
            fs().mkdir(p.path, mode & ~umask);
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    @PyMethod(sig = "(path, *, dir_fd=None)")
    public static void rmdir(PyObject path, PyObject dirFd) {
        PosixPath p = PosixPath.of("rmdir", "path", path, false, false);
        noDirFd(dirFd);
        try {
            fs().rmdir(p.path);
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    private static void removeFile(String fname, PyObject path, PyObject dirFd) {
        PosixPath p = PosixPath.of(fname, "path", path, false, false);
        noDirFd(dirFd);
        try {
            fs().unlink(p.path);
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    @PyMethod(sig = "(path, *, dir_fd=None)")
    public static void unlink(PyObject path, PyObject dirFd) {
        removeFile("unlink", path, dirFd);
    }

    @PyMethod(sig = "(path, *, dir_fd=None)")
    public static void remove(PyObject path, PyObject dirFd) {
        removeFile("remove", path, dirFd);
    }

    private static void renameFile(String fname, PyObject src, PyObject dst, PyObject srcDirFd, PyObject dstDirFd) {
        PosixPath s = PosixPath.of(fname, "src", src, false, false);
        PosixPath d = PosixPath.of(fname, "dst", dst, false, false);
        if (srcDirFd != PyNone.NONE || dstDirFd != PyNone.NONE) {
            throw Errors.notImplemented("src_dir_fd and dst_dir_fd unavailable on this platform");
        }
        try {
            fs().rename(s.path, d.path);
        } catch (FsError e) {
            throw OsErrors.of(e, s.object, d.object);
        }
    }

    @PyMethod(sig = "(src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    public static void rename(PyObject src, PyObject dst, PyObject srcDirFd, PyObject dstDirFd) {
        renameFile("rename", src, dst, srcDirFd, dstDirFd);
    }

    @PyMethod(sig = "(src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    public static void replace(PyObject src, PyObject dst, PyObject srcDirFd, PyObject dstDirFd) {
        renameFile("replace", src, dst, srcDirFd, dstDirFd);
    }

    @PyMethod
    public static PyObject getcwd() {
        return PyStr.of(fs().getcwd());
    }

    @PyMethod
    public static PyObject getcwdb() {
        return fsEncode(fs().getcwd());
    }

    @PyMethod(sig = "(path)")
    public static void chdir(PyObject path) {
        PosixPath p = PosixPath.of("chdir", "path", path, false, false);
        try {
            fs().chdir(p.path);
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    @PyMethod(sig = "(path, mode, *, dir_fd=None, follow_symlinks=True)")
    public static void chmod(PyObject path, int mode, PyObject dirFd, boolean followSymlinks) {
        PosixPath p = PosixPath.of("chmod", "path", path, false, false);
        noDirFd(dirFd);
        try {
            fs().chmod(p.path, mode);
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    @PyMethod(sig = "(path, *, dir_fd=None)")
    public static PyObject readlink(PyObject path, PyObject dirFd) {
        PosixPath p = PosixPath.of("readlink", "path", path, false, false);
        noDirFd(dirFd);
        try {
            return p.wrap(fs().readlink(p.path));
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    @PyMethod(sig = "(src, dst, target_is_directory=False, *, dir_fd=None)")
    public static void symlink(PyObject src, PyObject dst, boolean targetIsDirectory, PyObject dirFd) {
        PosixPath s = PosixPath.of("symlink", "src", src, false, false);
        PosixPath d = PosixPath.of("symlink", "dst", dst, false, false);
        noDirFd(dirFd);
        try {
            fs().symlink(s.path, d.path);
        } catch (FsError e) {
            throw OsErrors.of(e, s.object, d.object);
        }
    }

    /** CPython: os_utime_impl; times are seconds (int or float), ns are integer nanoseconds. */
    @PyMethod(sig = "(path, times=None, *, ns=NULL, dir_fd=None, follow_symlinks=True)")
    public static void utime(PyObject path, PyObject times, PyObject ns, PyObject dirFd, boolean followSymlinks) {
        PosixPath p = PosixPath.of("utime", "path", path, false, false);
        noDirFd(dirFd);
        long atime;
        long mtime;
        if (times != PyNone.NONE && ns != null) {
            throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (times != PyNone.NONE) {
            if (!(times instanceof PyTuple t) || t.items.length != 2) {
                throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = secondsToNanos(t.items[0]);
            mtime = secondsToNanos(t.items[1]);
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.items.length != 2) {
                throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
            }
            atime = nanosOf(t.items[0]);
            mtime = nanosOf(t.items[1]);
        } else {
            atime = host().timeNanos();
            mtime = atime;
        }
        try {
            fs().utime(p.path, atime, mtime);
        } catch (FsError e) {
            // CPython 3.11's utime reports the errno without the file name
            throw OsErrors.of(e.errno);
        }
    }

    private static long secondsToNanos(PyObject o) {
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            return (long) Math.floor(f.value * 1e9);
        }
        return Math.multiplyExact(TimeModule.toTimeT(o), 1_000_000_000L);
    }

    private static long nanosOf(PyObject o) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.overflow("timestamp too large to convert to C _PyTime_t");
        }
        return i.value;
    }

    @PyMethod(sig = "(path, length)")
    public static void truncate(PyObject path, long length) {
        PosixPath p = PosixPath.of("truncate", "path", path, true, false);
        if (p.path == null) {
            ftruncate(p.fd, length);
            return;
        }
        int fd;
        try {
            fd = fs().open(p.path, HostFileSystem.O_WRONLY, 0);
        } catch (FsError e) {
            throw error(e, p);
        }
        try {
            fs().truncate(fd, length);
        } catch (FsError e) {
            throw error(e, p);
        } finally {
            fs().close(fd);
        }
    }

    // ---- file descriptors ----

    @PyMethod(sig = "(path, flags, mode=511, *, dir_fd=None)")
    public static PyObject open(PyObject path, int flags, int mode, PyObject dirFd) {
        PosixPath p = PosixPath.of("open", "path", path, false, false);
        noDirFd(dirFd);
        try {
            return PyInt.of(fs().open(p.path, flags, mode & ~umask));
        } catch (FsError e) {
            throw error(e, p);
        }
    }

    @PyMethod(sig = "(fd, length, /)")
    public static PyObject read(int fd, long length) {
        if (length < 0) {
            throw OsErrors.of(HostFileSystem.EINVAL);
        }
        byte[] buf = new byte[(int) Math.min(length, 1 << 26)];
        try {
            int n = fds().read(fd, buf, 0, buf.length);
            return new PyBytes(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n));
        } catch (FsError e) {
            throw OsErrors.of(e.errno);
        }
    }

    @PyMethod(sig = "(fd, data, /)")
    public static PyObject write(int fd, PyObject data) {
        if (!(data instanceof BufferExporter b)) {
            throw Errors.typeError("a bytes-like object is required, not '" + data.type().name + "'");
        }
        byte[] bytes = b.bufferCopy();
        try {
            return PyInt.of(fds().write(fd, bytes, 0, bytes.length));
        } catch (FsError e) {
            throw OsErrors.of(e.errno);
        }
    }

    @PyMethod(sig = "(fd, position, whence, /)")
    public static PyObject lseek(int fd, long position, int whence) {
        try {
            return PyInt.of(fds().seek(fd, position, whence));
        } catch (FsError e) {
            throw OsErrors.of(e.errno);
        }
    }

    @PyMethod(sig = "(fd)")
    public static void close(int fd) {
        try {
            fds().close(fd);
        } catch (FsError e) {
            throw OsErrors.of(e.errno);
        }
    }

    @PyMethod(sig = "(fd_low, fd_high, /)")
    public static void closerange(int fdLow, int fdHigh) {
        for (int fd = Math.max(fdLow, 0); fd < fdHigh; fd++) {
            try {
                fds().close(fd);
            } catch (FsError e) {
                // closerange ignores descriptors that are not open
            }
        }
    }

    @PyMethod(sig = "(fd, length, /)")
    public static void ftruncate(int fd, long length) {
        try {
            fs().truncate(fd, length);
        } catch (FsError e) {
            throw OsErrors.of(e.errno);
        }
    }

    @PyMethod(sig = "(fd)")
    public static void fsync(PyObject fd) {
        int n = fileDescriptor(fd);
        try {
            fds().fstat(n);
        } catch (FsError e) {
            throw OsErrors.of(e.errno);
        }
    }

    /** An int or an object with fileno(). CPython: PyObject_AsFileDescriptor. */
    private static int fileDescriptor(PyObject o) {
        if (!(o instanceof PyInt)) {
            PyObject fileno = Abstract.lookupSpecial(o, "fileno");
            if (fileno == null) {
                throw Errors.typeError("argument must be an int, or have a fileno() method.");
            }
            o = Abstract.call(Abstract.getAttr(o, "fileno"));
            if (!(o instanceof PyInt)) {
                throw Errors.typeError("fileno() returned a non-integer");
            }
        }
        int fd = BrokenDownTime.cInt(o);
        if (fd < 0) {
            throw Errors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    @PyMethod(sig = "(fd, /)")
    public static boolean isatty(int fd) {
        return fds().isatty(fd);
    }

    @PyMethod(sig = "(fd, /)")
    public static boolean get_inheritable(int fd) {
        fstat(fd);
        return false;
    }

    @PyMethod(sig = "(fd, inheritable, /)")
    public static void set_inheritable(int fd, int inheritable) {
        fstat(fd);
    }

    @PyMethod(sig = "(fd, /)")
    public static boolean get_blocking(int fd) {
        fstat(fd);
        return true;
    }

    @PyMethod(sig = "(fd, blocking, /)")
    public static void set_blocking(int fd, int blocking) {
        fstat(fd);
    }

    @PyMethod(sig = "(fd)")
    public static PyObject device_encoding(int fd) {
        return fds().isatty(fd) ? PyStr.of("utf-8") : PyNone.NONE;
    }

    /** The host has no terminal size to report: a tty is 80x24, anything else ENOTTY as on Linux. */
    @PyMethod(sig = "(fd=1, /)")
    public static PyObject get_terminal_size(int fd) {
        if (!fds().isatty(fd)) {
            fstat(fd);
            throw OsErrors.of(HostFileSystem.ENOTTY);
        }
        return StructSeq.make(TERMINAL_SIZE, PyInt.of(80), PyInt.of(24));
    }

    // ---- paths ----

    @PyMethod(sig = "(path)")
    public static PyObject fspath(PyObject path) {
        return PosixPath.fspath(path);
    }

    // ---- process ----

    /** No process can have children here. CPython: os_waitpid_impl failing with ECHILD. */
    @PyMethod(sig = "(pid, options, /)")
    public static PyObject waitpid(int pid, int options) {
        throw PosixErrors.oserror(10, null, null);
    }

    /** CPython: os_waitstatus_to_exitcode_impl. */
    @PyMethod(sig = "(status)")
    public static PyObject waitstatus_to_exitcode(int status) {
        if ((status & 0x7f) == 0) {
            return PyInt.of((status >> 8) & 0xff);
        }
        if (((status & 0x7f) + 1) >> 1 > 0) {
            return PyInt.of(-(status & 0x7f));
        }
        throw Errors.valueError("invalid wait status: " + status);
    }

    @PyMethod(sig = "(status)")
    public static boolean WIFSTOPPED(int status) {
        return (status & 0xff) == 0x7f;
    }

    @PyMethod(sig = "(status)")
    public static int WSTOPSIG(int status) {
        return (status >> 8) & 0xff;
    }

    @PyMethod
    public static PyObject getpid() {
        return PyInt.of(host().processId());
    }

    /**
     * Sends a signal. Matcha's only process is itself (pid 0 is its process group): the handler
     * runs before kill returns, as in CPython's os_kill_impl; signal 0 only checks that the process
     * exists. Any other pid is ESRCH.
     */
    @PyMethod(sig = "(pid, signal, /)")
    public static void kill(long pid, long signal) {
        int sig = SignalModule.checkKillSignal(signal);
        if (pid != host().processId() && pid != 0) {
            throw OsErrors.of(3);
        }
        if (sig != 0) {
            SignalModule.deliver(sig, null);
        }
    }

    @PyMethod
    public static PyObject getppid() {
        return PyInt.of(1);
    }

    @PyMethod
    public static PyObject getuid() {
        return PyInt.of(0);
    }

    @PyMethod
    public static PyObject geteuid() {
        return PyInt.of(0);
    }

    @PyMethod
    public static PyObject getgid() {
        return PyInt.of(0);
    }

    @PyMethod
    public static PyObject getegid() {
        return PyInt.of(0);
    }

    @PyMethod(sig = "(mask, /)")
    public static PyObject umask(int mask) {
        int old = umask;
        umask = mask & 0777;
        return PyInt.of(old);
    }

    @PyMethod
    public static PyObject cpu_count() {
        return PyInt.of(host().cpuCount());
    }

    @PyMethod
    public static PyObject uname() {
        return StructSeq.make(UNAME_RESULT, PyStr.of("Linux"), PyStr.of("matcha"), PyStr.of(""), PyStr.of(""),
                PyStr.of(host().platform().equals("linux") ? "x86_64" : "wasm32"));
    }

    /** CPU time as user time; no children; elapsed from the monotonic clock. */
    @PyMethod
    public static PyObject times() {
        double cpu = host().cpuTimeNanos() / 1e9;
        return StructSeq.make(TIMES_RESULT, PyFloat.of(cpu), PyFloat.of(0.0), PyFloat.of(0.0), PyFloat.of(0.0),
                PyFloat.of(host().monotonicNanos() / 1e9));
    }

    @PyMethod(sig = "(size, /)")
    public static PyObject urandom(long size) {
        if (size < 0) {
            throw Errors.valueError("negative argument not allowed");
        }
        if (size > Integer.MAX_VALUE) {
            throw Errors.memory();
        }
        return new PyBytes(host().randomBytes((int) size));
    }

    @PyMethod(sig = "(code, /)")
    public static PyObject strerror(int code) {
        return PyStr.of(PosixErrors.strerror(code));
    }

    /**
     * Ends the program with a status. The host has no way to stop at once, so this raises
     * SystemExit, which unlike CPython's _exit still runs finally blocks.
     */
    @PyMethod(sig = "(status)")
    public static void _exit(int status) {
        throw new PyException((PyBaseException) Abstract.call(ExceptionTypes.SystemExit, PyInt.of(status)));
    }

    private static byte[] envBytes(String fname, PyObject o) {
        if (o instanceof PyStr s) {
            return Codecs.encode(s, "utf-8", "surrogateescape");
        }
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        PyObject v = PosixPath.fspath(o);
        return v instanceof PyStr s ? Codecs.encode(s, "utf-8", "surrogateescape") : ((PyBytes) v).bytes;
    }

    /** CPython: os_putenv_impl and os_unsetenv_impl; setenv(3) itself refuses an empty or '=' name. */
    private static void checkEnvName(byte[] name, boolean putenv) {
        if (indexOf(name, (byte) 0) >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        if (putenv && indexOf(name, (byte) '=') >= 0) {
            throw Errors.valueError("illegal environment variable name");
        }
        if (name.length == 0 || indexOf(name, (byte) '=') >= 0) {
            throw OsErrors.of(HostFileSystem.EINVAL);
        }
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The environment of this process as putenv and unsetenv leave it (CPython changes the C environ, which
     * getenv(3) reads: PYTHONBREAKPOINT set through os.environ reaches sys.breakpointhook). The host's own
     * environment is not changed.
     */
    private static java.util.Map<String, String> processEnv() {
        return Interpreter.current().moduleState("posix.environ",
                () -> new java.util.HashMap<>(host().environment()));
    }

    /** getenv(3) of the process environment, or null. */
    public static String getenv(String name) {
        return processEnv().get(name);
    }

    private static String envString(byte[] b) {
        return Codecs.decode(b, "utf-8", "surrogateescape").value;
    }

    /** CPython: os_putenv_impl. */
    @PyMethod(sig = "(name, value, /)")
    public static void putenv(PyObject name, PyObject value) {
        byte[] n = envBytes("putenv", name);
        byte[] v = envBytes("putenv", value);
        if (indexOf(n, (byte) 0) >= 0 || indexOf(v, (byte) 0) >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        checkEnvName(n, true);
        processEnv().put(envString(n), envString(v));
    }

    /** CPython: os_unsetenv_impl. */
    @PyMethod(sig = "(name, /)")
    public static void unsetenv(PyObject name) {
        byte[] n = envBytes("unsetenv", name);
        checkEnvName(n, false);
        processEnv().remove(envString(n));
    }
}
