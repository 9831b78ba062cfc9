package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * The searching, splitting and rewriting methods shared by bytes and bytearray: installed on bytes by
 * the registry and on bytearray by {@link #installOnByteArray}. A bytearray gets bytearray results.
 * CPython: Objects/bytes_methods.c and Objects/stringlib (find, split, partition, replace, strip).
 */
@PyClass(name = "bytes")
public final class BytesMethods {
    public static final PyType TYPE = PyBytes.TYPE;

    private BytesMethods() {}

    /** Gives bytearray the same methods (with their own descriptors, owned by bytearray). */
    public static void installOnByteArray() {
        BytesMethodsExposed.install(PyByteArray.TYPE);
        ((PyMethodDescriptor) PyByteArray.TYPE.dict().getItem("hex")).fn.spec.withDoc("Create a string of hexadecimal numbers from a bytearray object.\n"
                + BytesSupport.HEX_DOC_PARAMETERS
                + ">>> value = bytearray([0xb9, 0x01, 0xef])\n"
                + BytesSupport.HEX_DOC_EXAMPLE);
        BytesCaseMethods.installOnByteArray();
    }

    /** The sub argument of find()/count()/index(): an int in range(256) or a bytes-like object. */
    private static byte[] subArg(PyObject sub) {
        if (Abstract.hasIndex(sub)) {
            return new byte[] {(byte) BytesSupport.byteValue(sub)};
        }
        if (!(sub instanceof BufferExporter)) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + sub.type().name + "'");
        }
        return PyBytes.asBytes(sub);
    }

    /** CPython: stringlib find with ADJUST_INDICES; -1 when absent. */
    static long find(byte[] d, byte[] sub, PyObject start, PyObject end, boolean reverse) {
        long[] r = BytesSupport.range(start, end, d.length);
        long s = r[0];
        long e = r[1];
        if (e - s < sub.length || s > d.length) {
            return -1;
        }
        return reverse ? BytesSupport.lastIndexOf(d, sub, (int) s, (int) e)
                : BytesSupport.indexOf(d, (int) e, sub, (int) s);
    }

    @PyMethod(sig = "(sub, start=NULL, end=NULL, /)")
    public static long find(PyObject self, PyObject sub, PyObject start, PyObject end) {
        return find(BytesSupport.data(self), subArg(sub), start, end, false);
    }

    @PyMethod(sig = "(sub, start=NULL, end=NULL, /)")
    public static long rfind(PyObject self, PyObject sub, PyObject start, PyObject end) {
        return find(BytesSupport.data(self), subArg(sub), start, end, true);
    }

    @PyMethod(sig = "(sub, start=NULL, end=NULL, /)")
    public static long index(PyObject self, PyObject sub, PyObject start, PyObject end) {
        long i = find(BytesSupport.data(self), subArg(sub), start, end, false);
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    @PyMethod(sig = "(sub, start=NULL, end=NULL, /)")
    public static long rindex(PyObject self, PyObject sub, PyObject start, PyObject end) {
        long i = find(BytesSupport.data(self), subArg(sub), start, end, true);
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    /** CPython: stringlib count, non-overlapping. */
    @PyMethod(sig = "(sub, start=NULL, end=NULL, /)")
    public static long count(PyObject self, PyObject sub, PyObject start, PyObject end) {
        byte[] d = BytesSupport.data(self);
        byte[] n = subArg(sub);
        long[] r = BytesSupport.range(start, end, d.length);
        if (r[0] > d.length || r[1] < r[0]) {
            return 0;
        }
        if (n.length == 0) {
            return r[1] - r[0] + 1;
        }
        long c = 0;
        int i = (int) r[0];
        while ((i = BytesSupport.indexOf(d, (int) r[1], n, i)) >= 0) {
            c++;
            i += n.length;
        }
        return c;
    }

    /** CPython: bytes_methods.c tailmatch. */
    private static boolean tailMatch(byte[] d, PyObject subObj, PyObject start, PyObject end, boolean atEnd) {
        byte[] sub = BytesSupport.buffer(subObj);
        long[] r = BytesSupport.range(start, end, d.length);
        long s = r[0];
        long e = r[1];
        int len = d.length;
        int n = sub.length;
        if (!atEnd) {
            if (s > len - n) {
                return false;
            }
        } else {
            if (e - s < n || s > len) {
                return false;
            }
            if (e - n > s) {
                s = e - n;
            }
        }
        if (e - s < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (d[(int) s + k] != sub[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsOrEnds(PyObject self, PyObject prefix, PyObject start, PyObject end, boolean atEnd) {
        byte[] d = BytesSupport.data(self);
        if (prefix instanceof PyTuple t) {
            for (PyObject item : t.items) {
                if (tailMatch(d, item, start, end, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof BufferExporter)) {
            throw Errors.typeError((atEnd ? "endswith" : "startswith")
                    + " first arg must be bytes or a tuple of bytes, not " + prefix.type().name);
        }
        return tailMatch(d, prefix, start, end, atEnd);
    }

    @PyMethod(sig = "(prefix, start=NULL, end=NULL, /)")
    public static boolean startswith(PyObject self, PyObject prefix, PyObject start, PyObject end) {
        return startsOrEnds(self, prefix, start, end, false);
    }

    @PyMethod(sig = "(suffix, start=NULL, end=NULL, /)")
    public static boolean endswith(PyObject self, PyObject suffix, PyObject start, PyObject end) {
        return startsOrEnds(self, suffix, start, end, true);
    }

    @PyMethod(sig = "(prefix, /)")
    public static PyObject removeprefix(PyObject self, PyObject prefix) {
        byte[] d = BytesSupport.data(self);
        byte[] p = BytesSupport.buffer(prefix);
        if (p.length > 0 && tailMatch(d, prefix, null, null, false)) {
            return BytesSupport.make(self, java.util.Arrays.copyOfRange(d, p.length, d.length));
        }
        return BytesSupport.make(self, d.clone());
    }

    @PyMethod(sig = "(suffix, /)")
    public static PyObject removesuffix(PyObject self, PyObject suffix) {
        byte[] d = BytesSupport.data(self);
        byte[] p = BytesSupport.buffer(suffix);
        if (p.length > 0 && tailMatch(d, suffix, null, null, true)) {
            return BytesSupport.make(self, java.util.Arrays.copyOf(d, d.length - p.length));
        }
        return BytesSupport.make(self, d.clone());
    }

    private static PyObject slice(PyObject self, byte[] d, int from, int to) {
        return BytesSupport.make(self, java.util.Arrays.copyOfRange(d, from, to));
    }

    /** CPython: stringlib split_whitespace / split. */
    @PyMethod(sig = "(sep=None, maxsplit=-1)")
    public static PyObject split(PyObject self, PyObject sep, PyObject maxsplitObj) {
        byte[] d = BytesSupport.data(self);
        long maxsplit = BytesSupport.ssize(maxsplitObj);
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        PyList out = new PyList();
        if (sep == PyNone.NONE) {
            int i = 0;
            int n = d.length;
            while (maxsplit-- > 0) {
                while (i < n && BytesSupport.isSpace(d[i] & 0xff)) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (i < n && !BytesSupport.isSpace(d[i] & 0xff)) {
                    i++;
                }
                out.append(slice(self, d, j, i));
            }
            while (i < n && BytesSupport.isSpace(d[i] & 0xff)) {
                i++;
            }
            if (i != n) {
                out.append(slice(self, d, i, n));
            }
            return out;
        }
        byte[] s = BytesSupport.buffer(sep);
        if (s.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (maxsplit-- > 0) {
            int j = BytesSupport.indexOf(d, d.length, s, i);
            if (j < 0) {
                break;
            }
            out.append(slice(self, d, i, j));
            i = j + s.length;
        }
        out.append(slice(self, d, i, d.length));
        return out;
    }

    /** CPython: stringlib rsplit_whitespace / rsplit. */
    @PyMethod(sig = "(sep=None, maxsplit=-1)")
    public static PyObject rsplit(PyObject self, PyObject sep, PyObject maxsplitObj) {
        byte[] d = BytesSupport.data(self);
        long maxsplit = BytesSupport.ssize(maxsplitObj);
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        java.util.ArrayList<PyObject> parts = new java.util.ArrayList<>();
        if (sep == PyNone.NONE) {
            int i = d.length - 1;
            while (maxsplit-- > 0) {
                while (i >= 0 && BytesSupport.isSpace(d[i] & 0xff)) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                while (i >= 0 && !BytesSupport.isSpace(d[i] & 0xff)) {
                    i--;
                }
                parts.add(slice(self, d, i + 1, j + 1));
            }
            while (i >= 0 && BytesSupport.isSpace(d[i] & 0xff)) {
                i--;
            }
            if (i >= 0) {
                parts.add(slice(self, d, 0, i + 1));
            }
        } else {
            byte[] s = BytesSupport.buffer(sep);
            if (s.length == 0) {
                throw Errors.valueError("empty separator");
            }
            int end = d.length;
            while (maxsplit-- > 0) {
                int j = BytesSupport.lastIndexOf(d, s, 0, end);
                if (j < 0) {
                    break;
                }
                parts.add(slice(self, d, j + s.length, end));
                end = j;
            }
            parts.add(slice(self, d, 0, end));
        }
        PyList out = new PyList();
        for (int k = parts.size() - 1; k >= 0; k--) {
            out.append(parts.get(k));
        }
        return out;
    }

    /** Lines end at \n, \r or \r\n. CPython: stringlib splitlines. */
    @PyMethod(sig = "(keepends=False)")
    public static PyObject splitlines(PyObject self, boolean keepends) {
        byte[] d = BytesSupport.data(self);
        PyList out = new PyList();
        int i = 0;
        while (i < d.length) {
            int j = i;
            while (i < d.length && d[i] != '\n' && d[i] != '\r') {
                i++;
            }
            int eol = i;
            if (i < d.length) {
                if (d[i] == '\r' && i + 1 < d.length && d[i + 1] == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.append(slice(self, d, j, eol));
        }
        return out;
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean reverse) {
        byte[] d = BytesSupport.data(self);
        byte[] s = BytesSupport.buffer(sepObj);
        if (s.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = reverse ? BytesSupport.lastIndexOf(d, s, 0, d.length) : BytesSupport.indexOf(d, d.length, s, 0);
        PyObject empty = BytesSupport.make(self, new byte[0]);
        if (i < 0) {
            PyObject whole = BytesSupport.make(self, d.clone());
            return reverse ? PyTuple.of(empty, BytesSupport.make(self, new byte[0]), whole)
                    : PyTuple.of(whole, empty, BytesSupport.make(self, new byte[0]));
        }
        return PyTuple.of(slice(self, d, 0, i), BytesSupport.make(self, s.clone()), slice(self, d, i + s.length, d.length));
    }

    @PyMethod(sig = "(sep, /)")
    public static PyObject partition(PyObject self, PyObject sep) {
        return partition(self, sep, false);
    }

    @PyMethod(sig = "(sep, /)")
    public static PyObject rpartition(PyObject self, PyObject sep) {
        return partition(self, sep, true);
    }

    /** CPython: bytes_methods.c stringlib_replace (empty old inserts between bytes). */
    @PyMethod(sig = "(old, new, count=-1, /)")
    public static PyObject replace(PyObject self, PyObject oldObj, PyObject newObj, PyObject countObj) {
        byte[] d = BytesSupport.data(self);
        byte[] from = BytesSupport.buffer(oldObj);
        byte[] to = BytesSupport.buffer(newObj);
        long count = BytesSupport.ssize(countObj);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (from.length == 0) {
            int i = 0;
            for (; i <= d.length && count > 0; count--) {
                out.write(to, 0, to.length);
                if (i < d.length) {
                    out.write(d[i]);
                }
                i++;
                if (out.size() > (1 << 28)) {
                    throw Errors.memory();
                }
            }
            if (i < d.length) {
                out.write(d, i, d.length - i);
            }
            return BytesSupport.make(self, out.toByteArray());
        }
        int i = 0;
        while (count > 0) {
            int j = BytesSupport.indexOf(d, d.length, from, i);
            if (j < 0) {
                break;
            }
            out.write(d, i, j - i);
            out.write(to, 0, to.length);
            i = j + from.length;
            count--;
        }
        out.write(d, i, d.length - i);
        return BytesSupport.make(self, out.toByteArray());
    }

    private static PyObject strip(PyObject self, PyObject chars, boolean left, boolean right) {
        byte[] d = BytesSupport.data(self);
        boolean[] set = new boolean[256];
        if (chars == null || chars == PyNone.NONE) {
            for (int c = 0; c < 256; c++) {
                set[c] = BytesSupport.isSpace(c);
            }
        } else {
            for (byte b : BytesSupport.buffer(chars)) {
                set[b & 0xff] = true;
            }
        }
        int i = 0;
        int j = d.length;
        if (left) {
            while (i < j && set[d[i] & 0xff]) {
                i++;
            }
        }
        if (right) {
            while (j > i && set[d[j - 1] & 0xff]) {
                j--;
            }
        }
        return slice(self, d, i, j);
    }

    @PyMethod(sig = "(bytes=None, /)")
    public static PyObject strip(PyObject self, PyObject chars) {
        return strip(self, chars, true, true);
    }

    @PyMethod(sig = "(bytes=None, /)")
    public static PyObject lstrip(PyObject self, PyObject chars) {
        return strip(self, chars, true, false);
    }

    @PyMethod(sig = "(bytes=None, /)")
    public static PyObject rstrip(PyObject self, PyObject chars) {
        return strip(self, chars, false, true);
    }

    /** CPython: stringlib/join.h. */
    @PyMethod(sig = "(iterable_of_bytes, /)")
    public static PyObject join(PyObject self, PyObject iterable) {
        byte[] sep = BytesSupport.data(self);
        if (Abstract.lookupSpecial(iterable, "__iter__") == null
                && Abstract.lookupSpecial(iterable, "__getitem__") == null) {
            throw Errors.typeError("can only join an iterable");
        }
        PyObject[] items = Abstract.toArray(iterable);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof BufferExporter)) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + items[i].type().name + " found");
            }
            if (i > 0) {
                out.write(sep, 0, sep.length);
            }
            byte[] b = PyBytes.asBytes(items[i]);
            out.write(b, 0, b.length);
            if (out.size() > (1 << 28)) {
                throw Errors.memory();
            }
        }
        return BytesSupport.make(self, out.toByteArray());
    }

    /** CPython: bytes_translate_impl. */
    @PyMethod(sig = "(table, /, delete=NULL)")
    public static PyObject translate(PyObject self, PyObject table, PyObject delete) {
        byte[] d = BytesSupport.data(self);
        byte[] t = null;
        if (table != PyNone.NONE) {
            t = BytesSupport.buffer(table);
            if (t.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] del = new boolean[256];
        if (delete != null) {
            for (byte b : BytesSupport.buffer(delete)) {
                del[b & 0xff] = true;
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte b : d) {
            if (!del[b & 0xff]) {
                out.write(t == null ? b : t[b & 0xff]);
            }
        }
        return BytesSupport.make(self, out.toByteArray());
    }

    @PyMethod(kind = PyMethod.Kind.STATICMETHOD, sig = "(frm, to, /)")
    public static PyObject maketrans(PyObject frm, PyObject to) {
        byte[] f = BytesSupport.buffer(frm);
        byte[] t = BytesSupport.buffer(to);
        if (f.length != t.length) {
            throw Errors.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            table[f[i] & 0xff] = t[i];
        }
        return new PyBytes(table);
    }

    @PyMethod(sig = "(encoding='utf-8', errors='strict')")
    public static PyObject decode(PyObject self, String encoding, String errors) {
        return Codecs.decode(BytesSupport.data(self), encoding, errors);
    }

    @PyMethod(sig = "(sep=NULL, bytes_per_sep=1)", doc = "Create a string of hexadecimal numbers from a bytes object.\n"
            + BytesSupport.HEX_DOC_PARAMETERS
            + ">>> value = b'\\xb9\\x01\\xef'\n"
            + BytesSupport.HEX_DOC_EXAMPLE)
    public static PyObject hex(PyObject self, PyObject sep, int bytesPerSep) {
        return BytesSupport.hex(BytesSupport.data(self), sep, bytesPerSep);
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, sig = "(string, /)")
    public static PyObject fromhex(PyObject cls, PyObject string) {
        boolean array = cls instanceof PyType t && t.isSubtype(PyByteArray.TYPE);
        return BytesSupport.fromHexFor(cls, string, array ? PyByteArray.TYPE : PyBytes.TYPE);
    }

    @PyMethod(sig = "(args, /)")
    public static PyObject __mod__(PyObject self, PyObject args) {
        return BytesSupport.make(self, PercentFormat.formatBytes(BytesSupport.data(self), args));
    }

    @PyMethod(sig = "(value, /)")
    public static PyObject __rmod__(PyObject self, PyObject value) {
        return PySingletons.NOT_IMPLEMENTED;
    }
}
