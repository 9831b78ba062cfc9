package org.matcha.vm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link HostFileSystem} on the JVM's real file system through java.nio, with its own current
 * directory. JVM only: the browser build uses {@link MemoryFileSystem}.
 */
public final class NioFileSystem implements HostFileSystem {
    private static final class OpenFile {
        final Path path;
        final FileChannel channel;
        final boolean readable;
        final boolean writable;
        final boolean append;

        OpenFile(Path path, FileChannel channel, boolean readable, boolean writable, boolean append) {
            this.path = path;
            this.channel = channel;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
        }
    }

    private final Map<Integer, OpenFile> open = new HashMap<>();
    private String cwd;

    public NioFileSystem(String cwd) {
        this.cwd = Path.of(cwd).toAbsolutePath().normalize().toString();
    }

    /** A file system whose current directory is the JVM's. */
    public NioFileSystem() {
        this(System.getProperty("user.dir"));
    }

    private Path resolve(String path) {
        if (path.isEmpty()) {
            throw new FsError(ENOENT, path);
        }
        try {
            return Path.of(cwd).resolve(path);
        } catch (InvalidPathException e) {
            throw new FsError(ENOENT, path);
        }
    }

    /** Maps java.nio's exceptions to the errno Linux would give. */
    private static FsError error(IOException e, String path) {
        return error(e, path, null);
    }

    private static FsError error(IOException e, String path, String path2) {
        if (e instanceof NoSuchFileException) {
            return new FsError(ENOENT, path, path2);
        }
        if (e instanceof FileAlreadyExistsException) {
            return new FsError(EEXIST, path, path2);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return new FsError(ENOTEMPTY, path, path2);
        }
        if (e instanceof NotDirectoryException) {
            return new FsError(ENOTDIR, path, path2);
        }
        if (e instanceof AccessDeniedException) {
            return new FsError(EACCES, path, path2);
        }
        if (e instanceof NotLinkException) {
            return new FsError(EINVAL, path, path2);
        }
        if (e instanceof FileSystemLoopException) {
            return new FsError(ELOOP, path, path2);
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason != null) {
            if (reason.contains("Is a directory")) {
                return new FsError(EISDIR, path, path2);
            }
            if (reason.contains("Not a directory")) {
                return new FsError(ENOTDIR, path, path2);
            }
            if (reason.contains("Directory not empty")) {
                return new FsError(ENOTEMPTY, path, path2);
            }
            if (reason.contains("File exists")) {
                return new FsError(EEXIST, path, path2);
            }
            if (reason.contains("Permission denied")) {
                return new FsError(EACCES, path, path2);
            }
            if (reason.contains("Invalid cross-device link")) {
                return new FsError(EXDEV, path, path2);
            }
            if (reason.contains("File name too long")) {
                return new FsError(ENAMETOOLONG, path, path2);
            }
        }
        return new FsError(EIO, path, path2);
    }

    private OpenFile file(int fd) {
        OpenFile f = open.get(fd);
        if (f == null) {
            throw new FsError(EBADF, null);
        }
        return f;
    }

    private int lowestFreeDescriptor() {
        int fd = 3;
        while (open.containsKey(fd)) {
            fd++;
        }
        return fd;
    }

