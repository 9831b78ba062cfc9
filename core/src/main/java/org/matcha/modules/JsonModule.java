package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyBuiltinFunctionObject;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStaticMethod;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.vm.Interpreter;

/**
 * The _json accelerator: scanstring, make_scanner (the Scanner type, {@link JsonScanner}),
 * make_encoder (the Encoder type, {@link JsonEncoder}), encode_basestring_ascii and
 * encode_basestring. CPython: Modules/_json.c.
 */
@PyModuleDef(name = "_json")
public final class JsonModule {
    private JsonModule() {}

    public static void init(PyModule m) {
        m.add("make_scanner", JsonScanner.TYPE);
        m.add("make_encoder", JsonEncoder.TYPE);
        // its argument errors say make_encoder(), the name it is created under in _json.c
        if (JsonEncoder.TYPE.dict().getItem("__new__") instanceof PyStaticMethod sm
                && sm.callable instanceof PyBuiltinFunctionObject f) {
            f.fn.spec.setFunctionName("make_encoder");
        }
    }

    /** CPython: py_scanstring. Returns (str, index after the closing quote). */
    @PyMethod(sig = "(string, end, strict=True, /)")
    public static PyObject scanstring(PyObject string, PyObject end, boolean strict) {
        long e = Args.toLong(end);
        if (!(string instanceof PyStr s)) {
            throw Errors.typeError("first argument must be a string, not " + string.type().name);
        }
        if (e < 0 || e > s.length()) {
            throw Errors.valueError("end is out of bounds");
        }
        int[] next = new int[1];
        PyStr value = scanString(s, (int) e, strict, next);
        return PyTuple.of(value, PyInt.of(next[0]));
    }

    /**
     * The JSON string whose opening quote is at {@code end - 1}; next[0] gets the index after its
     * closing quote. CPython: scanstring_unicode.
     */
    static PyStr scanString(PyStr s, int end, boolean strict, int[] nextOut) {
        int len = s.length();
        if (end < 0 || end > len) {
            throw Errors.valueError("end is out of bounds");
        }
        int begin = end - 1;
        int pos = end;
        // code points, not a StringBuilder: an escaped high surrogate followed by a literal low
        // one stays two code points, as in CPython
        int[] out = null;
        int n = 0;
        while (true) {
            int next = pos;
            int c = 0;
            for (; next < len; next++) {
                c = s.codePointAt(next);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw decodeError("Invalid control character at", s, next);
                }
            }
            if (next >= len) {
                throw decodeError("Unterminated string starting at", s, begin);
            }
            if (c == '"' && out == null) {   // no escapes: a slice of the document
                nextOut[0] = next + 1;
                return s.substring(pos, next);
            }
            if (out == null) {
                out = new int[Math.max(16, 2 * (next - pos) + 1)];
            }
            if (n + (next - pos) + 1 > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + (next - pos) + 1));
            }
            for (int k = pos; k < next; k++) {
                out[n++] = s.codePointAt(k);
            }
            if (c == '"') {
                nextOut[0] = next + 1;
                return PyStr.ofCodePoints(out, 0, n);
            }
            next++;
            if (next == len) {
                throw decodeError("Unterminated string starting at", s, begin);
            }
            c = s.codePointAt(next);
            if (c != 'u') {
                pos = next + 1;
                switch (c) {
                    case '"': case '\\': case '/': break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    default: throw decodeError("Invalid \\escape", s, pos - 2);
                }
            } else {
                next++;
                pos = next + 4;
                if (pos >= len) {
                    throw decodeError("Invalid \\uXXXX escape", s, next - 1);
                }
                c = hex4(s, next, pos);
                next = pos;
                // a surrogate pair written as two escapes
                if (c >= 0xD800 && c <= 0xDBFF && pos + 6 < len && s.codePointAt(next) == '\\'
                        && s.codePointAt(next + 1) == 'u') {
                    int c2 = hex4(s, next + 2, pos + 6);
                    if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                        c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
                        pos += 6;
                    }
                }
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = c;
        }
    }

    private static int hex4(PyStr s, int at, int end) {
        int c = 0;
        for (int k = at; k < at + 4; k++) {
            int d = s.codePointAt(k);
            int v = d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10
                    : d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
            if (v < 0) {
                throw decodeError("Invalid \\uXXXX escape", s, end - 5);
            }
            c = (c << 4) | v;
        }
        return c;
    }

    /** json.decoder.JSONDecodeError(msg, doc, pos). CPython: raise_errmsg. */
    static PyException decodeError(String msg, PyObject doc, int pos) {
        PyObject decoder = Interpreter.current().imports.importAbsolute("json.decoder");
        PyObject cls = Abstract.getAttr(decoder, "JSONDecodeError");
        PyObject exc = Abstract.call(cls, PyStr.of(msg), doc, PyInt.of(pos));
        return new PyException((PyBaseException) exc);
    }

    /** CPython: py_encode_basestring_ascii (non-ASCII as \\uXXXX escapes, pairs above the BMP). */
    @PyMethod(sig = "(s, /)")
    public static PyObject encode_basestring_ascii(PyObject s) {
        return encode(s, true);
    }

    /** CPython: py_encode_basestring (only '"', '\\' and control characters escaped). */
    @PyMethod(sig = "(s, /)")
    public static PyObject encode_basestring(PyObject s) {
        return encode(s, false);
    }

    private static PyStr encode(PyObject o, boolean ascii) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("first argument must be a string, not " + o.type().name);
        }
        JsonWriter w = new JsonWriter();
        w.appendQuoted(s, ascii);
        return w.finish();
    }
}
