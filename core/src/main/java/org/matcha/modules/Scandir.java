package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;
import org.matcha.vm.HostFileSystem;
import org.matcha.vm.Interpreter;
import org.matcha.vm.OsErrors;

/** os.scandir's iterator and the DirEntry objects it yields. CPython: Modules/posixmodule.c, ScandirIterator and DirEntry. */
public final class Scandir {
    private Scandir() {}

    static HostFileSystem fs() {
        return Interpreter.current().fileSystem();
    }

    /** posix.ScandirIterator: yields a DirEntry per name; a context manager that close() ends. */
    @PyClass(name = "ScandirIterator")
    public static final class Iterator extends PyIterator {
        public static final PyType TYPE = PyType.builtin("posix.ScandirIterator", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
        }

        private final PosixPath dir;
        private String[] names;
        private int next;

        Iterator(PosixPath dir, String[] names) {
            this.dir = dir;
            this.names = names;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            if (names == null || next >= names.length) {
                names = null;
                return null;
            }
            return new DirEntry(dir, names[next++]);
        }

        @PyMethod
        public PyObject close() {
            names = null;
            return PyNone.NONE;
        }

        @PyMethod
        public PyObject __enter__() {
            return this;
        }

        @PyMethod(sig = "(*args)")
        public PyObject __exit__(PyObject[] args) {
            names = null;
            return PyBool.FALSE;
        }
    }

    /** posix.DirEntry: name and path plus cached lstat/stat answers. */
    @PyClass(name = "DirEntry")
    public static final class DirEntry extends PyObject {
        public static final PyType TYPE = PyType.builtin("posix.DirEntry", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
        }

        private final PosixPath dir;
        private final String name;
        private final String path;
        private HostFileSystem.Stat lstat;
        private HostFileSystem.Stat stat;

        DirEntry(PosixPath dir, String name) {
            this.dir = dir;
            this.name = name;
            String base = dir.path;
            this.path = base.endsWith("/") ? base + name : base + "/" + name;
            try {
                // read now, as readdir's d_type is: later questions answer for the entry as listed
                lstat = fs().stat(path, false);
            } catch (HostFileSystem.FsError e) {
                lstat = null;
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyObject pathObject() {
            return dir.wrap(path);
        }

        private HostFileSystem.Stat lstat() {
            if (lstat == null) {
                try {
                    lstat = fs().stat(path, false);
                } catch (HostFileSystem.FsError e) {
                    throw OsErrors.of(e, pathObject(), null);
                }
            }
            return lstat;
        }

        private HostFileSystem.Stat statOf(boolean follow) {
            if (!follow) {
                return lstat();
            }
            if (stat == null) {
                if (!lstat().isSymlink()) {
                    stat = lstat;
                } else {
                    try {
                        stat = fs().stat(path, true);
                    } catch (HostFileSystem.FsError e) {
                        throw OsErrors.of(e, pathObject(), null);
                    }
                }
            }
            return stat;
        }

        /** The type test behind is_dir/is_file: a vanished target is simply not of the type. */
        private boolean testMode(int wanted, boolean follow) {
            try {
                return (statOf(follow).mode() & HostFileSystem.S_IFMT) == wanted;
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.FileNotFoundError)) {
                    return false;
                }
                throw e;
            }
        }

        @org.matcha.annotations.PyGetter
        public PyObject name() {
            return dir.wrap(name);
        }

        @org.matcha.annotations.PyGetter
        public PyObject path() {
            return pathObject();
        }

        @PyMethod(sig = "(*, follow_symlinks=True)")
        public boolean is_dir(boolean followSymlinks) {
            return testMode(HostFileSystem.S_IFDIR, followSymlinks);
        }

        @PyMethod(sig = "(*, follow_symlinks=True)")
        public boolean is_file(boolean followSymlinks) {
            return testMode(HostFileSystem.S_IFREG, followSymlinks);
        }

        @PyMethod
        public boolean is_symlink() {
            return testMode(HostFileSystem.S_IFLNK, false);
        }

        @PyMethod(sig = "(*, follow_symlinks=True)")
        public PyObject stat(boolean followSymlinks) {
            return PosixModule.statResult(statOf(followSymlinks));
        }

        @PyMethod
        public PyObject inode() {
            return PyInt.of(lstat().ino());
        }

        @PyMethod
        public PyObject __fspath__() {
            return pathObject();
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<DirEntry " + Abstract.repr(name()).toString() + ">");
        }

        @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
        public static PyObject __class_getitem__(PyType cls, PyObject item) {
            return new PyGenericAlias(cls, item);
        }
    }
}
