package org.matcha.vm;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The file system Python code sees: the host's, with the frozen standard library shown as read-only
 * files under {@link FrozenBundle#LIB_PREFIX} (sys._stdlib_dir), the way Pyodide ships its stdlib as
 * files. Modules keep their frozen code for import; this lets code that reads the stdlib as files
 * work: os.listdir of a package (unittest's test discovery, pkgutil.iter_modules), open(__file__),
 * importlib's PathFinder and importlib.resources. Paths the bundles do not know go to the host.
 */
final class StdlibFiles implements HostFileSystem {
    /** Descriptors of open stdlib files are numbered from here, far above the host's. */
    private static final int FIRST_FD = 1 << 24;
    private static final String ROOT = FrozenBundle.LIB_PREFIX.substring(0, FrozenBundle.LIB_PREFIX.length() - 1);

    private final Host host;
    private final Imports imports;
    private int indexedBundles = -1;
    private final Map<String, FrozenBundle.Entry> files = new HashMap<>();
    private final Map<String, TreeSet<String>> dirs = new HashMap<>();
    private final Map<Integer, OpenFile> open = new HashMap<>();
    private int nextFd = FIRST_FD;

    private static final class OpenFile {
        final byte[] data;
        long pos;

        OpenFile(byte[] data) {
            this.data = data;
        }
    }

    StdlibFiles(Host host, Imports imports) {
        this.host = host;
        this.imports = imports;
    }

    private HostFileSystem base() {
        return host.fileSystem();
    }

    /** (Re)builds the index when bundles were added (the browser fetches one on demand). */
    private void index() {
        if (indexedBundles == imports.frozenBundles.size()) {
            return;
        }
        files.clear();
        dirs.clear();
        for (FrozenBundle b : imports.frozenBundles) {
            for (FrozenBundle.Entry e : b.modules.values()) {
                if (e.sourceLength == 0) {
                    continue; // a bundle built without sources has no files to show
                }
                String path = e.filename();
                files.put(path, e);
                String child = path.substring(path.lastIndexOf('/') + 1);
                for (String dir = path.substring(0, path.lastIndexOf('/')); dir.startsWith(ROOT);
                        dir = dir.substring(0, dir.lastIndexOf('/'))) {
                    dirs.computeIfAbsent(dir, k -> new TreeSet<>()).add(child);
                    child = dir.substring(dir.lastIndexOf('/') + 1);
                }
            }
        }
        indexedBundles = imports.frozenBundles.size();
    }

    /** The absolute, normalised form of path when it may be under the stdlib root; null otherwise. */
    private String underRoot(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        if (!path.startsWith("/")) {
            path = base().getcwd() + "/" + path;
        }
        if (!path.contains(ROOT) && !path.contains("..")) {
            return null;
        }
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(p);
            }
        }
        String norm = "/" + String.join("/", parts);
        if (!norm.equals(ROOT) && !norm.startsWith(FrozenBundle.LIB_PREFIX)) {
            return null;
        }
        index();
        return files.containsKey(norm) || dirs.containsKey(norm) ? norm : null;
    }

    private static Stat fileStat(FrozenBundle.Entry e) {
        return new Stat(S_IFREG | 0444, e.filename().hashCode() & 0x7fffffffL, 0, 1, 0, 0, e.sourceRawLength, 0, 0, 0);
    }

    private static Stat dirStat(String path) {
        return new Stat(S_IFDIR | 0555, path.hashCode() & 0x7fffffffL, 0, 2, 0, 0, 4096, 0, 0, 0);
    }

    @Override
    public int open(String path, int flags, int mode) {
        String p = underRoot(path);
        if (p == null) {
            return base().open(path, flags, mode);
        }
        if ((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC) != 0) {
            throw new FsError(dirs.containsKey(p) ? EISDIR : EROFS, path);
        }
        if (dirs.containsKey(p)) {
            throw new FsError(EISDIR, path);
        }
        if ((flags & O_DIRECTORY) != 0) {
            throw new FsError(ENOTDIR, path);
        }
        int fd = nextFd++;
        open.put(fd, new OpenFile(files.get(p).source()));
        return fd;
    }

    @Override
    public int read(int fd, byte[] buf, int off, int len) {
        OpenFile f = open.get(fd);
        if (f == null) {
            return base().read(fd, buf, off, len);
        }
        int n = (int) Math.max(0, Math.min(len, f.data.length - f.pos));
        System.arraycopy(f.data, (int) Math.min(f.pos, f.data.length), buf, off, n);
        f.pos += n;
        return n;
    }

    @Override
    public int write(int fd, byte[] buf, int off, int len) {
        if (open.containsKey(fd)) {
            throw new FsError(EBADF, null);
        }
        return base().write(fd, buf, off, len);
    }

    @Override
    public long seek(int fd, long offset, int whence) {
        OpenFile f = open.get(fd);
        if (f == null) {
            return base().seek(fd, offset, whence);
        }
        long target = switch (whence) {
            case SEEK_SET -> offset;
            case SEEK_CUR -> f.pos + offset;
            case SEEK_END -> f.data.length + offset;
            default -> throw new FsError(EINVAL, null);
        };
        if (target < 0) {
            throw new FsError(EINVAL, null);
        }
        f.pos = target;
        return target;
    }

    @Override
    public void truncate(int fd, long length) {
        if (open.containsKey(fd)) {
            throw new FsError(EINVAL, null);
        }
        base().truncate(fd, length);
    }

    @Override
    public void close(int fd) {
        if (open.remove(fd) == null) {
            base().close(fd);
        }
    }

    @Override
    public Stat fstat(int fd) {
        OpenFile f = open.get(fd);
        if (f == null) {
            return base().fstat(fd);
        }
        return new Stat(S_IFREG | 0444, fd, 0, 1, 0, 0, f.data.length, 0, 0, 0);
    }

    @Override
    public Stat stat(String path, boolean followSymlinks) {
        String p = underRoot(path);
        if (p == null) {
            return base().stat(path, followSymlinks);
        }
        FrozenBundle.Entry e = files.get(p);
        return e != null ? fileStat(e) : dirStat(p);
    }

    @Override
    public String[] listdir(String path) {
        String p = underRoot(path);
        if (p == null) {
            return base().listdir(path);
        }
        TreeSet<String> names = dirs.get(p);
        if (names == null) {
            throw new FsError(ENOTDIR, path);
        }
        return names.toArray(new String[0]);
    }

    /** Changes to the stdlib's files fail as on a read-only mount. */
    private void refuseChange(String path) {
        if (underRoot(path) != null) {
            throw new FsError(EROFS, path);
        }
    }

    @Override
    public void mkdir(String path, int mode) {
        if (underRoot(path) != null) {
            throw new FsError(EEXIST, path);
        }
        base().mkdir(path, mode);
    }

    @Override
    public void rmdir(String path) {
        refuseChange(path);
        base().rmdir(path);
    }

    @Override
    public void unlink(String path) {
        refuseChange(path);
        base().unlink(path);
    }

    @Override
    public void rename(String from, String to) {
        refuseChange(from);
        refuseChange(to);
        base().rename(from, to);
    }

    @Override
    public void utime(String path, long atimeNanos, long mtimeNanos) {
        refuseChange(path);
        base().utime(path, atimeNanos, mtimeNanos);
    }

    @Override
    public void chmod(String path, int mode) {
        refuseChange(path);
        base().chmod(path, mode);
    }

    @Override
    public String readlink(String path) {
        if (underRoot(path) != null) {
            throw new FsError(EINVAL, path);
        }
        return base().readlink(path);
    }

    @Override
    public void symlink(String target, String link) {
        if (underRoot(link) != null) {
            throw new FsError(EEXIST, link);
        }
        base().symlink(target, link);
    }

    @Override
    public String getcwd() {
        return base().getcwd();
    }

    @Override
    public void chdir(String path) {
        base().chdir(path);
    }

    @Override
    public boolean isatty(int fd) {
        return !open.containsKey(fd) && base().isatty(fd);
    }
}
