package org.matcha.vm;

/**
 * The file system a host lends to Python programs: POSIX-style calls on integer descriptors and
 * paths, the calls CPython's {@code posix} and {@code _io} modules make. The JVM runner backs it
 * with java.nio ({@link NioFileSystem}), the browser with memory ({@link MemoryFileSystem}), the
 * WASI build with WASI calls.
 *
 * <p>Rules for every implementation:
 * <ul>
 * <li>Failures throw {@link FsError} with a Linux errno (the constants below); the VM turns it into
 *     the OSError subclass CPython raises, e.g. "[Errno 2] No such file or directory: 'x'".
 * <li>Relative paths are resolved against {@link #getcwd()}, which {@link #chdir} changes; the
 *     file system keeps its own current directory (the JVM process's never changes).
 * <li>Descriptors 0, 1 and 2 are the standard streams and never reach the file system: the VM
 *     routes them to {@link Host} ({@link FileDescriptors}). {@link #open} returns descriptors from 3 up.
 * <li>Paths are Java strings (code points of the file name; the VM encodes bytes paths as UTF-8
 *     with surrogateescape before calling).
 * </ul>
 */
public interface HostFileSystem {
    /** Linux errno values (CPython's errno module on Linux). */
    int EPERM = 1;
    int ENOENT = 2;
    int EIO = 5;
    int EBADF = 9;
    int EAGAIN = 11;
    int ENOMEM = 12;
    int EACCES = 13;
    int EBUSY = 16;
    int EEXIST = 17;
    int EXDEV = 18;
    int ENOTDIR = 20;
    int EISDIR = 21;
    int EINVAL = 22;
    int EMFILE = 24;
    int ENOTTY = 25;
    int EFBIG = 27;
    int ENOSPC = 28;
    int ESPIPE = 29;
    int EROFS = 30;
    int ENAMETOOLONG = 36;
    int ENOSYS = 38;
    int ENOTEMPTY = 39;
    int ELOOP = 40;
    int EOPNOTSUPP = 95;

    /** open() flags, Linux values (os.O_RDONLY, ...). The access mode is {@code flags & O_ACCMODE}. */
    int O_RDONLY = 0;
    int O_WRONLY = 1;
    int O_RDWR = 2;
    int O_ACCMODE = 3;
    int O_CREAT = 0x40;
    int O_EXCL = 0x80;
    int O_NOCTTY = 0x100;
    int O_TRUNC = 0x200;
    int O_APPEND = 0x400;
    int O_NONBLOCK = 0x800;
    int O_DIRECTORY = 0x10000;
    int O_NOFOLLOW = 0x20000;
    int O_CLOEXEC = 0x80000;

    /** lseek whence values. */
    int SEEK_SET = 0;
    int SEEK_CUR = 1;
    int SEEK_END = 2;

    /** st_mode file type bits (stat.S_IFREG, ...). */
    int S_IFMT = 0xF000;
    int S_IFDIR = 0x4000;
    int S_IFREG = 0x8000;
    int S_IFLNK = 0xA000;
    int S_IFCHR = 0x2000;

    /** A failed call: errno plus the path(s) it concerned (null when none). Carries no stack trace. */
    final class FsError extends RuntimeException {
        public final int errno;
        public final String path;
        public final String path2;

        public FsError(int errno, String path) {
            this(errno, path, null);
        }

        public FsError(int errno, String path, String path2) {
            super(null, null, false, false);
            this.errno = errno;
            this.path = path;
            this.path2 = path2;
        }
    }

    /** What stat() returns; times in nanoseconds since the epoch. CPython: os.stat_result fields. */
    record Stat(int mode, long ino, long dev, int nlink, int uid, int gid, long size, long atimeNanos,
            long mtimeNanos, long ctimeNanos) {
        public boolean isDirectory() {
            return (mode & S_IFMT) == S_IFDIR;
        }

        public boolean isRegular() {
            return (mode & S_IFMT) == S_IFREG;
        }

        public boolean isSymlink() {
            return (mode & S_IFMT) == S_IFLNK;
        }
    }

    /** open(2): flags are the O_* values above, mode the permission bits for a created file. */
    int open(String path, int flags, int mode);

    /** read(2) into buf[off, off+len): the count read, 0 at end of file. */
    int read(int fd, byte[] buf, int off, int len);

    /** write(2) from buf[off, off+len): the count written. */
    int write(int fd, byte[] buf, int off, int len);

    /** lseek(2): the new offset. */
    long seek(int fd, long offset, int whence);

    /** ftruncate(2). */
    void truncate(int fd, long length);

    /** close(2). */
    void close(int fd);

    /** fstat(2). */
    Stat fstat(int fd);

    /** stat(2), or lstat(2) when followSymlinks is false. */
    Stat stat(String path, boolean followSymlinks);

    /** The names in a directory, without "." and "..", in the host's order. */
    String[] listdir(String path);

    void mkdir(String path, int mode);

    void rmdir(String path);

    /** unlink(2): removes a file (EISDIR for a directory, as on Linux). */
    void unlink(String path);

    /** rename(2): replaces an existing target file. */
    void rename(String from, String to);

    /** utime(2)/utimensat: sets access and modification times (nanoseconds since the epoch). */
    void utime(String path, long atimeNanos, long mtimeNanos);

    /** chmod(2) of the permission bits (0o777 and the sticky/setuid bits). */
    void chmod(String path, int mode);

    /** readlink(2); EINVAL when path is not a symbolic link. */
    String readlink(String path);

    /** symlink(2): creates link pointing at target. */
    void symlink(String target, String link);

    /** The current directory, an absolute path. */
    String getcwd();

    /** chdir(2). */
    void chdir(String path);

    /** isatty(3). */
    default boolean isatty(int fd) {
        return false;
    }

    /** access(2)-like test used by os.path.exists: true when stat succeeds. */
    default boolean exists(String path) {
        try {
            stat(path, true);
            return true;
        } catch (FsError e) {
            return false;
        }
    }

    default boolean isDirectory(String path) {
        try {
            return stat(path, true).isDirectory();
        } catch (FsError e) {
            return false;
        }
    }

    default boolean isFile(String path) {
        try {
            return stat(path, true).isRegular();
        } catch (FsError e) {
            return false;
        }
    }

    /** Reads a whole file (used for imports); null when it cannot be read. */
    default byte[] readAll(String path) {
        int fd;
        try {
            fd = open(path, O_RDONLY, 0);
        } catch (FsError e) {
            return null;
        }
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = read(fd, buf, 0, buf.length)) > 0) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (FsError e) {
            return null;
        } finally {
            close(fd);
        }
    }
}
