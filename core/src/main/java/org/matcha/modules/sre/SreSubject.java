package org.matcha.modules.sre;

import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/**
 * A string being matched: the original object (str or bytes-like) and its characters as ints
 * (code points, or byte values). CPython: Modules/_sre/sre.c getstring, getslice.
 */
final class SreSubject {
    final PyObject object;
    final boolean isBytes;
    final int[] text;
    final int length;

    private SreSubject(PyObject object, boolean isBytes, int[] text) {
        this.object = object;
        this.isBytes = isBytes;
        this.text = text;
        this.length = text.length;
    }

    /** One str and its code points. */
    private record Converted(PyStr str, int[] text) {}

    /**
     * The last two strs converted: loops calling match() on one big string convert it once, and so
     * do loops alternating between two (json.loads of two documents runs WHITESPACE.match on each).
     */
    private static Converted recent;
    private static Converted older;

    /** CPython: getstring — a str, or an object exporting a buffer. */
    static SreSubject of(PyObject o) {
        if (o instanceof PyStr s) {
            Converted c = recent;
            if (c == null || c.str != s) {
                Converted o2 = older;
                if (o2 != null && o2.str == s) {
                    older = c;
                    c = o2;
                } else {
                    older = c;
                    c = new Converted(s, s.codePoints());   // read only: may be the str's own array
                }
                recent = c;
            }
            return new SreSubject(o, false, c.text);
        }
        if (o instanceof PyBytes || o instanceof BufferExporter) {
            byte[] b = PyBytes.asBytes(o);
            int[] t = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                t[i] = b[i] & 0xFF;
            }
            return new SreSubject(o, true, t);
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + o.type().name + "'");
    }

    /** The text from {@code i} to {@code j}: a str, or bytes for any bytes-like subject. CPython: getslice. */
    PyObject slice(int i, int j) {
        if (!isBytes) {
            return ((PyStr) object).substring(i, j);
        }
        if (object.type() == PyBytes.TYPE && i == 0 && j == length) {
            return object;
        }
        byte[] out = new byte[j - i];
        for (int k = i; k < j; k++) {
            out[k - i] = (byte) text[k];
        }
        return new PyBytes(out);
    }
}
