package org.matcha.wasi;

import org.matcha.vm.HostFileSystem;

/**
 * The file system of the WASI build: wasi-libc's POSIX calls, which resolve every path against the
 * directories the runtime preopened ({@code wasmtime run --dir=...}) and keep the current directory.
 * A path outside every preopen fails with EACCES (WASI's ENOTCAPABLE) or ENOENT, which the VM
 * raises as PermissionError or FileNotFoundError.
 */
final class WasiFileSystem implements HostFileSystem {
    private static int check(int result, String path) {
        if (result < 0) {
            throw new FsError(-result, path);
        }
        return result;
    }

    @Override
    public int open(String path, int flags, int mode) {
        return check(Libc.open(Libc.path(path), flags, mode), path);
    }

    @Override
    public int read(int fd, byte[] buf, int off, int len) {
        if (len == 0) {
            return 0;
        }
        return check(Libc.read(fd, buf, off, len), null);
    }

    @Override
    public int write(int fd, byte[] buf, int off, int len) {
        if (len == 0) {
            return 0;
        }
        return check(Libc.write(fd, buf, off, len), null);
    }

    @Override
    public long seek(int fd, long offset, int whence) {
        long r = Libc.seek(fd, offset, whence);
        if (r < 0) {
            throw new FsError((int) -r, null);
        }
        return r;
    }

    @Override
    public void truncate(int fd, long length) {
        check(Libc.ftruncate(fd, length), null);
    }

    @Override
    public void close(int fd) {
        check(Libc.close(fd), null);
    }

    private static Stat toStat(long[] f) {
        return new Stat((int) f[0], f[1], f[2], (int) f[3], (int) f[4], (int) f[5], f[6], f[7], f[8], f[9]);
    }

    @Override
    public Stat fstat(int fd) {
        long[] f = new long[10];
        check(Libc.fstat(fd, f), null);
        return toStat(f);
    }

    @Override
    public Stat stat(String path, boolean followSymlinks) {
        long[] f = new long[10];
        check(Libc.stat(Libc.path(path), followSymlinks ? 1 : 0, f), path);
        return toStat(f);
    }

    @Override
    public String[] listdir(String path) {
        byte[] p = Libc.path(path);
        return Libc.nulSeparated((out, capacity) -> Libc.listdir(p, out, capacity), path);
    }

    @Override
    public void mkdir(String path, int mode) {
        check(Libc.mkdir(Libc.path(path), mode), path);
    }

    @Override
    public void rmdir(String path) {
        check(Libc.rmdir(Libc.path(path)), path);
    }

    @Override
    public void unlink(String path) {
        check(Libc.unlink(Libc.path(path)), path);
    }

    @Override
    public void rename(String from, String to) {
        int r = Libc.rename(Libc.path(from), Libc.path(to));
        if (r < 0) {
            throw new FsError(-r, from, to);
        }
    }

    @Override
    public void utime(String path, long atimeNanos, long mtimeNanos) {
        check(Libc.utime(Libc.path(path), atimeNanos, mtimeNanos), path);
    }

    /** WASI has no permission bits: chmod only checks that the path exists. */
    @Override
    public void chmod(String path, int mode) {
        stat(path, true);
    }

    @Override
    public String readlink(String path) {
        byte[] buf = new byte[4096];
        int n = check(Libc.readlink(Libc.path(path), buf, buf.length), path);
        return new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void symlink(String target, String link) {
        int r = Libc.symlink(Libc.path(target), Libc.path(link));
        if (r < 0) {
            throw new FsError(-r, target, link);
        }
    }

    @Override
    public String getcwd() {
        byte[] buf = new byte[4096];
        int n = Libc.getcwd(buf, buf.length);
        return n < 0 ? "/" : new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * wasi-libc's chdir appends the path to its current folder as written, so after {@code chdir("a")}
     * and {@code chdir("..")} getcwd() says ".../a/.." and relative paths break once "a" is removed.
     * The call is made as given (the same errors as Linux's), then again with "." and ".." resolved.
     */
    @Override
    public void chdir(String path) {
        check(Libc.chdir(Libc.path(path)), path);
        Libc.chdir(Libc.path(withoutDots(getcwd())));
    }

    /** An absolute path with its "." and ".." names resolved by name. */
    private static String withoutDots(String absolute) {
        java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
        for (String name : absolute.split("/")) {
            if (name.equals("..")) {
                names.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.addLast(name);
            }
        }
        return "/" + String.join("/", names);
    }

    @Override
    public boolean isatty(int fd) {
        return Libc.isatty(fd) != 0;
    }
}
