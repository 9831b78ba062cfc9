package org.matcha.objects;

/** Shared parts of bytes and bytearray. CPython: Objects/bytes_methods.c. */
final class BytesSupport {
    /** The parameters and "Example:" head shared by the hex() docstrings of bytes, bytearray and memoryview. */
    static final String HEX_DOC_PARAMETERS = "\n"
            + "  sep\n"
            + "    An optional single character or byte to separate hex bytes.\n"
            + "  bytes_per_sep\n"
            + "    How many bytes between separators.  Positive values count from the\n"
            + "    right, negative values count from the left.\n"
            + "\n"
            + "Example:\n";
    /** The doctest lines after {@code >>> value = ...} in those docstrings. */
    static final String HEX_DOC_EXAMPLE = ">>> value.hex()\n"
            + "'b901ef'\n"
            + ">>> value.hex(':')\n"
            + "'b9:01:ef'\n"
            + ">>> value.hex(':', 2)\n"
            + "'b9:01ef'\n"
            + ">>> value.hex(':', -2)\n"
            + "'b901:ef'";

    private BytesSupport() {}

    /**
     * bytes(source, encoding, errors) and bytearray(...). CPython: bytes_new_impl (which asks
     * __bytes__ first) and bytearray___init___impl (which never does).
     */
    /** bytes(x) without the int and str forms: buffers, __bytes__, iterables of ints. CPython: PyObject_Bytes. */
    static byte[] objectBytes(PyObject source) {
        if (source instanceof BufferExporter b) {
            return b.bufferCopy();
        }
        if (source instanceof PyStr || (Abstract.hasIndex(source) && Abstract.lookupSpecial(source, "__bytes__") == null)) {
            throw Errors.typeError("cannot convert '" + source.type().name + "' object to bytes");
        }
        return construct(source, null, null, "bytes");
    }

    static byte[] construct(PyObject source, PyObject encoding, PyObject errors, String what) {
        boolean array = what.equals("bytearray");
        if (source == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        String enc = encoding == null ? null : Args.toJavaString(encoding, what, "encoding");
        String err = errors == null ? null : Args.toJavaString(errors, what, "errors");
        if (source instanceof PyStr s) {
            if (enc == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, enc, err == null ? "strict" : err);
        }
        if (enc != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (err != null) {
            throw Errors.typeError("errors without a string argument");
        }
        if (!array) {
            PyObject bytesMethod = Abstract.lookupSpecial(source, "__bytes__");
            if (bytesMethod != null) {
                PyObject r = Abstract.callMethodRaw(bytesMethod, source);
                if (!(r instanceof PyBytes rb)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
                }
                return rb.bytes;
            }
        }
        if (Abstract.hasIndex(source)) {
            PyInt i = Abstract.index(source);
            if (i.big != null) {
                throw Errors.overflow("cannot fit 'int' into an index-sized integer");
            }
            if (i.value < 0) {
                throw Errors.valueError("negative count");
            }
            return new byte[checkedLength(i.value)];
        }
        if (source instanceof BufferExporter b) {
            return b.bufferCopy();
        }
        if (Abstract.lookupSpecial(source, "__iter__") == null && Abstract.lookupSpecial(source, "__getitem__") == null) {
            throw Errors.typeError("cannot convert '" + source.type().name + "' object to " + what);
        }
        PyObject[] items = Abstract.toArray(source);
        byte[] out = new byte[items.length];
        for (int k = 0; k < items.length; k++) {
            if (array) {
                out[k] = (byte) byteValue(items[k]);
                continue;
            }
            PyInt v = Abstract.index(items[k]);
            if (v.big != null || v.value < 0 || v.value > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out[k] = (byte) v.value;
        }
        return out;
    }

    /** A sequence index into len items, or IndexError with the type's message. */
    static int itemIndex(PyObject key, String what, int len, String outOfRange) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + key.type().name);
        }
        PyInt i = Abstract.index(key);
        if (i.big != null) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long v = i.value < 0 ? i.value + len : i.value;
        if (v < 0 || v >= len) {
            throw Errors.indexError(outOfRange);
        }
        return (int) v;
    }

    static byte[] sliceOf(byte[] d, int len, PySlice s) {
        long[] ind = s.indices(len);
        int n = (int) ind[3];
        byte[] out = new byte[n];
        for (int i = 0, j = (int) ind[0]; i < n; i++, j += (int) ind[2]) {
            out[i] = d[j];
        }
        return out;
    }

