package org.matcha.objects;

/** Shared parts of bytes and bytearray. CPython: Objects/bytes_methods.c. */
final class BytesSupport {
    private BytesSupport() {}

    /** bytes(source, encoding, errors). CPython: bytes_new_impl. */
    static byte[] construct(PyObject source, PyObject encoding, PyObject errors, String what) {
        if (source == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, Args.toJavaString(encoding, what, "encoding"),
                    errors == null ? "strict" : Args.toJavaString(errors, what, "errors"));
        }
        if (encoding != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (source instanceof PyBytes b) {
            return b.bytes.clone();
        }
        if (source instanceof BufferExporter b) {
            return b.bufferCopy();
        }
        if (source instanceof PyInt i) {
            long n = i.longValue();
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            if (n > (1 << 28)) {
                throw Errors.memory();
            }
            return new byte[(int) n];
        }
        PyObject bytesMethod = Abstract.lookupSpecial(source, "__bytes__");
        if (bytesMethod != null) {
            PyObject r = Abstract.callMethodRaw(bytesMethod, source);
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
            }
            return rb.bytes;
        }
        if (Abstract.lookupSpecial(source, "__iter__") == null && Abstract.lookupSpecial(source, "__getitem__") == null) {
            throw Errors.typeError("cannot convert '" + source.type().name + "' object to " + what);
        }
        PyObject[] items = Abstract.toArray(source);
        byte[] out = new byte[items.length];
        for (int k = 0; k < items.length; k++) {
            long v = Abstract.index(items[k]).longValue();
            if (v < 0 || v > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out[k] = (byte) v;
        }
        return out;
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
}
