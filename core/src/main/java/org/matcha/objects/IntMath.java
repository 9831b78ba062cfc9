package org.matcha.objects;

import java.math.BigInteger;
import org.matcha.modules.WarningsModule;

/** The harder parts of int: construction from text, true division, round, bytes. */
public final class IntMath {
    private IntMath() {}

    /** CPython 3.11's limit on decimal conversions (sys.set_int_max_str_digits); 0 = none. */
    public static int maxStrDigits = 4300;

    static void checkStrDigits(BigInteger big) {
        if (maxStrDigits > 0 && big.bitLength() > 3.32 * maxStrDigits) {
            // a cheap bound first; the exact digit count decides
            if (big.abs().toString().length() > maxStrDigits) {
                throw Errors.valueError("Exceeds the limit (" + maxStrDigits
                        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
    }

    /** int(x, base). CPython: long_new_impl. */
    static PyInt construct(PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return PyInt.of(0);
        }
        if (base == null) {
            if (x.type() == PyInt.TYPE) {
                return (PyInt) x;
            }
            if (x.type() == PyStr.TYPE) {
                return parse(((PyStr) x).value, 10);
            }
            if (x instanceof PyFloat f && f.type() == PyFloat.TYPE) {
                return PyFloat.toInt(f.value);
            }
            return numberLong(x);
        }
        PyInt bi = Abstract.index(base);
        // CPython clamps the base (PyNumber_AsSsize_t), so a huge one is just out of range
        int b = bi.big != null || bi.value > 1000 || bi.value < -1000 ? -1 : (int) bi.value;
        if (b != 0 && (b < 2 || b > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof PyStr s) {
            return parse(s.value, b);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            // CPython: long_new_impl accepts str, bytes and bytearray with an explicit base
            return parseBytes(((BufferExporter) x).bufferCopy(), b);
        }
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    /** int(x) for anything but an exact int or str. CPython: PyNumber_Long. */
    private static PyInt numberLong(PyObject x) {
        PyObject m = x.type().lookup("__int__");
        if (m != null) {
            PyObject r = Abstract.callSpecial(x, "__int__");
            if (!(r instanceof PyInt ri)) {
                throw Errors.typeError("__int__ returned non-int (type " + r.type().name + ")");
            }
            if (r.type() != PyInt.TYPE) {
                WarningsModule.warn(ExceptionTypes.DeprecationWarning, "__int__ returned non-int (type "
                        + r.type().name + ").  The ability to return an instance of a strict subclass of int "
                        + "is deprecated, and may be removed in a future version of Python.", 1);
            }
            return ri;
        }
        if (x.type().lookup("__index__") != null) {
            return Abstract.index(x);
        }
        PyObject trunc = Abstract.lookupSpecial(x, "__trunc__");
        if (trunc != null) {
            WarningsModule.warn(ExceptionTypes.DeprecationWarning,
                    "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = Abstract.callSpecial(x, "__trunc__");
            if (r instanceof PyInt ri) {
                return ri;
            }
            if (!Abstract.hasIndex(r)) {
                throw Errors.typeError("__trunc__ returned non-Integral (type " + r.type().name + ")");
            }
            return Abstract.index(r);
        }
        if (x instanceof PyStr s) {
            return parse(s.value, 10);
        }
        if (x instanceof BufferExporter buffer) {
            // CPython: PyNumber_Long parses bytes, bytearray and any other buffer as text
            return parseBytes(buffer.bufferCopy(), 10);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name + "'");
    }

    /** int(bytes, base): the bytes read as Latin-1 text; errors show the bytes. CPython: _PyLong_FromBytes. */
    private static PyInt parseBytes(byte[] data, int base) {
        return parse(PyBytes.latin1(data), base, StrRepr.reprBytes(data));
    }

    /** int(text, base) with Python's literal rules (underscores, prefixes, whitespace). */
    public static PyInt parse(String text, int base) {
        return parse(text, base, null);
    }

    /** As {@link #parse(String, int)}; {@code shown} is the repr an error message quotes (null: the text's). */
    private static PyInt parse(String text, int base, String shown) {
        String s = PyStr.stripWhitespace(UnicodeProperties.asciiDecimals(text));
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix = base;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixed != 0 && (base == 0 || base == prefixed)) {
                radix = prefixed;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (radix == 0) {
            radix = 10;
            // base 0: a decimal literal may not have leading zeros
            if (i < s.length() && s.charAt(i) == '0') {
                for (int j = i; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c != '0' && c != '_') {
                        throw invalidLiteral(text, base, shown);
                    }
                }
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalidLiteral(text, base, shown);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, radix);
            if (c > 127) {
                int dv = decimalValue(c);
                if (dv >= 0 && dv < radix) {
                    digits.append((char) ('0' + dv));
                    lastUnderscore = false;
                    continue;
                }
                throw invalidLiteral(text, base, shown);
            }
            if (d < 0) {
                throw invalidLiteral(text, base, shown);
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw invalidLiteral(text, base, shown);
        }
        // only non-power-of-two bases are quadratic (CPython: long_from_non_binary_base)
        if ((radix & (radix - 1)) != 0 && maxStrDigits > 0 && digits.length() > maxStrDigits) {
            throw Errors.valueError("Exceeds the limit (" + maxStrDigits
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        Object v = IntParse.parse(digits, radix);
        PyInt r = v instanceof Long l ? PyInt.of(l) : PyInt.of((BigInteger) v);
        return negative ? PyInt.neg(r) : r;
    }

    /** The value of a Unicode decimal digit, or -1. */
    static int decimalValue(int cp) {
        return UnicodeProperties.decimal(cp);
    }

    private static PyException invalidLiteral(String text, int base, String shown) {
        return Errors.valueError("invalid literal for int() with base " + base + ": "
                + (shown != null ? shown : StrRepr.repr(text)));
    }

    /** a / b correctly rounded to the nearest double (ties to even). CPython: long_true_divide. */
    static double trueDivide(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        a = a.abs();
        b = b.abs();
        // scale so the quotient has 55..56 significant bits, then round by hand
        int shift = b.bitLength() - a.bitLength() + 55;
        BigInteger num = shift > 0 ? a.shiftLeft(shift) : a;
        BigInteger den = shift < 0 ? b.shiftLeft(-shift) : b;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        int exp = -shift;
        int extra = q.bitLength() - 53;
        // subnormal results keep fewer bits
        int minExp = -1074;
        if (exp + extra < minExp) {
            extra = minExp - exp;
        }
        if (extra > 0) {
            BigInteger half = BigInteger.ONE.shiftLeft(extra - 1);
            BigInteger low = q.and(BigInteger.ONE.shiftLeft(extra).subtract(BigInteger.ONE));
            q = q.shiftRight(extra);
            int cmp = low.compareTo(half);
            if (cmp > 0 || (cmp == 0 && (qr[1].signum() != 0 || q.testBit(0)))) {
                q = q.add(BigInteger.ONE);
            }
            exp += extra;
        }
        double mant = q.doubleValue();
        if (exp + q.bitLength() > 1024) {
            throw Errors.overflow("integer division result too large for a float");
        }
        double r = Math.scalb(mant, exp);
        return negative ? -r : r;
    }

    /** round(int, ndigits). CPython: long_round (ties to even). */
    static PyInt round(PyInt x, PyInt ndigits) {
        if (ndigits.signum() >= 0) {
            return PyInt.ofType(PyInt.TYPE, x);
        }
        if (ndigits.big != null || ndigits.value < -10000) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits.value);
        BigInteger v = x.toBig();
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int cmp = r.shiftLeft(1).compareTo(pow);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    static PyObject toBytes(PyInt x, PyInt length, String byteorder, boolean signed) {
        boolean little = checkOrder(byteorder);
        if (length.signum() < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        int n = length.intValue();
        BigInteger v = x.toBig();
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int needed = signed ? v.bitLength() + 1 : v.bitLength();
        if (needed > 8L * n) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            byte b = v.shiftRight(8 * i).byteValue();
            out[little ? i : n - 1 - i] = b;
        }
        return new PyBytes(out);
    }

    static PyInt fromBytes(PyObject bytes, String byteorder, boolean signed) {
        boolean little = checkOrder(byteorder);
        byte[] data = BytesSupport.objectBytes(bytes);
        byte[] be = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) {
            be[i + 1] = data[little ? data.length - 1 - i : i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && data.length > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * data.length));
        }
        return PyInt.of(v);
    }

    private static boolean checkOrder(String byteorder) {
        if (byteorder.equals("little")) {
            return true;
        }
        if (byteorder.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }
}