    @Override
    public int open(String path, int flags, int mode) {
        Path p = resolve(path);
        int access = flags & O_ACCMODE;
        boolean readable = access == O_RDONLY || access == O_RDWR;
        boolean writable = access == O_WRONLY || access == O_RDWR;
        boolean exists = Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p);
        if ((flags & O_CREAT) != 0 && (flags & O_EXCL) != 0 && exists) {
            throw new FsError(EEXIST, path);
        }
        if (Files.isDirectory(p)) {
            if (writable || (flags & O_CREAT) != 0) {
                throw new FsError(EISDIR, path);
            }
            int fd = lowestFreeDescriptor();
            open.put(fd, new OpenFile(p, null, true, false, false));
            return fd;
        }
        if ((flags & O_DIRECTORY) != 0) {
            throw new FsError(exists ? ENOTDIR : ENOENT, path);
        }
        Set<OpenOption> options = new HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if (!writable) {
                options.add(StandardOpenOption.WRITE);
            }
        }
        if ((flags & O_TRUNC) != 0 && writable) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            options.add(LinkOption.NOFOLLOW_LINKS);
        }
        try {
            FileChannel ch = FileChannel.open(p, options);
            if (!exists) {
                applyMode(p, mode & 0777 & ~0022);
            }
            int fd = lowestFreeDescriptor();
            open.put(fd, new OpenFile(p, ch, readable, writable, (flags & O_APPEND) != 0));
            return fd;
        } catch (IOException e) {
            throw error(e, path);
        } catch (UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            throw new FsError(EINVAL, path);
        }
    }

    private static void applyMode(Path p, int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < 9; bit++) {
            if ((mode & (1 << bit)) != 0) {
                perms.add(order[bit]);
            }
        }
        try {
            Files.setPosixFilePermissions(p, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX permissions keeps its defaults
        }
    }

    @Override
    public int read(int fd, byte[] buf, int off, int len) {
        OpenFile f = file(fd);
        if (!f.readable) {
            throw new FsError(EBADF, null);
        }
        if (f.channel == null) {
            throw new FsError(EISDIR, null);
        }
        try {
            int n = f.channel.read(ByteBuffer.wrap(buf, off, len));
            return Math.max(n, 0);
        } catch (IOException e) {
            throw error(e, null);
        }
    }

    @Override
    public int write(int fd, byte[] buf, int off, int len) {
        OpenFile f = file(fd);
        if (!f.writable) {
            throw new FsError(EBADF, null);
        }
        try {
            if (f.append) {
                f.channel.position(f.channel.size());
            }
            ByteBuffer b = ByteBuffer.wrap(buf, off, len);
            int total = 0;
            while (b.hasRemaining()) {
                total += f.channel.write(b);
            }
            return total;
        } catch (IOException e) {
            throw error(e, null);
        }
    }

    @Override
    public long seek(int fd, long offset, int whence) {
        OpenFile f = file(fd);
        if (f.channel == null) {
            return 0;
        }
        try {
            long base;
            switch (whence) {
                case SEEK_SET -> base = 0;
                case SEEK_CUR -> base = f.channel.position();
                case SEEK_END -> base = f.channel.size();
                default -> throw new FsError(EINVAL, null);
            }
            long target = base + offset;
            if (target < 0) {
                throw new FsError(EINVAL, null);
            }
            f.channel.position(target);
            return target;
        } catch (IOException e) {
            throw error(e, null);
        }
    }

    @Override
    public void truncate(int fd, long length) {
        OpenFile f = file(fd);
        if (!f.writable) {
            throw new FsError(EINVAL, null);
        }
        if (length < 0) {
            throw new FsError(EINVAL, null);
        }
        try {
            long size = f.channel.size();
            if (length < size) {
                long pos = f.channel.position();
                f.channel.truncate(length);
                f.channel.position(pos);
            } else if (length > size) {
                f.channel.write(ByteBuffer.wrap(new byte[] {0}), length - 1);
            }
        } catch (IOException e) {
            throw error(e, null);
        }
    }

    @Override
    public void close(int fd) {
        OpenFile f = open.remove(fd);
        if (f == null) {
            throw new FsError(EBADF, null);
        }
        if (f.channel != null) {
            try {
                f.channel.close();
            } catch (IOException e) {
                throw error(e, null);
            }
        }
    }

    @Override
    public Stat fstat(int fd) {
        OpenFile f = file(fd);
        return statPath(f.path, f.path.toString(), true);
    }

    @Override
    public Stat stat(String path, boolean followSymlinks) {
        return statPath(resolve(path), path, followSymlinks);
    }

    private static Stat statPath(Path p, String name, boolean follow) {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:*", opts);
            return new Stat((Integer) a.get("mode"), (Long) a.get("ino"), (Long) a.get("dev"),
                    (Integer) a.get("nlink"), (Integer) a.get("uid"), (Integer) a.get("gid"), (Long) a.get("size"),
                    nanos(a.get("lastAccessTime")), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")));
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return basicStat(p, name, opts);
        } catch (IOException e) {
            throw error(e, name);
        }
    }

    private static Stat basicStat(Path p, String name, LinkOption[] opts) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p,
                    java.nio.file.attribute.BasicFileAttributes.class, opts);
            int type = a.isDirectory() ? S_IFDIR : a.isSymbolicLink() ? S_IFLNK : S_IFREG;
            int perm = a.isDirectory() ? 0755 : 0644;
            return new Stat(type | perm, 0, 0, 1, 0, 0, a.size(), a.lastAccessTime().to(TimeUnit.NANOSECONDS),
                    a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.creationTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            throw error(e, name);
        }
    }

    private static long nanos(Object time) {
        return time instanceof FileTime t ? t.to(TimeUnit.NANOSECONDS) : 0;
    }

    @Override
    public String[] listdir(String path) {
        Path p = resolve(path);
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
            for (Path e : entries) {
                names.add(e.getFileName().toString());
            }
        } catch (IOException e) {
            if (e instanceof NotDirectoryException || (Files.exists(p) && !Files.isDirectory(p))) {
                throw new FsError(ENOTDIR, path);
            }
            throw error(e, path);
        }
        return names.toArray(new String[0]);
    }

    @Override
    public void mkdir(String path, int mode) {
        Path p = resolve(path);
        try {
            Files.createDirectory(p);
            applyMode(p, mode & 0777 & ~0022);
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    @Override
    public void rmdir(String path) {
        Path p = resolve(path);
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsError(Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? ENOTDIR : ENOENT, path);
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    @Override
    public void unlink(String path) {
        Path p = resolve(path);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsError(EISDIR, path);
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    @Override
    public void rename(String from, String to) {
        Path a = resolve(from);
        Path b = resolve(to);
        if (!Files.exists(a, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsError(ENOENT, from, to);
        }
        if (Files.isDirectory(b, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsError(EISDIR, from, to);
        }
        try {
            Files.move(a, b, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw error(e, from, to);
        }
    }

    @Override
    public void utime(String path, long atimeNanos, long mtimeNanos) {
        Path p = resolve(path);
        try {
            Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class).setTimes(
                    FileTime.from(mtimeNanos, TimeUnit.NANOSECONDS), FileTime.from(atimeNanos, TimeUnit.NANOSECONDS),
                    null);
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    @Override
    public void chmod(String path, int mode) {
        Path p = resolve(path);
        if (!Files.exists(p)) {
            throw new FsError(ENOENT, path);
        }
        applyMode(p, mode);
    }

    @Override
    public String readlink(String path) {
        try {
            return Files.readSymbolicLink(resolve(path)).toString();
        } catch (IOException e) {
            throw error(e, path);
        } catch (UnsupportedOperationException e) {
            throw new FsError(EINVAL, path);
        }
    }

    @Override
    public void symlink(String target, String link) {
        try {
            Files.createSymbolicLink(resolve(link), Path.of(target));
        } catch (IOException e) {
            throw error(e, target, link);
        } catch (UnsupportedOperationException | InvalidPathException e) {
            throw new FsError(EPERM, target, link);
        }
    }

    @Override
    public String getcwd() {
        return cwd;
    }

    @Override
    public void chdir(String path) {
        Path p = resolve(path);
        if (!Files.exists(p)) {
            throw new FsError(ENOENT, path);
        }
        if (!Files.isDirectory(p)) {
            throw new FsError(ENOTDIR, path);
        }
        cwd = p.normalize().toString();
    }

    /** Closes every descriptor still open (at interpreter exit). */
    public void closeAll() {
        for (OpenFile f : open.values()) {
            if (f.channel != null) {
                try {
                    f.channel.close();
                } catch (IOException e) {
                    // nothing to report at exit
                }
            }
        }
        open.clear();
    }
}