    static byte[] concat(byte[] a, int alen, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, checkedLength((long) alen + b.length));
        System.arraycopy(b, 0, r, alen, b.length);
        return r;
    }

    /** d * n; n is an __index__ object. CPython: bytes_repeat. */
    static byte[] repeat(byte[] d, int len, PyObject n) {
        PyInt count = Abstract.index(n);
        if (count.big != null) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long times = Math.max(0, count.value);
        if (len > 0 && times > (1 << 28) / len) {
            throw Errors.memory();
        }
        int total = (int) (times * len);
        byte[] r = new byte[total];
        for (int i = 0; i < times && len > 0; i++) {
            System.arraycopy(d, 0, r, i * len, len);
        }
        return r;
    }

    /** x in d: an int in range(256) or a bytes-like subsequence. CPython: _Py_bytes_contains. */
    static boolean contains(byte[] d, int len, PyObject o) {
        if (Abstract.hasIndex(o)) {
            int v = byteValue(o);
            for (int i = 0; i < len; i++) {
                if ((d[i] & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        return indexOf(d, len, PyBytes.asBytes(o), 0) >= 0;
    }

    /** Unsigned lexicographic order. */
    static int compare(byte[] a, int alen, byte[] b) {
        int n = Math.min(alen, b.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(a[i] & 0xff, b[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(alen, b.length);
    }

    static int indexOf(byte[] hay, int hayLen, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hayLen; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * bytes.hex(sep, bytes_per_sep): two hex digits per byte, with sep every bytes_per_sep bytes
     * counted from the right (from the left when negative). CPython: Python/pystrhex.c.
     */
    public static PyObject hex(byte[] data, PyObject sep, int bytesPerSep) {
        String sepChar = null;
        if (sep != null) {
            String s;
            if (sep instanceof PyStr str) {
                s = str.toString();
            } else if (sep instanceof PyBytes b) {
                s = b.latin1();
            } else {
                throw Errors.typeError("sep must be str or bytes.");
            }
            if (s.codePointCount(0, s.length()) != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (s.charAt(0) > 127) {
                throw Errors.valueError("sep must be ASCII.");
            }
            sepChar = s;
        }
        final String digits = "0123456789abcdef";
        StringBuilder out = new StringBuilder(data.length * 3);
        int group = Math.abs(bytesPerSep);
        for (int i = 0; i < data.length; i++) {
            if (sepChar != null && group > 0 && i > 0) {
                int fromEdge = bytesPerSep > 0 ? data.length - i : i;
                if (fromEdge % group == 0) {
                    out.append(sepChar);
                }
            }
            out.append(digits.charAt((data[i] >> 4) & 0xf)).append(digits.charAt(data[i] & 0xf));
        }
        return PyStr.of(out.toString());
    }

    /** The bytes of self (bytes or bytearray); never mutate the result. */
    static byte[] data(PyObject self) {
        if (self instanceof PyBytes b) {
            return b.bytes;
        }
        PyByteArray a = (PyByteArray) self;
        return a.size == a.bytes.length ? a.bytes : java.util.Arrays.copyOf(a.bytes, a.size);
    }

    /** A result of self's kind: bytearray for a bytearray, exact bytes otherwise. */
    static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
    }

    /** A bytes-like argument (CPython: PyObject_GetBuffer with PyBUF_SIMPLE). */
    static byte[] buffer(PyObject o) {
        return PyBytes.asBytes(o);
    }

    /** An int in range(256). CPython: _getbytevalue. */
    static int byteValue(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) i.value;
    }

    /** A Py_ssize_t argument. */
    static long ssize(PyObject o) {
        return Args.toLong(o);
    }

    /** A length that must fit in memory. */
    static int checkedLength(long n) {
        if (n > (1 << 28)) {
            throw Errors.memory();
        }
        return (int) n;
    }

    /** start/end of find(), count()...: None or absent means the whole. CPython: ADJUST_INDICES. */
    static long[] range(PyObject start, PyObject end, int len) {
        long s = start == null || start == PyNone.NONE ? 0 : clampedIndex(Abstract.sliceIndex(start));
        long e = end == null || end == PyNone.NONE ? len : clampedIndex(Abstract.sliceIndex(end));
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e = Math.max(0, e + len);
        }
        if (s < 0) {
            s = Math.max(0, s + len);
        }
        return new long[] {s, e};
    }

    private static long clampedIndex(PyInt i) {
        if (i.big != null) {
            return i.big.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
        return Math.max(Long.MIN_VALUE / 4, Math.min(Long.MAX_VALUE / 4, i.value));
    }

    static boolean isSpace(int b) {
        return b == ' ' || (b >= 9 && b <= 13);
    }

    static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    static boolean isLower(int b) {
        return b >= 'a' && b <= 'z';
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    static boolean isAlpha(int b) {
        return isUpper(b) || isLower(b);
    }

    static int toUpper(int b) {
        return isLower(b) ? b - 32 : b;
    }

    static int toLower(int b) {
        return isUpper(b) ? b + 32 : b;
    }

    static int lastIndexOf(byte[] hay, byte[] needle, int from, int to) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** bytes.fromhex / bytearray.fromhex. CPython: Objects/bytesobject.c _PyBytes_FromHex. */
    static byte[] fromHex(PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw Errors.typeError("fromhex() argument must be str, not " + string.type().name);
        }
        int[] cps = s.codePoints();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < cps.length) {
            if (cps[i] < 128 && isSpace(cps[i])) {
                i++;
                continue;
            }
            int hi = hexDigit(cps[i]);
            if (hi < 0) {
                throw badHex(i);
            }
            if (i + 1 >= cps.length) {
                throw badHex(i + 1);
            }
            int lo = hexDigit(cps[i + 1]);
            if (lo < 0) {
                throw badHex(i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyException badHex(int pos) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** cls.fromhex(s): exact types build directly, subclasses are called with the bytes. */
    static PyObject fromHexFor(PyObject cls, PyObject string, PyType base) {
        byte[] b = fromHex(string);
        if (cls == PyBytes.TYPE) {
            return new PyBytes(b);
        }
        if (cls == PyByteArray.TYPE) {
            return new PyByteArray(b);
        }
        return Abstract.call(cls, base == PyBytes.TYPE ? new PyBytes(b) : new PyByteArray(b));
    }
}
