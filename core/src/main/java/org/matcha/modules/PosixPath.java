package org.matcha.modules;

import org.matcha.objects.*;

/**
 * A path argument of a posix function after conversion: a str or bytes path (bytes decoded as
 * UTF-8 with surrogateescape) or, where allowed, a file descriptor. CPython: Modules/posixmodule.c,
 * path_t and path_converter.
 */
final class PosixPath {
    /** The path for the host file system; null for a descriptor. */
    final String path;
    final int fd;
    /** The argument was bytes (or a path-like giving bytes): names come back as bytes. */
    final boolean isBytes;
    /** What error messages name: the str or bytes after os.fspath. */
    final PyObject object;

    private PosixPath(String path, int fd, boolean isBytes, PyObject object) {
        this.path = path;
        this.fd = fd;
        this.isBytes = isBytes;
        this.object = object;
    }

    static PosixPath of(String fname, String argname, PyObject o, boolean allowFd, boolean nullable) {
        if (nullable && o == PyNone.NONE) {
            return new PosixPath(".", -1, false, PyStr.of("."));
        }
        if (allowFd && o instanceof PyInt) {
            return new PosixPath(null, BrokenDownTime.cInt(o), false, o);
        }
        PyObject value = o;
        if (!(o instanceof PyStr) && !(o instanceof PyBytes)) {
            PyObject method = o.type().lookup("__fspath__");
            if (method == null) {
                throw Errors.typeError(fname + ": " + argname + " should be " + expected(allowFd, nullable) + ", not "
                        + o.type().name);
            }
            value = Abstract.call(Abstract.getAttr(o, "__fspath__"));
            if (!(value instanceof PyStr) && !(value instanceof PyBytes)) {
                throw Errors.typeError("expected " + o.type().name + ".__fspath__() to return str or bytes, not "
                        + value.type().name);
            }
        }
        if (value instanceof PyStr s) {
            if (s.toString().indexOf('\0') >= 0) {
                // str goes through PyUnicode_FSConverter, bytes through path_converter's own check
                throw Errors.valueError("embedded null byte");
            }
            return new PosixPath(s.toString(), -1, false, value);
        }
        byte[] b = ((PyBytes) value).bytes;
        for (byte x : b) {
            if (x == 0) {
                throw Errors.valueError(fname + ": embedded null character in " + argname);
            }
        }
        return new PosixPath(decode(b), -1, true, value);
    }

    private static String expected(boolean allowFd, boolean nullable) {
        if (allowFd && nullable) {
            return "string, bytes, os.PathLike, integer or None";
        }
        if (allowFd) {
            return "string, bytes, os.PathLike or integer";
        }
        if (nullable) {
            return "string, bytes, os.PathLike or None";
        }
        return "string, bytes or os.PathLike";
    }

    static String decode(byte[] b) {
        return Codecs.decode(b, "utf-8", "surrogateescape").toString();
    }

    /** A name from the file system as the caller's kind: str, or bytes for a bytes argument. */
    PyObject wrap(String name) {
        return isBytes ? new PyBytes(Codecs.encode(PyStr.of(name), "utf-8", "surrogateescape")) : PyStr.of(name);
    }

    /** os.fspath. CPython: PyOS_FSPath. */
    static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return o;
        }
        PyObject method = o.type().lookup("__fspath__");
        if (method == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().name);
        }
        PyObject value = Abstract.call(Abstract.getAttr(o, "__fspath__"));
        if (!(value instanceof PyStr) && !(value instanceof PyBytes)) {
            throw Errors.typeError("expected " + o.type().name + ".__fspath__() to return str or bytes, not "
                    + value.type().name);
        }
        return value;
    }
}
