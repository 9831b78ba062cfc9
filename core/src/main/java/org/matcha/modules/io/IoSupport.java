package org.matcha.modules.io;

import org.matcha.objects.Abstract;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Codecs;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.vm.HostFileSystem;
import org.matcha.vm.OsErrors;

/** Helpers shared by the _io types. CPython: Modules/_io/_iomodule.c and _iomodule.h. */
final class IoSupport {
    private IoSupport() {}

    static final int DEFAULT_BUFFER_SIZE = 8192;

    private static PyType unsupportedOperation;

    /** io.UnsupportedOperation: class UnsupportedOperation(OSError, ValueError), module "io". */
    static PyType unsupportedOperation() {
        if (unsupportedOperation == null) {
            PyDict ns = new PyDict();
            ns.setItem("__module__", PyStr.of("io"));
            unsupportedOperation = (PyType) Abstract.call(PyType.TYPE, PyStr.of("UnsupportedOperation"),
                    PyTuple.of(ExceptionTypes.OSError, ExceptionTypes.ValueError), ns);
        }
        return unsupportedOperation;
    }

    static PyException unsupported(String message) {
        return new PyException((PyBaseException) Abstract.call(unsupportedOperation(), PyStr.of(message)));
    }

    static PyException closedFile() {
        return Errors.valueError("I/O operation on closed file.");
    }

    static PyException osError(HostFileSystem.FsError e) {
        return OsErrors.of(e, null, null);
    }

    /** obj.name(args...) looked up as Python does, so Python subclasses can override it. */
    static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(obj, name), args);
    }

    /** A size argument that may be None (-1). CPython: _Py_convert_optional_to_ssize_t. */
    static long optionalSize(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '" + o.type().name + "'");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** An index-like argument as a Java long (OverflowError beyond 64 bits). */
    static long asLong(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** The bytes of a bytes-like argument. CPython: PyObject_GetBuffer with PyBUF_SIMPLE. */
    static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof BufferExporter e) {
            return e.bufferCopy();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** A writable buffer for readinto(). */
    static BufferExporter writableBuffer(PyObject o) {
        if (o instanceof BufferExporter e && !(o instanceof PyBytes)) {
            if (e.bufferReadonly()) {
                throw Errors.typeError("readinto() argument must be read-write bytes-like object, not "
                        + o.type().name);
            }
            return e;
        }
        throw Errors.typeError("readinto() argument must be read-write bytes-like object, not " + o.type().name);
    }

    /** Copies data into a writable buffer at its start. */
    static void copyInto(BufferExporter target, byte[] data, int off, int len) {
        System.arraycopy(data, off, target.bufferArray(), target.bufferOffset(), len);
    }

    static PyBytes bytes(byte[] data, int off, int len) {
        return new PyBytes(java.util.Arrays.copyOfRange(data, off, off + len));
    }

    /** repr of the object's name attribute for reprs, or null when it has none. */
    static String nameRepr(PyObject self) {
        PyObject name;
        try {
            name = Abstract.lookupAttrOrNull(self, "name");
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ValueError)) {
                return null;
            }
            throw e;
        }
        return name == null ? null : Abstract.reprString(name);
    }

    /** Checks the result of a read() call on a wrapped object is bytes (or None). */
    static PyObject checkBytesResult(PyObject r, String method) {
        if (r != PyNone.NONE && !(r instanceof PyBytes)) {
            throw Errors.typeError(method + "() should return bytes");
        }
        return r;
    }

    /** os.fspath(o): str and bytes as they are, else type(o).__fspath__(o). CPython: PyOS_FSPath. */
    static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return o;
        }
        PyObject method = o.type().lookup("__fspath__");
        if (method == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().name);
        }
        PyObject r = Abstract.callMethodRaw(method, o);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            throw Errors.typeError("expected " + o.type().name + ".__fspath__() to return str or bytes, not "
                    + r.type().name);
        }
        return r;
    }

    /** A path object as the host's Java string: bytes are UTF-8 with surrogateescape. */
    static String pathString(PyObject fspathResult) {
        String s = fspathResult instanceof PyBytes b ? Codecs.decode(b.bytes, "utf-8", "surrogateescape").toString()
                : ((PyStr) fspathResult).toString();
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return s;
    }
}
