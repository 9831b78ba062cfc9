package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;
import org.matcha.vm.FileDescriptors;
import org.matcha.vm.HostFileSystem;
import org.matcha.vm.HostFileSystem.FsError;
import org.matcha.vm.Interpreter;
import org.matcha.vm.OsErrors;

/** _io.FileIO: raw, unbuffered bytes on a descriptor. CPython: Modules/_io/fileio.c. */
@PyClass(name = "_io.FileIO")
public class FileIO extends RawIOBase {
    public static final PyType TYPE = PyType.builtin("_io.FileIO", RawIOBase.TYPE, FileIO::new);

    int fd = -1;
    boolean created;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean closefd = true;
    /** -1 unknown, 0 no, 1 yes (CPython caches the lseek probe). */
    int seekable = -1;

    protected FileIO(PyType type) {
        super(type);
    }

    static FileDescriptors fds() {
        return Interpreter.current().fds;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    /** CPython: _io_FileIO___init___impl. */
    @PyMethod(sig = "(file, mode='r', closefd=True, opener=None)")
    public void __init__(PyObject file, PyObject modeObj, boolean closefdArg, PyObject opener) {
        if (fd >= 0) {
            if (closefd) {
                internalClose();
            } else {
                fd = -1;
            }
        }
        if (file instanceof PyFloat) {
            throw Errors.typeError("integer argument expected, got float");
        }
        int givenFd = -1;
        String path = null;
        if (file instanceof PyInt || (!(file instanceof PyStr) && !(file instanceof PyBytes)
                && file.type().lookup("__index__") != null && file.type().lookup("__fspath__") == null)) {
            long v = IoSupport.asLong(file);
            if (v < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            if (v > Integer.MAX_VALUE) {
                throw Errors.overflow("signed integer is greater than maximum");
            }
            givenFd = (int) v;
        } else {
            path = IoSupport.pathString(IoSupport.fspath(file));
        }
        if (!(modeObj instanceof PyStr modeStr)) {
            throw Errors.typeError("FileIO() argument 'mode' must be str, not " + modeObj.type().name);
        }
        int flags = parseMode(modeStr.toString());
        if (givenFd >= 0) {
            fd = givenFd;
            closefd = closefdArg;
        } else {
            closefd = true;
            if (!closefdArg) {
                throw Errors.valueError("Cannot use closefd=False with file name");
            }
            flags |= HostFileSystem.O_CLOEXEC;
            if (opener == PyNone.NONE) {
                try {
                    fd = Interpreter.current().fileSystem().open(path, flags, 0666);
                } catch (FsError e) {
                    throw OsErrors.of(e, file, null);
                }
            } else {
                PyObject r = Abstract.call(opener, file, PyInt.of(flags));
                if (!(r instanceof PyInt ri)) {
                    throw Errors.typeError("expected integer from opener");
                }
                long v = IoSupport.asLong(ri);
                if (v < 0) {
                    throw Errors.valueError("opener returned " + v);
                }
                fd = (int) v;
            }
        }
        try {
            HostFileSystem.Stat st = fds().fstat(fd);
            if (st.isDirectory()) {
                throw OsErrors.make(HostFileSystem.EISDIR, file, null);
            }
        } catch (FsError e) {
            if (e.errno == HostFileSystem.EBADF) {
                PyException err = OsErrors.of(e, null, null);
                fd = -1;
                throw err;
            }
        } catch (PyException e) {
            if (path != null) {
                internalClose();
            } else {
                fd = -1;
            }
            throw e;
        }
        dict().setItem("name", file);
        if (appending) {
            try {
                fds().seek(fd, 0, HostFileSystem.SEEK_END);
            } catch (FsError e) {
                // CPython ignores lseek failures here (pipes)
            }
        }
    }

    /** Validates a FileIO mode and returns its O_* flags. CPython: the mode loop of fileio_init. */
    private int parseMode(String mode) {
        boolean rwa = false;
        boolean plus = false;
        int flags = 0;
        created = readable = writable = appending = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    if (c == 'x') {
                        created = true;
                        writable = true;
                        flags |= HostFileSystem.O_EXCL | HostFileSystem.O_CREAT;
                    } else if (c == 'r') {
                        readable = true;
                    } else if (c == 'w') {
                        writable = true;
                        flags |= HostFileSystem.O_CREAT | HostFileSystem.O_TRUNC;
                    } else {
                        writable = true;
                        appending = true;
                        flags |= HostFileSystem.O_APPEND | HostFileSystem.O_CREAT;
                    }
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = true;
                    plus = true;
                }
                default -> throw Errors.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        if (readable && writable) {
            flags |= HostFileSystem.O_RDWR;
        } else if (readable) {
            flags |= HostFileSystem.O_RDONLY;
        } else {
            flags |= HostFileSystem.O_WRONLY;
        }
        return flags;
    }

    private static PyException badMode() {
        return Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    private PyException closedError() {
        return Errors.valueError("I/O operation on closed file");
    }

    private void checkOpen() {
        if (fd < 0) {
            throw closedError();
        }
    }

    private static PyException modeError(String action) {
        return IoSupport.unsupported("File not open for " + action);
    }

    private void internalClose() {
        int old = fd;
        fd = -1;
        try {
            fds().close(old);
        } catch (FsError e) {
            throw OsErrors.of(e, null, null);
        }
    }

    // ---- reading ----

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read(PyObject sizeArg) {
        checkOpen();
        if (!readable) {
            throw modeError("reading");
        }
        long size = IoSupport.optionalSize(sizeArg);
        if (size < 0) {
            return readall();
        }
        int n = (int) Math.min(size, Integer.MAX_VALUE - 8);
        byte[] buf = new byte[n];
        int got = readSome(buf, 0, n);
        return got == n ? new PyBytes(buf) : IoSupport.bytes(buf, 0, got);
    }

    int readSome(byte[] buf, int off, int len) {
        if (len == 0) {
            return 0;
        }
        try {
            return fds().read(fd, buf, off, len);
        } catch (FsError e) {
            throw OsErrors.of(e, null, null);
        }
    }

    @PyMethod
    public PyObject readall() {
        checkOpen();
        if (!readable) {
            throw modeError("reading");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        int n;
        while ((n = readSome(chunk, 0, chunk.length)) > 0) {
            out.write(chunk, 0, n);
        }
        return new PyBytes(out.toByteArray());
    }

    @PyMethod(sig = "(buffer, /)")
    public PyObject readinto(PyObject buffer) {
        checkOpen();
        if (!readable) {
            throw modeError("reading");
        }
        BufferExporter target = IoSupport.writableBuffer(buffer);
        byte[] tmp = new byte[target.bufferLength()];
        int n = readSome(tmp, 0, tmp.length);
        IoSupport.copyInto(target, tmp, 0, n);
        return PyInt.of(n);
    }

    // ---- writing ----

    @PyMethod(sig = "(b, /)")
    public PyObject write(PyObject b) {
        checkOpen();
        if (!writable) {
            throw modeError("writing");
        }
        byte[] data = IoSupport.bytesLike(b);
        return PyInt.of(writeAll(data, 0, data.length));
    }

    int writeAll(byte[] data, int off, int len) {
        try {
            return fds().write(fd, data, off, len);
        } catch (FsError e) {
            throw OsErrors.of(e, null, null);
        }
    }

    // ---- positioning ----

    @PyMethod(sig = "(pos, whence=0, /)")
    public PyObject seek(PyObject pos, int whence) {
        if (pos instanceof PyFloat) {
            throw Errors.typeError("an integer is required");
        }
        checkOpen();
        long offset = IoSupport.asLong(pos);
        try {
            return PyInt.of(fds().seek(fd, offset, whence));
        } catch (FsError e) {
            throw OsErrors.of(e, null, null);
        }
    }

    @PyMethod
    @Override
    public PyObject tell() {
        checkOpen();
        try {
            return PyInt.of(fds().seek(fd, 0, HostFileSystem.SEEK_CUR));
        } catch (FsError e) {
            throw OsErrors.of(e, null, null);
        }
    }

    @PyMethod(sig = "(size=None, /)")
    public PyObject truncate(PyObject size) {
        checkOpen();
        if (!writable) {
            throw modeError("writing");
        }
        PyObject target = size == PyNone.NONE ? tell() : size;
        long length = IoSupport.asLong(target);
        try {
            Interpreter.current().fileSystem().truncate(fd, length);
        } catch (FsError e) {
            throw OsErrors.of(e, null, null);
        }
        return target;
    }

    @PyMethod
    @Override
    public boolean seekable() {
        checkOpen();
        if (seekable < 0) {
            try {
                fds().seek(fd, 0, HostFileSystem.SEEK_CUR);
                seekable = 1;
            } catch (FsError e) {
                seekable = 0;
            }
        }
        return seekable == 1;
    }

    @PyMethod
    @Override
    public boolean readable() {
        checkOpen();
        return readable;
    }

    @PyMethod
    @Override
    public boolean writable() {
        checkOpen();
        return writable;
    }

    @PyMethod
    @Override
    public PyObject fileno() {
        checkOpen();
        return PyInt.of(fd);
    }

    @PyMethod
    @Override
    public boolean isatty() {
        checkOpen();
        return fds().isatty(fd);
    }

    /** Runs _RawIOBase.close (flush, mark closed) then closes the descriptor. CPython: _io_FileIO_close_impl. */
    @PyMethod
    @Override
    public PyObject close() {
        PyException flushError = null;
        try {
            super.close();
        } catch (PyException e) {
            flushError = e;
        }
        if (!closefd) {
            fd = -1;
        } else if (fd >= 0) {
            try {
                internalClose();
            } catch (PyException e) {
                flushError = firstError(flushError, e);
            }
        }
        if (flushError != null) {
            throw flushError;
        }
        return PyNone.NONE;
    }

    @PyGetter
    @Override
    public PyObject closed() {
        return PyBool.of(fd < 0);
    }

    @PyGetter(name = "closefd")
    public PyObject closefdAttr() {
        return PyBool.of(closefd);
    }

    @PyGetter
    public PyObject mode() {
        return PyStr.of(modeString());
    }

    String modeString() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    @PyGetter
    public PyObject _blksize() {
        return PyInt.of(IoSupport.DEFAULT_BUFFER_SIZE);
    }

    @PyMethod(sig = "(source, /)")
    public PyObject _dealloc_warn(PyObject source) {
        return PyNone.NONE;
    }

    @PyMethod
    public PyObject __getstate__() {
        throw Errors.typeError("cannot pickle '" + type().name + "' object");
    }

    /** CPython: fileio_repr. */
    @PyMethod
    public PyObject __repr__() {
        String typeName = type().name;
        if (fd < 0) {
            return PyStr.of("<" + typeName + " [closed]>");
        }
        String name = IoSupport.nameRepr(this);
        String tail = " mode='" + modeString() + "' closefd=" + (closefd ? "True" : "False") + ">";
        if (name == null) {
            return PyStr.of("<" + typeName + " fd=" + fd + tail);
        }
        return PyStr.of("<" + typeName + " name=" + name + tail);
    }
}
