package org.matcha.vm;

import org.matcha.objects.Codecs;

/**
 * Descriptor-level I/O as os.read/os.write and FileIO see it: descriptors 0, 1 and 2 go to the
 * host's standard streams, every other descriptor to the {@link HostFileSystem}. Failures throw
 * {@link HostFileSystem.FsError}; callers turn them into OSError with {@link OsErrors}.
 */
public final class FileDescriptors {
    private final Host host;
    /** Bytes of standard input read from the host but not yet consumed. */
    private byte[] stdinPending = new byte[0];
    private int stdinPos;
    /** An incomplete UTF-8 sequence at the end of the last write to fd 1 or 2. */
    private final byte[][] partial = {null, new byte[0], new byte[0]};

    /** The file system descriptors 3 and up belong to: the host's, with the stdlib files shown. */
    private HostFileSystem fileSystem;

    public FileDescriptors(Host host) {
        this.host = host;
    }

    void useFileSystem(HostFileSystem fs) {
        this.fileSystem = fs;
    }

    public static boolean isStandard(int fd) {
        return fd >= 0 && fd <= 2;
    }

    public HostFileSystem fileSystem() {
        return fileSystem != null ? fileSystem : host.fileSystem();
    }

    public int read(int fd, byte[] buf, int off, int len) {
        if (fd == 0) {
            if (stdinPos >= stdinPending.length) {
                String line = host.readLine();
                if (line == null) {
                    return 0;
                }
                stdinPending = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                stdinPos = 0;
            }
            int n = Math.min(len, stdinPending.length - stdinPos);
            System.arraycopy(stdinPending, stdinPos, buf, off, n);
            stdinPos += n;
            return n;
        }
        if (fd == 1 || fd == 2) {
            throw new HostFileSystem.FsError(HostFileSystem.EBADF, null);
        }
        return fileSystem().read(fd, buf, off, len);
    }

    public int write(int fd, byte[] buf, int off, int len) {
        if (fd == 1 || fd == 2) {
            byte[] held = partial[fd];
            byte[] all = new byte[held.length + len];
            System.arraycopy(held, 0, all, 0, held.length);
            System.arraycopy(buf, off, all, held.length, len);
            int complete = completeUtf8Prefix(all);
            byte[] head = java.util.Arrays.copyOf(all, complete);
            partial[fd] = java.util.Arrays.copyOfRange(all, complete, all.length);
            String text = Codecs.decode(head, "utf-8", "replace").toString();
            if (fd == 1) {
                host.writeStdout(text);
            } else {
                host.writeStderr(text);
            }
            return len;
        }
        if (fd == 0) {
            throw new HostFileSystem.FsError(HostFileSystem.EBADF, null);
        }
        return fileSystem().write(fd, buf, off, len);
    }

    /** The length of the prefix of b that does not end inside a UTF-8 sequence still being written. */
    public static int completeUtf8Prefix(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int x = b[n - back] & 0xff;
            if ((x & 0xC0) == 0x80) {
                continue;
            }
            int need = x >= 0xF0 && x <= 0xF4 ? 4 : x >= 0xE0 && x <= 0xEF ? 3 : x >= 0xC2 && x <= 0xDF ? 2 : 1;
            return need > back ? n - back : n;
        }
        return n;
    }

    public long seek(int fd, long offset, int whence) {
        if (isStandard(fd)) {
            throw new HostFileSystem.FsError(HostFileSystem.ESPIPE, null);
        }
        return fileSystem().seek(fd, offset, whence);
    }

    public void close(int fd) {
        if (isStandard(fd)) {
            return;
        }
        fileSystem().close(fd);
    }

    public HostFileSystem.Stat fstat(int fd) {
        if (isStandard(fd)) {
            return new HostFileSystem.Stat(HostFileSystem.S_IFCHR | 0620, 0, 0, 1, 0, 0, 0, 0, 0, 0);
        }
        return fileSystem().fstat(fd);
    }

    public boolean isatty(int fd) {
        return !isStandard(fd) && fileSystem().isatty(fd);
    }
}
