package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * The error handlers every codec knows: strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, namereplace, surrogateescape and surrogatepass. Each returns the
 * replacement (str or bytes) and the position to resume at, or raises. CPython: Python/codecs.c
 * (PyCodec_StrictErrors ... PyCodec_SurrogateEscapeErrors).
 */
public final class BuiltinErrorHandlers {
    private BuiltinErrorHandlers() {}

    public static final int STRICT = 0;
    public static final int IGNORE = 1;
    public static final int REPLACE = 2;
    public static final int BACKSLASHREPLACE = 3;
    public static final int XMLCHARREFREPLACE = 4;
    public static final int NAMEREPLACE = 5;
    public static final int SURROGATEESCAPE = 6;
    public static final int SURROGATEPASS = 7;

    /** The names under which they are registered. */
    static final String[] NAMES = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
        "namereplace", "surrogateescape", "surrogatepass"};
    /** The names of the functions lookup_error returns. */
    static final String[] FUNCTION_NAMES = {"strict_errors", "ignore_errors", "replace_errors",
        "backslashreplace_errors", "xmlcharrefreplace_errors", "namereplace_errors", "surrogateescape",
        "surrogatepass"};

    /** The handler number of a builtin name, or -1. */
    static int byName(String errors) {
        if (errors == null) {
            return STRICT;
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(errors)) {
                return i;
            }
        }
        return -1;
    }

    /** The result of a handler: replacement (str or bytes) and the position to resume at. */
    record Result(PyObject replacement, int newPos) {
        PyObject toTuple() {
            return PyTuple.of(replacement, PyInt.of(newPos));
        }
    }

    /** The builtin function object for handler number {@code id} (what lookup_error returns). */
    static PyObject makeFunction(int id) {
        String fname = FUNCTION_NAMES[id];
        ArgSpec spec = new ArgSpec(fname, new String[] {"exc"}, new int[] {ArgSpec.POSONLY}, new boolean[] {true});
        return new PyBuiltinFunctionObject(new HandlerFunction(fname, spec, id), null);
    }

    /** A builtin handler as Python sees it: called with the exception object. */
    static final class HandlerFunction extends PyBuiltinFunction {
        final int id;

        HandlerFunction(String name, ArgSpec spec, int id) {
            super(name, spec);
            this.id = id;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            PyObject exc = spec.bind(args, kwnames)[0];
            if (id == STRICT) {
                if (exc instanceof PyBaseException e) {
                    throw new PyException(e);
                }
                throw Errors.typeError("codec must pass exception instance");
            }
            UnicodeErrorInfo info = UnicodeErrorInfo.fromException(exc);
            if (info == null) {
                throw Errors.typeError("don't know how to handle " + exc.type().name + " in error callback");
            }
            return apply(id, info).toTuple();
        }
    }

    static PyException cannotHandle(UnicodeErrorInfo info) {
        PyType t = info.kind == UnicodeErrorInfo.ENCODE ? ExceptionTypes.UnicodeEncodeError
                : info.kind == UnicodeErrorInfo.DECODE ? ExceptionTypes.UnicodeDecodeError
                : ExceptionTypes.UnicodeTranslateError;
        return Errors.typeError("don't know how to handle " + t.name + " in error callback");
    }

    /** Runs handler {@code id} on a failure. */
    static Result apply(int id, UnicodeErrorInfo info) {
        int start = info.start;
        int end = info.end;
        switch (id) {
            case STRICT:
                throw info.raise();
            case IGNORE:
                return new Result(PyStr.EMPTY, end);
            case REPLACE:
                if (info.kind == UnicodeErrorInfo.DECODE) {
                    return new Result(PyStr.ofCodePoints(new int[] {0xFFFD}, 0, 1), end);
                }
                int n = Math.max(0, end - start);
                int[] rep = new int[n];
                java.util.Arrays.fill(rep, info.kind == UnicodeErrorInfo.ENCODE ? '?' : 0xFFFD);
                return new Result(PyStr.ofCodePoints(rep, 0, n), end);
            case BACKSLASHREPLACE:
                return backslashReplace(info);
            case XMLCHARREFREPLACE:
                if (info.kind != UnicodeErrorInfo.ENCODE) {
                    throw cannotHandle(info);
                }
                StringBuilder x = new StringBuilder();
                for (int i = start; i < end; i++) {
                    x.append("&#").append(info.text.codePointAt(i)).append(';');
                }
                return new Result(PyStr.of(x.toString()), end);
            case NAMEREPLACE:
                if (info.kind != UnicodeErrorInfo.ENCODE) {
                    throw cannotHandle(info);
                }
                StringBuilder nb = new StringBuilder();
                for (int i = start; i < end; i++) {
                    int c = info.text.codePointAt(i);
                    String name = UnicodeNames.name(c);
                    if (name != null) {
                        nb.append("\\N{").append(name).append('}');
                    } else {
                        appendEscape(nb, c);
                    }
                }
                return new Result(PyStr.of(nb.toString()), end);
            case SURROGATEESCAPE:
                return surrogateEscape(info);
            case SURROGATEPASS:
                return SurrogatePass.apply(info);
            default:
                throw new IllegalStateException("no handler " + id);
        }
    }

    /** \xNN, \\uNNNN or \\UNNNNNNNN, lower-case hex. */
    static void appendEscape(StringBuilder b, int c) {
        if (c < 0x100) {
            b.append("\\x").append(hex(c, 2));
        } else if (c < 0x10000) {
            b.append("\\u").append(hex(c, 4));
        } else {
            b.append("\\U").append(hex(c, 8));
        }
    }

    static String hex(int value, int digits) {
        String h = Integer.toHexString(value);
        return h.length() >= digits ? h : "0".repeat(digits - h.length()) + h;
    }

    /** CPython: PyCodec_BackslashReplaceErrors. */
    private static Result backslashReplace(UnicodeErrorInfo info) {
        StringBuilder b = new StringBuilder();
        if (info.kind == UnicodeErrorInfo.DECODE) {
            for (int i = info.start; i < info.end; i++) {
                b.append("\\x").append(hex(info.data[i] & 0xff, 2));
            }
        } else {
            for (int i = info.start; i < info.end; i++) {
                appendEscape(b, info.text.codePointAt(i));
            }
        }
        return new Result(PyStr.of(b.toString()), info.end);
    }

    /** Lone surrogates U+DC80..U+DCFF back to bytes, undecodable bytes to them. CPython: PyCodec_SurrogateEscapeErrors. */
    private static Result surrogateEscape(UnicodeErrorInfo info) {
        if (info.kind == UnicodeErrorInfo.ENCODE) {
            byte[] out = new byte[Math.max(0, info.end - info.start)];
            for (int i = info.start; i < info.end; i++) {
                int c = info.text.codePointAt(i);
                if (c < 0xDC80 || c > 0xDCFF) {
                    throw info.raise();
                }
                out[i - info.start] = (byte) (c - 0xDC00);
            }
            return new Result(new PyBytes(out), info.end);
        }
        if (info.kind == UnicodeErrorInfo.DECODE) {
            int[] cps = new int[4];
            int consumed = 0;
            for (int i = info.start; i < info.end && consumed < 4; i++) {
                int b = info.data[i] & 0xff;
                if (b < 128) {
                    break;
                }
                cps[consumed++] = 0xDC00 + b;
            }
            if (consumed == 0) {
                throw info.raise();
            }
            return new Result(PyStr.ofCodePoints(cps, 0, consumed), info.start + consumed);
        }
        throw cannotHandle(info);
    }
}
