package org.matcha.modules;

import java.math.BigInteger;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;

/**
 * A compiled struct format: its codes with offsets, and packing/unpacking of each code. Sizes and
 * alignments are those of x86-64 Linux; native order is little-endian. As in CPython, the
 * little-endian standard table borrows the native routines for codes of equal size (b B c h H i I
 * q Q e), which shows in their error messages. CPython: Modules/_struct.c prepare_s, the
 * native/lilendian/bigendian tables and _PyStruct init's native substitution.
 */
final class StructFormat {
    enum Mode { NATIVE, LITTLE, BIG }

    /** One item kind at one offset; for s and p, {@code count} is the byte length. */
    record Code(char c, int offset, int count) {}

    final Mode mode;
    final int size;
    /** The number of Python values packed/unpacked. */
    final int items;
    final Code[] codes;

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private StructFormat(Mode mode, int size, int items, Code[] codes) {
        this.mode = mode;
        this.size = size;
        this.items = items;
        this.codes = codes;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** Item size of c in the mode, or -1 if c is not a format character there. */
    private static int itemSize(char c, Mode mode) {
        switch (c) {
            case 'x': case 'b': case 'B': case 'c': case 's': case 'p': case '?':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L':
                return mode == Mode.NATIVE ? 8 : 4;
            case 'q': case 'Q': case 'd':
                return 8;
            case 'n': case 'N': case 'P':
                return mode == Mode.NATIVE ? 8 : -1;
            default:
                return -1;
        }
    }

    /** CPython: prepare_s. {@code fmt} holds the format's bytes as chars (ASCII). */
    static StructFormat compile(String fmt) {
        if (fmt.indexOf('\0') >= 0) {
            throw StructModule.error("embedded null character");
        }
        int i = 0;
        Mode mode = Mode.NATIVE;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '<': case '=': mode = Mode.LITTLE; i = 1; break;
                case '>': case '!': mode = Mode.BIG; i = 1; break;
                case '@': i = 1; break;
                default: break;
            }
        }
        java.util.ArrayList<Code> codes = new java.util.ArrayList<>();
        long size = 0;
        int items = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                c = 0;
                while (i < n) {
                    c = fmt.charAt(i++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    num = num * 10 + (c - '0');
                    if (num > Integer.MAX_VALUE) {
                        throw StructModule.error("total struct size too long");
                    }
                    c = 0;
                }
                if (c == 0) {
                    throw StructModule.error("repeat count given without format specifier");
                }
            }
            int item = itemSize(c, mode);
            if (item < 0) {
                throw StructModule.error("bad char in struct format");
            }
            if (mode == Mode.NATIVE && size > 0 && item > 1 && c != 's' && c != 'p') {
                size += (item - 1) - (size - 1) % item;
            }
            if (c == 's' || c == 'p') {
                codes.add(new Code(c, (int) size, (int) num));
                items++;
            } else if (c != 'x') {
                for (long k = 0; k < num; k++) {
                    codes.add(new Code(c, (int) (size + k * item), item));
                }
                items += (int) num;
            }
            size += num * item;
            if (size > Integer.MAX_VALUE) {
                throw StructModule.error("total struct size too long");
            }
        }
        return new StructFormat(mode, (int) size, items, codes.toArray(new Code[0]));
    }

    // ---- packing ----

    void pack(PyObject[] args, int argStart, byte[] out, int base) {
        for (int k = 0; k < codes.length; k++) {
            Code code = codes[k];
            packOne(code, args[argStart + k], out, base + code.offset);
        }
    }

    private boolean little() {
        return mode != Mode.BIG;
    }

    private void put(byte[] out, int at, long v, int n) {
        for (int j = 0; j < n; j++) {
            int shift = 8 * j;
            out[little() ? at + j : at + n - 1 - j] = (byte) (v >>> shift);
        }
    }

    private static PyInt toInteger(PyObject v) {
        if (v instanceof PyInt i) {
            return i;
        }
        if (Abstract.hasIndex(v)) {
            return Abstract.index(v);
        }
        throw StructModule.error("required argument is not an integer");
    }

    private static double toFloat(PyObject v) {
        try {
            return Args.toDouble(v);
        } catch (PyException e) {
            throw StructModule.error("required argument is not a float");
        }
    }

    /** A C long (get_long): "argument out of range" beyond 64 bits. */
    private static long cLong(PyInt i) {
        if (i.big != null) {
            throw StructModule.error("argument out of range");
        }
        return i.value;
    }

    /** A C unsigned long (get_ulong) as its 64 bits: negative or beyond 2**64 is out of range. */
    private static long cUnsignedLong(PyInt i) {
        if (i.signum() < 0) {
            throw StructModule.error("argument out of range");
        }
        if (i.big == null) {
            return i.value;
        }
        if (i.big.bitLength() > 64) {
            throw StructModule.error("argument out of range");
        }
        return i.big.longValue();
    }

    private static PyException rangeError(char c, long lo, long hi) {
        return StructModule.error("'" + c + "' format requires " + lo + " <= number <= " + hi);
    }

    private static PyException unsignedRangeError(char c, long hi) {
        return StructModule.error("'" + c + "' format requires 0 <= number <= " + hi);
    }

    /** True when this code uses CPython's native routine (native mode, or little-endian borrowing). */
    private boolean nativeRoutine(char c) {
        if (mode == Mode.NATIVE) {
            return true;
        }
        if (mode == Mode.LITTLE) {
            return "bBchHiIqQe".indexOf(c) >= 0;
        }
        return c == 'b' || c == 'B' || c == 'c';
    }

    private void packOne(Code code, PyObject v, byte[] out, int at) {
        char c = code.c;
        switch (c) {
            case 's': {
                if (!(v instanceof PyBytes) && !(v instanceof PyByteArray)) {
                    throw StructModule.error("argument for 's' must be a bytes object");
                }
                byte[] b = PyBytes.asBytes(v);
                System.arraycopy(b, 0, out, at, Math.min(b.length, code.count));
                return;
            }
            case 'p': {
                if (!(v instanceof PyBytes) && !(v instanceof PyByteArray)) {
                    throw StructModule.error("argument for 'p' must be a bytes object");
                }
                byte[] b = PyBytes.asBytes(v);
                int len = Math.min(b.length, code.count - 1);
                if (len > 0) {
                    System.arraycopy(b, 0, out, at + 1, len);
                }
                if (code.count > 0) {
                    out[at] = (byte) Math.min(Math.max(len, 0), 255);
                }
                return;
            }
            case 'c': {
                if (!(v instanceof PyBytes b) || b.bytes.length != 1) {
                    throw StructModule.error("char format requires a bytes object of length 1");
                }
                out[at] = b.bytes[0];
                return;
            }
            case '?':
                out[at] = (byte) (Abstract.isTrue(v) ? 1 : 0);
                return;
            case 'e':
                put(out, at, Ieee754.packHalf(toFloat(v)), 2);
                return;
            case 'f': {
                double d = toFloat(v);
                float f = (float) d;
                if (mode != Mode.NATIVE && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw Errors.overflow("float too large to pack with f format");
                }
                put(out, at, Float.floatToRawIntBits(f) & 0xffffffffL, 4);
                return;
            }
            case 'd':
                put(out, at, Double.doubleToRawLongBits(toFloat(v)), 8);
                return;
            default:
                put(out, at, packInteger(c, code.count, toInteger(v)), code.count);
        }
    }

    /** The two's-complement bits of an integer code, with CPython's range checks and messages. */
    private long packInteger(char c, int n, PyInt i) {
        if (nativeRoutine(c)) {
            switch (c) {
                case 'b': {
                    long x = cLong(i);
                    if (x < -128 || x > 127) {
                        throw StructModule.error("byte format requires -128 <= number <= 127");
                    }
                    return x;
                }
                case 'B': {
                    long x = cLong(i);
                    if (x < 0 || x > 255) {
                        throw StructModule.error("ubyte format requires 0 <= number <= 255");
                    }
                    return x;
                }
                case 'h': {
                    long x = cLong(i);
                    if (x < -32768 || x > 32767) {
                        throw StructModule.error("short format requires -32768 <= number <= 32767");
                    }
                    return x;
                }
                case 'H': {
                    long x = cLong(i);
                    if (x < 0 || x > 65535) {
                        throw StructModule.error("ushort format requires 0 <= number <= 65535");
                    }
                    return x;
                }
                case 'i': {
                    long x = cLong(i);
                    if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
                        throw rangeError(c, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    }
                    return x;
                }
                case 'I': {
                    long x = cUnsignedLong(i);
                    if (x < 0 || x > 0xffffffffL) {
                        throw unsignedRangeError(c, 0xffffffffL);
                    }
                    return x;
                }
                case 'l': case 'q': case 'n':
                    return cLong(i);
                case 'L': case 'Q': case 'N':
                    return cUnsignedLong(i);
                case 'P': {
                    BigInteger b = i.toBig();
                    if (b.compareTo(LONG_MIN) < 0 || b.compareTo(TWO_64) >= 0) {
                        throw StructModule.error("int too large to convert");
                    }
                    return b.longValue();
                }
                default:
                    throw new IllegalStateException("struct code " + c);
            }
        }
        switch (c) {
            case 'h': case 'i': case 'l': {
                long x = cLong(i);
                long hi = n == 2 ? 32767 : 2147483647L;
                if (x < -hi - 1 || x > hi) {
                    throw rangeError(c, -hi - 1, hi);
                }
                return x;
            }
            case 'H': case 'I': case 'L': {
                long x = cUnsignedLong(i);
                long hi = n == 2 ? 65535 : 0xffffffffL;
                if (x < 0 || x > hi) {
                    throw unsignedRangeError(c, hi);
                }
                return x;
            }
            case 'q':
                if (i.big != null) {
                    throw StructModule.error("int too large to convert");
                }
                return i.value;
            case 'Q': {
                if (i.signum() < 0 || (i.big != null && i.big.bitLength() > 64)) {
                    throw StructModule.error("int too large to convert");
                }
                return i.big == null ? i.value : i.big.longValue();
            }
            default:
                throw new IllegalStateException("struct code " + c);
        }
    }

    // ---- unpacking ----

    PyObject[] unpack(byte[] in, int base) {
        PyObject[] out = new PyObject[codes.length];
        for (int k = 0; k < codes.length; k++) {
            out[k] = unpackOne(codes[k], in, base + codes[k].offset);
        }
        return out;
    }

    private long get(byte[] in, int at, int n) {
        long v = 0;
        for (int j = 0; j < n; j++) {
            int b = in[little() ? at + j : at + n - 1 - j] & 0xff;
            v |= ((long) b) << (8 * j);
        }
        return v;
    }

    private PyObject unpackOne(Code code, byte[] in, int at) {
        char c = code.c;
        switch (c) {
            case 's':
                return new PyBytes(java.util.Arrays.copyOfRange(in, at, at + code.count));
            case 'p': {
                if (code.count == 0) {
                    return new PyBytes(new byte[0]);
                }
                int len = in[at] & 0xff;
                if (len >= code.count) {
                    len = code.count - 1;
                }
                return new PyBytes(java.util.Arrays.copyOfRange(in, at + 1, at + 1 + len));
            }
            case 'c':
                return new PyBytes(new byte[] {in[at]});
            case '?':
                return PyBool.of(in[at] != 0);
            case 'e':
                return PyFloat.of(Ieee754.unpackHalf((int) get(in, at, 2)));
            case 'f':
                return PyFloat.of(Float.intBitsToFloat((int) get(in, at, 4)));
            case 'd':
                return PyFloat.of(Double.longBitsToDouble(get(in, at, 8)));
            case 'b':
                return PyInt.of((long) in[at]);
            case 'B':
                return PyInt.of((long) (in[at] & 0xff));
            default: {
                int n = code.count;
                long raw = get(in, at, n);
                boolean signed = Character.isLowerCase(c) && c != 'p';
                if (c == 'P') {
                    signed = false;
                }
                if (signed) {
                    int shift = 64 - 8 * n;
                    return PyInt.of((raw << shift) >> shift);
                }
                if (n == 8 && raw < 0) {
                    return PyInt.of(BigInteger.valueOf(raw).add(TWO_64));
                }
                return PyInt.of(raw);
            }
        }
    }
}
