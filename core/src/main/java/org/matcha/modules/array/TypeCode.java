package org.matcha.modules.array;

import java.math.BigInteger;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/**
 * One array typecode: its item size (the native sizes of a 64-bit Linux machine, items stored
 * little-endian), how an item is read from and written to the raw bytes, and its machine format code
 * for pickling. CPython: Modules/arraymodule.c (descriptors, the *_getitem/*_setitem functions).
 */
final class TypeCode {
    static final String CODES = "bBuhHiIlLqQfd";
    private static final TypeCode[] ALL = new TypeCode[CODES.length()];

    static {
        int[] sizes = {1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8};
        int[] mformats = {1, 0, 20, 4, 2, 8, 6, 12, 10, 12, 10, 14, 16};
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new TypeCode(CODES.charAt(i), sizes[i], mformats[i]);
        }
    }

    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    final char code;
    final int itemsize;
    /** CPython: typecode_to_mformat_code. */
    final int mformat;

    private TypeCode(char code, int itemsize, int mformat) {
        this.code = code;
        this.itemsize = itemsize;
        this.mformat = mformat;
    }

    /** The typecode, or null when c is not one. */
    static TypeCode of(int c) {
        int i = CODES.indexOf(c);
        return i < 0 ? null : ALL[i];
    }

    boolean isInteger() {
        return code != 'u' && code != 'f' && code != 'd';
    }

    boolean isSigned() {
        return code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q';
    }

    /** The last integer typecode with this size and signedness (CPython's descriptor scan keeps the last). */
    static TypeCode integer(int size, boolean signed) {
        TypeCode found = null;
        for (TypeCode t : ALL) {
            if (t.isInteger() && t.itemsize == size && t.isSigned() == signed) {
                found = t;
            }
        }
        return found;
    }

    static long readLittle(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }

    static void writeLittle(byte[] b, int off, int n, long v) {
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    /** The item at byte offset off. CPython: b_getitem, BB_getitem, ... */
    PyObject get(byte[] b, int off) {
        switch (code) {
            case 'b':
                return PyInt.of(b[off]);
            case 'B':
                return PyInt.of(b[off] & 0xff);
            case 'h':
                return PyInt.of((short) readLittle(b, off, 2));
            case 'H':
                return PyInt.of(readLittle(b, off, 2));
            case 'i':
                return PyInt.of((int) readLittle(b, off, 4));
            case 'I':
                return PyInt.of(readLittle(b, off, 4));
            case 'l', 'q':
                return PyInt.of(readLittle(b, off, 8));
            case 'L', 'Q': {
                long v = readLittle(b, off, 8);
                return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            case 'f':
                return PyFloat.of(Float.intBitsToFloat((int) readLittle(b, off, 4)));
            case 'd':
                return PyFloat.of(Double.longBitsToDouble(readLittle(b, off, 8)));
            default:
                return PyStr.ofCodePoints(new int[] {checkedChar(b, off)}, 0, 1);
        }
    }

    /** A 'u' item as a code point. CPython: PyUnicode_FromOrdinal's range check. */
    static int checkedChar(byte[] b, int off) {
        int c = (int) readLittle(b, off, 4);
        if (c < 0 || c > 0x10FFFF) {
            throw Errors.valueError("character U+" + Long.toHexString(c & 0xFFFFFFFFL)
                    + " is not in range [U+0000; U+10ffff]");
        }
        return c;
    }

    /** Stores v at byte offset off, with CPython's conversions and overflow messages. */
    void set(byte[] b, int off, PyObject v) {
        writeLittle(b, off, itemsize, convert(v));
    }

    /** The raw bits of v as an item of this typecode; raises before anything is stored. */
    long convert(PyObject v) {
        switch (code) {
            case 'f':
                return Float.floatToRawIntBits((float) Args.toDouble(v)) & 0xFFFFFFFFL;
            case 'd':
                return Double.doubleToRawLongBits(Args.toDouble(v));
            case 'u': {
                if (!(v instanceof PyStr s) || s.length() != 1) {
                    throw Errors.typeError("array item must be unicode character");
                }
                return s.codePointAt(0);
            }
            case 'b': {
                long x = shortValue(v);
                return checkRange(x, -128, 127, "signed char");
            }
            case 'B':
                return checkRange(asLong(v), 0, 255, "unsigned byte integer");
            case 'h':
                return shortValue(v);
            case 'H': {
                long x = checkRange(asLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                if (x < 0) {
                    throw Errors.overflow("unsigned short is less than minimum");
                }
                if (x > 0xFFFF) {
                    throw Errors.overflow("unsigned short is greater than maximum");
                }
                return x;
            }
            case 'i':
                return checkRange(asLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case 'I': {
                long x = unsignedLong(v, "can't convert negative value to unsigned int",
                        "Python int too large to convert to C unsigned long");
                if (Long.compareUnsigned(x, 0xFFFFFFFFL) > 0) {
                    throw Errors.overflow("unsigned int is greater than maximum");
                }
                return x;
            }
            case 'l':
                return asLong(v);
            case 'L':
                return unsignedLong(v, "can't convert negative value to unsigned int",
                        "Python int too large to convert to C unsigned long");
            case 'q': {
                PyInt i = Abstract.index(v);
                if (i.big != null) {
                    throw Errors.overflow("int too big to convert");
                }
                return i.value;
            }
            default:
                return unsignedLong(v, "can't convert negative int to unsigned", "int too big to convert");
        }
    }

    /** CPython: PyLong_AsLong. */
    private static long asLong(PyObject v) {
        PyInt i = Abstract.index(v);
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.value;
    }

    /** The "h" converter of PyArg_Parse. */
    private static long shortValue(PyObject v) {
        return checkRange(asLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
    }

    private static long checkRange(long x, long lo, long hi, String what) {
        if (x < lo) {
            throw Errors.overflow(what + " is less than minimum");
        }
        if (x > hi) {
            throw Errors.overflow(what + " is greater than maximum");
        }
        return x;
    }

    private static long unsignedLong(PyObject v, String negative, String tooBig) {
        PyInt i = Abstract.index(v);
        if (i.signum() < 0) {
            throw Errors.overflow(negative);
        }
        if (i.big != null) {
            if (i.big.compareTo(ULONG_MAX) > 0) {
                throw Errors.overflow(tooBig);
            }
            return i.big.longValue();
        }
        return i.value;
    }
}
