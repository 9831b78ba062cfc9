package org.matcha.wasi;

import org.teavm.interop.Import;
import org.teavm.interop.Unmanaged;
import org.teavm.interop.c.Include;

/**
 * The C functions of src/main/c/matcha_wasi.c, called through TeaVM's C interop. Arrays are passed
 * as pointers to their data ({@code @Unmanaged}: no collection can move them during the call);
 * paths are NUL-terminated UTF-8 ({@link #path}). Failing calls return -errno (Linux numbers).
 */
@Include(value = "matcha_wasi.h", isSystem = false)
final class Libc {
    private Libc() {}

    /** A path as the C side takes it: UTF-8 bytes and a terminating NUL. */
    static byte[] path(String s) {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] z = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, z, 0, utf8.length);
        return z;
    }

    @Import(name = "matcha_write") @Unmanaged
    static native int write(int fd, byte[] data, int offset, int length);

    @Import(name = "matcha_read") @Unmanaged
    static native int read(int fd, byte[] data, int offset, int length);

    @Import(name = "matcha_open") @Unmanaged
    static native int open(byte[] path, int linuxFlags, int mode);

    @Import(name = "matcha_seek") @Unmanaged
    static native long seek(int fd, long offset, int whence);

    @Import(name = "matcha_ftruncate") @Unmanaged
    static native int ftruncate(int fd, long length);

    @Import(name = "matcha_close") @Unmanaged
    static native int close(int fd);

    @Import(name = "matcha_fstat") @Unmanaged
    static native int fstat(int fd, long[] out);

    @Import(name = "matcha_stat") @Unmanaged
    static native int stat(byte[] path, int follow, long[] out);

    @Import(name = "matcha_listdir") @Unmanaged
    static native int listdir(byte[] path, byte[] out, int capacity);

    @Import(name = "matcha_mkdir") @Unmanaged
    static native int mkdir(byte[] path, int mode);

    @Import(name = "matcha_rmdir") @Unmanaged
    static native int rmdir(byte[] path);

    @Import(name = "matcha_unlink") @Unmanaged
    static native int unlink(byte[] path);

    @Import(name = "matcha_rename") @Unmanaged
    static native int rename(byte[] from, byte[] to);

    @Import(name = "matcha_utime") @Unmanaged
    static native int utime(byte[] path, long atimeNanos, long mtimeNanos);

    @Import(name = "matcha_readlink") @Unmanaged
    static native int readlink(byte[] path, byte[] out, int capacity);

    @Import(name = "matcha_symlink") @Unmanaged
    static native int symlink(byte[] target, byte[] link);

    @Import(name = "matcha_getcwd") @Unmanaged
    static native int getcwd(byte[] out, int capacity);

    @Import(name = "matcha_chdir") @Unmanaged
    static native int chdir(byte[] path);

    @Import(name = "matcha_isatty") @Unmanaged
    static native int isatty(int fd);

    /** Nanoseconds: since the epoch, or of the monotonic clock. */
    @Import(name = "matcha_clock") @Unmanaged
    static native long clock(int monotonic);

    @Import(name = "matcha_sleep") @Unmanaged
    static native void sleep(long nanos);

    @Import(name = "matcha_random") @Unmanaged
    static native int random(byte[] out, int length);

    @Import(name = "matcha_environ") @Unmanaged
    static native int environ(byte[] out, int capacity);

    /** libc exit(3): TeaVM's C classlib has no working System.exit. */
    @Import(name = "matcha_exit") @Unmanaged
    static native void exit(int status);

    /** The size of a frozen stdlib bundle linked into the module (tier 0 core, 1 extended). */
    @Import(name = "matcha_stdlib_size") @Unmanaged
    static native int stdlibSize(int tier);

    /** Copies length bytes of a bundle, from offset, into out. */
    @Import(name = "matcha_stdlib_read") @Unmanaged
    static native void stdlibRead(int tier, int offset, int length, byte[] out);

    /** NUL-separated strings from a call that returns the bytes it needed (listdir, environ). */
    interface Filler {
        int fill(byte[] out, int capacity);
    }

    /** Throws FsError(errno, path) when the call failed. */
    static String[] nulSeparated(Filler call, String path) {
        byte[] buf = new byte[4096];
        int n = call.fill(buf, buf.length);
        if (n > buf.length) {
            buf = new byte[n];
            n = call.fill(buf, buf.length);
        }
        if (n < 0) {
            throw new org.matcha.vm.HostFileSystem.FsError(-n, path);
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (buf[i] == 0) {
                out.add(new String(buf, start, i - start, java.nio.charset.StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }
}
