package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/**
 * _io._IOBase, and the Java base class of every _io object: a type, an instance __dict__ and the
 * generic methods written in terms of the object's own Python-visible read/readline/write/seek,
 * so Python subclasses that override those work. CPython: Modules/_io/iobase.c.
 */
@PyClass(name = "_io._IOBase")
public class IOBase extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io._IOBase", PyType.OBJECT, IOBase::new);

    static {
        TYPE.hasInstanceDict = true;
        TYPE.weakrefable = true;
    }

    private final PyType type;
    private PyDict dict;

    protected IOBase(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    // ---- state helpers used by the subclasses ----

    /** The closed attribute as Python sees it (subclasses may override the property). */
    static boolean isClosed(PyObject self) {
        return Abstract.isTrue(Abstract.getAttr(self, "closed"));
    }

    static void checkClosed(PyObject self) {
        if (isClosed(self)) {
            throw IoSupport.closedFile();
        }
    }

    static void checkReadable(PyObject self) {
        if (!Abstract.isTrue(IoSupport.callMethod(self, "readable"))) {
            throw IoSupport.unsupported("File or stream is not readable.");
        }
    }

    static void checkWritable(PyObject self) {
        if (!Abstract.isTrue(IoSupport.callMethod(self, "writable"))) {
            throw IoSupport.unsupported("File or stream is not writable.");
        }
    }

    static void checkSeekable(PyObject self) {
        if (!Abstract.isTrue(IoSupport.callMethod(self, "seekable"))) {
            throw IoSupport.unsupported("File or stream is not seekable.");
        }
    }

    /** _IOBase's own closed flag, kept as __IOBase_closed in the instance dict as CPython does. */
    private boolean baseClosed() {
        PyDict d = dict();
        PyObject v = d == null ? null : d.getItem("__IOBase_closed");
        return v != null && Abstract.isTrue(v);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    @PyGetter
    public PyObject closed() {
        return PyBool.of(baseClosed());
    }

    @PyMethod(sig = "(*args)")
    public PyObject seek(PyObject[] args) {
        throw IoSupport.unsupported("seek");
    }

    @PyMethod
    public PyObject tell() {
        return IoSupport.callMethod(this, "seek", PyInt.of(0), PyInt.of(1));
    }

    @PyMethod(sig = "(*args)")
    public PyObject truncate(PyObject[] args) {
        throw IoSupport.unsupported("truncate");
    }

    @PyMethod
    public PyObject flush() {
        if (baseClosed()) {
            throw IoSupport.closedFile();
        }
        return PyNone.NONE;
    }

    /** Flushes, then marks the object closed even when flush fails. CPython: _io__IOBase_close_impl. */
    @PyMethod
    public PyObject close() {
        if (baseClosed()) {
            return PyNone.NONE;
        }
        try {
            IoSupport.callMethod(this, "flush");
        } finally {
            dict().setItem("__IOBase_closed", PyBool.TRUE);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public boolean seekable() {
        return false;
    }

    @PyMethod
    public boolean readable() {
        return false;
    }

    @PyMethod
    public boolean writable() {
        return false;
    }

    @PyMethod(sig = "(*args)")
    public PyObject _checkClosed(PyObject[] args) {
        checkClosed(this);
        return PyNone.NONE;
    }

    @PyMethod(sig = "(*args)")
    public PyObject _checkSeekable(PyObject[] args) {
        checkSeekable(this);
        return PyBool.TRUE;
    }

    @PyMethod(sig = "(*args)")
    public PyObject _checkReadable(PyObject[] args) {
        checkReadable(this);
        return PyBool.TRUE;
    }

    @PyMethod(sig = "(*args)")
    public PyObject _checkWritable(PyObject[] args) {
        checkWritable(this);
        return PyBool.TRUE;
    }

    @PyMethod
    public PyObject fileno() {
        throw IoSupport.unsupported("fileno");
    }

    @PyMethod
    public boolean isatty() {
        checkClosed(this);
        return false;
    }

    @PyMethod
    public PyObject __enter__() {
        checkClosed(this);
        return this;
    }

    @PyMethod(sig = "(*args)")
    public PyObject __exit__(PyObject[] args) {
        return IoSupport.callMethod(this, "close");
    }

    @PyMethod
    public PyObject __iter__() {
        checkClosed(this);
        return this;
    }

    @PyMethod
    public PyObject __next__() {
        PyObject line = IoSupport.callMethod(this, "readline");
        if (line == PyNone.NONE || Abstract.len(line) == 0) {
            throw Errors.stopIteration(null);
        }
        return line;
    }

    /** Byte-at-a-time (or peek-guided) readline over self.read. CPython: _io__IOBase_readline_impl. */
    @PyMethod(sig = "(size=-1, /)")
    public PyObject readline(PyObject sizeArg) {
        long limit = IoSupport.optionalSize(sizeArg);
        PyObject peek = Abstract.lookupAttrOrNull(this, "peek");
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        while (limit < 0 || buffer.size() < limit) {
            long nreadahead = 1;
            if (peek != null) {
                PyObject readahead = Abstract.call(peek, PyInt.of(1));
                if (!(readahead instanceof PyBytes ra)) {
                    throw Errors.of(org.matcha.objects.ExceptionTypes.OSError,
                            "peek() should have returned a bytes object, not '" + readahead.type().name + "'");
                }
                byte[] buf = ra.bytes;
                if (buf.length > 0) {
                    int n = 0;
                    while (n < buf.length && (limit < 0 || n < limit)) {
                        if (buf[n++] == '\n') {
                            break;
                        }
                    }
                    nreadahead = n;
                }
            }
            PyObject b = IoSupport.callMethod(this, "read", PyInt.of(nreadahead));
            if (b == PyNone.NONE) {
                break;
            }
            if (!(b instanceof PyBytes bytes)) {
                throw Errors.of(org.matcha.objects.ExceptionTypes.OSError,
                        "read() should have returned a bytes object, not '" + b.type().name + "'");
            }
            if (bytes.bytes.length == 0) {
                break;
            }
            buffer.write(bytes.bytes, 0, bytes.bytes.length);
            if (bytes.bytes[bytes.bytes.length - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(buffer.toByteArray());
    }

    /** CPython: _io__IOBase_readlines_impl. */
    @PyMethod(sig = "(hint=-1, /)")
    public PyObject readlines(PyObject hintArg) {
        long hint = IoSupport.optionalSize(hintArg);
        PyList result = new PyList();
        PyObject it = Abstract.iter(this);
        long length = 0;
        PyObject line;
        while ((line = Abstract.next(it)) != null) {
            result.append(line);
            if (hint > 0) {
                long lineLength = Abstract.len(line);
                if (lineLength > hint - length) {
                    break;
                }
                length += lineLength;
            }
        }
        return result;
    }

    @PyMethod(sig = "(lines, /)")
    public PyObject writelines(PyObject lines) {
        checkClosed(this);
        PyObject it = Abstract.iter(lines);
        PyObject line;
        while ((line = Abstract.next(it)) != null) {
            IoSupport.callMethod(this, "write", line);
        }
        return PyNone.NONE;
    }

    /** Used by subclasses to run a close step and keep the first error. */
    static PyException firstError(PyException first, PyException next) {
        return first != null ? first : next;
    }

    static PyByteArray newByteArray(int size) {
        return new PyByteArray(new byte[size]);
    }
}
