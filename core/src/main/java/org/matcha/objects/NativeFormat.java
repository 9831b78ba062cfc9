package org.matcha.objects;

/**
 * One item of a buffer in a native struct format ("B", "i", "d"...), as memoryview reads and
 * writes it: native sizes of a 64-bit little-endian machine. CPython: Objects/memoryobject.c
 * (unpack_single, pack_single).
 */
final class NativeFormat {
    final String format;
    final char code;
    final int size;

    private NativeFormat(String format, char code, int size) {
        this.format = format;
        this.code = code;
        this.size = size;
    }

    /** The format, or null when memoryview does not support it. */
    static NativeFormat parse(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        if (f.length() != 1) {
            return null;
        }
        char c = f.charAt(0);
        int size = switch (c) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f', 'w' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> -1;
        };
        return size < 0 ? null : new NativeFormat(format, c, size);
    }

    private static long readLittle(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }

    private static void writeLittle(byte[] b, int off, int n, long v) {
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    PyObject unpack(byte[] b, int off) {
        switch (code) {
            case 'b':
                return PyInt.of(b[off]);
            case 'B':
                return PyInt.of(b[off] & 0xff);
            case 'c':
                return new PyBytes(new byte[] {b[off]});
            case '?':
                return PyBool.of(b[off] != 0);
            case 'h':
                return PyInt.of((short) readLittle(b, off, 2));
            case 'H':
                return PyInt.of(readLittle(b, off, 2));
            case 'i':
                return PyInt.of((int) readLittle(b, off, 4));
            case 'I':
                return PyInt.of(readLittle(b, off, 4));
            case 'l', 'q', 'n':
                return PyInt.of(readLittle(b, off, 8));
            case 'L', 'Q', 'N', 'P': {
                long v = readLittle(b, off, 8);
                return v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            case 'f':
                return PyFloat.of(Float.intBitsToFloat((int) readLittle(b, off, 4)));
            case 'd':
                return PyFloat.of(Double.longBitsToDouble(readLittle(b, off, 8)));
            default:
                throw Errors.notImplemented("memoryview: format " + format + " not supported");
        }
    }

    /** Stores v at off. CPython: pack_single, with its "memoryview: invalid type for format" errors. */
    void pack(PyObject v, byte[] b, int off) {
        switch (code) {
            case 'w':
                throw Errors.notImplemented("memoryview: format " + format + " not supported");
            case 'c': {
                if (!(v instanceof PyBytes bs) || bs.bytes.length != 1) {
                    throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
                }
                b[off] = bs.bytes[0];
                return;
            }
            case '?':
                b[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
                return;
            case 'f', 'd': {
                if (!(v instanceof PyFloat) && !(v instanceof PyInt)) {
                    throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
                }
                double d = Args.toDouble(v);
                if (code == 'f') {
                    writeLittle(b, off, 4, Float.floatToRawIntBits((float) d));
                } else {
                    writeLittle(b, off, 8, Double.doubleToRawLongBits(d));
                }
                return;
            }
            default:
                break;
        }
        if (!(v instanceof PyInt)) {
            throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
        }
        java.math.BigInteger big = ((PyInt) v).toBig();
        java.math.BigInteger lo;
        java.math.BigInteger hi;
        boolean unsigned = Character.isUpperCase(code) || code == 'P';
        int bits = size * 8;
        if (unsigned) {
            lo = java.math.BigInteger.ZERO;
            hi = java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE);
        } else {
            lo = java.math.BigInteger.ONE.shiftLeft(bits - 1).negate();
            hi = java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE);
        }
        if (big.compareTo(lo) < 0 || big.compareTo(hi) > 0) {
            throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
        }
        writeLittle(b, off, size, big.longValue());
    }
}
