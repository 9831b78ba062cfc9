package org.matcha.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A POSIX-like file system held in memory: the browser's, which lasts as long as the page. Files,
 * directories and symbolic links with Linux's errors; the root is "/" and the current directory
 * starts there (or wherever the embedder says).
 */
public final class MemoryFileSystem implements HostFileSystem {
    private abstract static class Node {
        final long ino;
        int mode;
        long atime;
        long mtime;
        long ctime;
        int nlink = 1;

        Node(long ino, int mode, long now) {
            this.ino = ino;
            this.mode = mode;
            this.atime = now;
            this.mtime = now;
            this.ctime = now;
        }

        abstract long size();
    }

    private static final class Dir extends Node {
        final Map<String, Node> entries = new LinkedHashMap<>();
        Dir parent;

        Dir(long ino, int perm, long now, Dir parent) {
            super(ino, S_IFDIR | perm, now);
            this.parent = parent == null ? this : parent;
        }

        @Override
        long size() {
            return 4096;
        }
    }

    private static final class FileNode extends Node {
        byte[] data = new byte[0];
        int size;

        FileNode(long ino, int perm, long now) {
            super(ino, S_IFREG | perm, now);
        }

        @Override
        long size() {
            return size;
        }

        void ensureCapacity(long wanted) {
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new FsError(EFBIG, null);
            }
            if (wanted > data.length) {
                byte[] bigger = new byte[(int) Math.max(wanted, Math.min((long) data.length * 2, Integer.MAX_VALUE - 8))];
                System.arraycopy(data, 0, bigger, 0, size);
                data = bigger;
            }
        }
    }

    private static final class Link extends Node {
        final String target;

        Link(long ino, String target, long now) {
            super(ino, S_IFLNK | 0777, now);
            this.target = target;
        }

        @Override
        long size() {
            return target.length();
        }
    }

    private static final class OpenFile {
        final Node node;
        final boolean readable;
        final boolean writable;
        final boolean append;
        long position;

        OpenFile(Node node, boolean readable, boolean writable, boolean append) {
            this.node = node;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
        }
    }

    private static final int MAX_LINKS_FOLLOWED = 40;
    private final LongSupplier clockNanos;
    private final Dir root;
    private final Map<Integer, OpenFile> open = new HashMap<>();
    private long nextIno = 1;
    private String cwd = "/";

    public MemoryFileSystem(LongSupplier clockNanos) {
        this.clockNanos = clockNanos;
        this.root = new Dir(nextIno++, 0755, clockNanos.getAsLong(), null);
    }

    /** Creates a file with its parent directories (for embedders seeding the file system). */
    public void putFile(String path, byte[] data) {
        String abs = absolute(path);
        int slash = abs.lastIndexOf('/');
        if (slash > 0) {
            makeDirs(abs.substring(0, slash));
        }
        int fd = open(abs, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        try {
            write(fd, data, 0, data.length);
        } finally {
            close(fd);
        }
    }

    /** mkdir -p. */
    public void makeDirs(String path) {
        StringBuilder prefix = new StringBuilder();
        for (String part : absolute(path).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            prefix.append('/').append(part);
            if (!isDirectory(prefix.toString())) {
                mkdir(prefix.toString(), 0755);
            }
        }
    }

    public void setCwd(String path) {
        chdir(path);
    }

    private long now() {
        return clockNanos.getAsLong();
    }

    private String absolute(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return cwd.endsWith("/") ? cwd + path : cwd + "/" + path;
    }

    /** The node at path; the last component's link is followed when follow is true. */
    private Node lookup(String path, boolean follow) {
        if (path.isEmpty()) {
            throw new FsError(ENOENT, path);
        }
        int[] budget = {MAX_LINKS_FOLLOWED};
        Node n = walk(root, absolute(path), follow, budget, path);
        if (n == null) {
            throw new FsError(ENOENT, path);
        }
        return n;
    }

    /** Walks from start over the components of path; null when the last component is missing. */
    private Node walk(Dir start, String path, boolean followLast, int[] budget, String original) {
        Dir dir = path.startsWith("/") ? root : start;
        String[] parts = path.split("/");
        Node current = dir;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.equals(".")) {
                if (!(current instanceof Dir)) {
                    throw new FsError(ENOTDIR, original);
                }
                continue;
            }
            if (!(current instanceof Dir d)) {
                throw new FsError(ENOTDIR, original);
            }
            if (part.equals("..")) {
                current = d.parent;
                continue;
            }
            Node next = d.entries.get(part);
            boolean last = isLastComponent(parts, i);
            if (next == null) {
                if (last) {
                    return null;
                }
                throw new FsError(ENOENT, original);
            }
            if (next instanceof Link link && (!last || followLast)) {
                if (--budget[0] < 0) {
                    throw new FsError(ELOOP, original);
                }
                next = walk(d, link.target, true, budget, original);
                if (next == null) {
                    if (last) {
                        return null;
                    }
                    throw new FsError(ENOENT, original);
                }
            }
            current = next;
        }
        if (path.endsWith("/") && !(current instanceof Dir)) {
            throw new FsError(ENOTDIR, original);
        }
        return current;
    }

    private static boolean isLastComponent(String[] parts, int i) {
        for (int j = i + 1; j < parts.length; j++) {
            if (!parts[j].isEmpty() && !parts[j].equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** The directory that holds path's last component, and that component's name. */
    private record Place(Dir dir, String name) {}

    private Place place(String path) {
        if (path.isEmpty()) {
            throw new FsError(ENOENT, path);
        }
        String abs = absolute(path);
        String trimmed = abs;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int slash = trimmed.lastIndexOf('/');
        String parentPath = slash == 0 ? "/" : trimmed.substring(0, slash);
        String name = trimmed.substring(slash + 1);
        Node parent = walk(root, parentPath, true, new int[] {MAX_LINKS_FOLLOWED}, path);
        if (parent == null) {
            throw new FsError(ENOENT, path);
        }
        if (!(parent instanceof Dir d)) {
            throw new FsError(ENOTDIR, path);
        }
        return new Place(d, name);
    }

    private OpenFile file(int fd) {
        OpenFile f = open.get(fd);
        if (f == null) {
            throw new FsError(EBADF, null);
        }
        return f;
    }

    @Override
    public int open(String path, int flags, int mode) {
        if ((flags & O_CREAT) != 0) {
            return openOrCreate(path, flags, mode);
        }
        int access = flags & O_ACCMODE;
        boolean readable = access == O_RDONLY || access == O_RDWR;
        boolean writable = access == O_WRONLY || access == O_RDWR;
        return openNode(lookup(path, (flags & O_NOFOLLOW) == 0), path, flags, mode, readable, writable);
    }

    private int openNode(Node found, String path, int flags, int mode, boolean readable, boolean writable) {
        Node node = found;
        if (node instanceof Dir) {
            if (writable) {
                throw new FsError(EISDIR, path);
            }
        } else if ((flags & O_DIRECTORY) != 0) {
            throw new FsError(ENOTDIR, path);
        }
        if (node instanceof Link) {
            throw new FsError(ELOOP, path);
        }
        if (writable && (flags & O_TRUNC) != 0 && node instanceof FileNode f) {
            f.size = 0;
            f.data = new byte[0];
            f.mtime = now();
        }
        int fd = 3;
        while (open.containsKey(fd)) {
            fd++;
        }
        open.put(fd, new OpenFile(node, readable, writable, (flags & O_APPEND) != 0));
        return fd;
    }

    /** open with O_CREAT: lookup may find nothing, in which case the file is made. */
    private int openOrCreate(String path, int flags, int mode) {
        int access = flags & O_ACCMODE;
        boolean readable = access == O_RDONLY || access == O_RDWR;
        boolean writable = access == O_WRONLY || access == O_RDWR;
        if (path.isEmpty()) {
            throw new FsError(ENOENT, path);
        }
        Node existing = walk(root, absolute(path), true, new int[] {MAX_LINKS_FOLLOWED}, path);
        if (existing != null) {
            if ((flags & O_EXCL) != 0) {
                throw new FsError(EEXIST, path);
            }
            if (existing instanceof Dir) {
                throw new FsError(EISDIR, path);
            }
            return openNode(existing, path, flags, mode, readable, writable);
        }
        if (absolute(path).endsWith("/")) {
            throw new FsError(EISDIR, path);
        }
        Place p = place(path);
        FileNode f = new FileNode(nextIno++, mode & 0777 & ~0022, now());
        p.dir.entries.put(p.name, f);
        p.dir.mtime = now();
        return openNode(f, path, flags & ~O_TRUNC, mode, readable, writable);
    }

    @Override
    public int read(int fd, byte[] buf, int off, int len) {
        OpenFile f = file(fd);
        if (!f.readable) {
            throw new FsError(EBADF, null);
        }
        if (f.node instanceof Dir) {
            throw new FsError(EISDIR, null);
        }
        FileNode n = (FileNode) f.node;
        if (f.position >= n.size) {
            return 0;
        }
        int count = (int) Math.min(len, n.size - f.position);
        System.arraycopy(n.data, (int) f.position, buf, off, count);
        f.position += count;
        return count;
    }

    @Override
    public int write(int fd, byte[] buf, int off, int len) {
        OpenFile f = file(fd);
        if (!f.writable) {
            throw new FsError(EBADF, null);
        }
        FileNode n = (FileNode) f.node;
        if (f.append) {
            f.position = n.size;
        }
        long end = f.position + len;
        n.ensureCapacity(end);
        if (f.position > n.size) {
            java.util.Arrays.fill(n.data, n.size, (int) f.position, (byte) 0);
        }
        System.arraycopy(buf, off, n.data, (int) f.position, len);
        f.position = end;
        if (end > n.size) {
            n.size = (int) end;
        }
        n.mtime = now();
        return len;
    }

    @Override
    public long seek(int fd, long offset, int whence) {
        OpenFile f = file(fd);
        long base;
        switch (whence) {
            case SEEK_SET -> base = 0;
            case SEEK_CUR -> base = f.position;
            case SEEK_END -> base = f.node.size();
            default -> throw new FsError(EINVAL, null);
        }
        long target = base + offset;
        if (target < 0) {
            throw new FsError(EINVAL, null);
        }
        f.position = target;
        return target;
    }

    @Override
    public void truncate(int fd, long length) {
        OpenFile f = file(fd);
        if (!f.writable || !(f.node instanceof FileNode n) || length < 0) {
            throw new FsError(EINVAL, null);
        }
        if (length > n.size) {
            n.ensureCapacity(length);
            java.util.Arrays.fill(n.data, n.size, (int) length, (byte) 0);
        }
        n.size = (int) length;
        n.mtime = now();
    }

    @Override
    public void close(int fd) {
        if (open.remove(fd) == null) {
            throw new FsError(EBADF, null);
        }
    }

    private static Stat statOf(Node n) {
        return new Stat(n.mode, n.ino, 1, n.nlink, 0, 0, n.size(), n.atime, n.mtime, n.ctime);
    }

    @Override
    public Stat fstat(int fd) {
        return statOf(file(fd).node);
    }

    @Override
    public Stat stat(String path, boolean followSymlinks) {
        return statOf(lookup(path, followSymlinks));
    }

    @Override
    public String[] listdir(String path) {
        Node n = lookup(path, true);
        if (!(n instanceof Dir d)) {
            throw new FsError(ENOTDIR, path);
        }
        return d.entries.keySet().toArray(new String[0]);
    }

    @Override
    public void mkdir(String path, int mode) {
        Place p = place(path);
        if (p.name.isEmpty() || p.name.equals(".") || p.name.equals("..") || p.dir.entries.containsKey(p.name)) {
            throw new FsError(EEXIST, path);
        }
        p.dir.entries.put(p.name, new Dir(nextIno++, mode & 0777 & ~0022, now(), p.dir));
        p.dir.mtime = now();
    }

    @Override
    public void rmdir(String path) {
        Place p = place(path);
        if (p.name.equals(".")) {
            throw new FsError(EINVAL, path);
        }
        Node n = p.dir.entries.get(p.name);
        if (n == null) {
            throw new FsError(p.name.isEmpty() || p.name.equals("..") ? EBUSY : ENOENT, path);
        }
        if (!(n instanceof Dir d)) {
            throw new FsError(ENOTDIR, path);
        }
        if (!d.entries.isEmpty()) {
            throw new FsError(ENOTEMPTY, path);
        }
        p.dir.entries.remove(p.name);
        p.dir.mtime = now();
    }

    @Override
    public void unlink(String path) {
        Place p = place(path);
        Node n = p.dir.entries.get(p.name);
        if (n == null) {
            throw new FsError(ENOENT, path);
        }
        if (n instanceof Dir) {
            throw new FsError(EISDIR, path);
        }
        if (absolute(path).endsWith("/")) {
            throw new FsError(ENOTDIR, path);
        }
        p.dir.entries.remove(p.name);
        p.dir.mtime = now();
    }

    @Override
    public void rename(String from, String to) {
        Place a = place(from);
        Node n = a.dir.entries.get(a.name);
        if (n == null) {
            throw new FsError(ENOENT, from, to);
        }
        Place b = place(to);
        Node target = b.dir.entries.get(b.name);
        if (target == n) {
            return;
        }
        if (target instanceof Dir td) {
            if (!(n instanceof Dir)) {
                throw new FsError(EISDIR, from, to);
            }
            if (!td.entries.isEmpty()) {
                throw new FsError(ENOTEMPTY, from, to);
            }
        } else if (target != null && n instanceof Dir) {
            throw new FsError(ENOTDIR, from, to);
        }
        if (n instanceof Dir moving) {
            for (Dir d = b.dir; ; d = d.parent) {
                if (d == moving) {
                    throw new FsError(EINVAL, from, to);
                }
                if (d == root) {
                    break;
                }
            }
            moving.parent = b.dir;
        }
        a.dir.entries.remove(a.name);
        b.dir.entries.put(b.name, n);
        long t = now();
        a.dir.mtime = t;
        b.dir.mtime = t;
        n.ctime = t;
    }

    @Override
    public void utime(String path, long atimeNanos, long mtimeNanos) {
        Node n = lookup(path, true);
        n.atime = atimeNanos;
        n.mtime = mtimeNanos;
    }

    @Override
    public void chmod(String path, int mode) {
        Node n = lookup(path, true);
        n.mode = (n.mode & S_IFMT) | (mode & 07777);
    }

    @Override
    public String readlink(String path) {
        Node n = lookup(path, false);
        if (!(n instanceof Link l)) {
            throw new FsError(EINVAL, path);
        }
        return l.target;
    }

    @Override
    public void symlink(String target, String link) {
        Place p = place(link);
        if (p.dir.entries.containsKey(p.name)) {
            throw new FsError(EEXIST, target, link);
        }
        p.dir.entries.put(p.name, new Link(nextIno++, target, now()));
    }

    @Override
    public String getcwd() {
        return cwd;
    }

    @Override
    public void chdir(String path) {
        Node n = lookup(path, true);
        if (!(n instanceof Dir)) {
            throw new FsError(ENOTDIR, path);
        }
        cwd = canonical(absolute(path));
    }

    /** Removes ".", ".." and repeated slashes (the file system has no symlinked directories in cwd). */
    private static String canonical(String abs) {
        List<String> parts = new ArrayList<>();
        for (String part : abs.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
