package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * One codec failure: what was being encoded, decoded or translated, the failing range and the
 * reason. The Python exception object is made only when a handler needs it. CPython: the fields of
 * PyUnicodeErrorObject (Objects/exceptions.c).
 */
public final class UnicodeErrorInfo {
    public static final int ENCODE = 0;
    public static final int DECODE = 1;
    public static final int TRANSLATE = 2;

    final int kind;
    final String encoding;
    final PyStr text;
    final byte[] data;
    final int start;
    final int end;
    final String reason;
    private PyBaseException exc;

    UnicodeErrorInfo(int kind, String encoding, PyStr text, byte[] data, int start, int end, String reason,
            PyBaseException exc) {
        this.kind = kind;
        this.encoding = encoding;
        this.text = text;
        this.data = data;
        this.start = start;
        this.end = end;
        this.reason = reason;
        this.exc = exc;
    }

    static UnicodeErrorInfo encode(String encoding, PyStr text, int start, int end, String reason) {
        return new UnicodeErrorInfo(ENCODE, encoding, text, null, start, end, reason, null);
    }

    static UnicodeErrorInfo decode(String encoding, byte[] data, int start, int end, String reason) {
        return new UnicodeErrorInfo(DECODE, encoding, null, data, start, end, reason, null);
    }

    int length() {
        return kind == DECODE ? data.length : text.length();
    }

    /** The exception object (made on first use). */
    public PyBaseException exception() {
        if (exc == null) {
            PyObject s = PyInt.of(start);
            PyObject e = PyInt.of(end);
            PyStr r = PyStr.of(reason);
            exc = switch (kind) {
                case ENCODE -> PyBaseException.create(ExceptionTypes.UnicodeEncodeError, PyStr.of(encoding), text, s, e, r);
                case DECODE -> PyBaseException.create(ExceptionTypes.UnicodeDecodeError, PyStr.of(encoding),
                        new PyBytes(data), s, e, r);
                default -> PyBaseException.create(ExceptionTypes.UnicodeTranslateError, text, s, e, r);
            };
        }
        return exc;
    }

    public PyException raise() {
        return new PyException(exception());
    }

    /**
     * The fields of a Unicode error object passed to an error handler, clamped as CPython's
     * PyUnicodeEncodeError_GetStart/GetEnd do. CPython: Objects/exceptions.c.
     */
    static UnicodeErrorInfo fromException(PyObject o) {
        if (!(o instanceof PyBaseException exc)) {
            return null;
        }
        int kind;
        if (exc.type().isSubtype(ExceptionTypes.UnicodeEncodeError)) {
            kind = ENCODE;
        } else if (exc.type().isSubtype(ExceptionTypes.UnicodeDecodeError)) {
            kind = DECODE;
        } else if (exc.type().isSubtype(ExceptionTypes.UnicodeTranslateError)) {
            kind = TRANSLATE;
        } else {
            return null;
        }
        String encoding = null;
        if (kind != TRANSLATE) {
            PyObject enc = Abstract.getAttr(exc, "encoding");
            if (!(enc instanceof PyStr es)) {
                throw Errors.typeError("encoding attribute must be unicode");
            }
            encoding = es.toString();
        }
        PyObject obj = Abstract.getAttr(exc, "object");
        PyStr text = null;
        byte[] data = null;
        int size;
        if (kind == DECODE) {
            if (obj instanceof PyBytes b) {
                data = b.bytes;
            } else if (obj instanceof BufferExporter) {
                data = PyBytes.asBytes(obj);
            } else {
                throw Errors.typeError("object attribute must be bytes");
            }
            size = data.length;
        } else {
            if (!(obj instanceof PyStr s)) {
                throw Errors.typeError("object attribute must be unicode");
            }
            text = s;
            size = s.length();
        }
        int start = attrInt(exc, "start");
        int end = attrInt(exc, "end");
        if (start < 0) {
            start = 0;
        }
        if (start >= size) {
            start = size == 0 ? 0 : size - 1;
        }
        if (end < 1) {
            end = 1;
        }
        if (end > size) {
            end = size;
        }
        PyObject r = Abstract.getAttr(exc, "reason");
        String reason = r instanceof PyStr rs ? rs.toString() : "";
        return new UnicodeErrorInfo(kind, encoding, text, data, start, end, reason, exc);
    }

    private static int attrInt(PyBaseException exc, String name) {
        PyObject v = Abstract.getAttr(exc, name);
        if (!(v instanceof PyInt)) {
            throw Errors.typeError(name + " attribute must be int");
        }
        return Args.toInt(v);
    }
}
