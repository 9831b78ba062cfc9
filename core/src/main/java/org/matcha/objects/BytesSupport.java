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
        if (source instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
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
}
