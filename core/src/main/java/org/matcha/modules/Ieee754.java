package org.matcha.modules;

import org.matcha.objects.Errors;

/**
 * Bit-level float helpers shared by math and _struct: frexp/ldexp computed on the bits (TeaVM's
 * Math.scalb is not relied on) and IEEE half precision. CPython: Objects/floatobject.c
 * PyFloat_Pack2/PyFloat_Unpack2, C99 frexp/ldexp.
 */
public final class Ieee754 {
    private Ieee754() {}

    /** The exponent e of frexp(x) (x = m * 2**e, 0.5 <= |m| < 1); x finite and nonzero. */
    public static int frexpExponent(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        if (biased == 0) {
            long mant = bits & 0xfffffffffffffL;
            return -1022 - Long.numberOfLeadingZeros(mant) + 12;
        }
        return biased - 1022;
    }

    /** The mantissa of frexp(x): x * 2**-e, exact. */
    public static double frexpMantissa(double x, int e) {
        return ldexp(x, -e);
    }

    /** x * 2**n correctly rounded (round half to even), as C's ldexp. */
    public static double ldexp(double x, long n) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x) || n == 0) {
            return x;
        }
        if (n > 3000) {
            return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (n < -3000) {
            return x > 0 ? 0.0 : -0.0;
        }
        long bits = Double.doubleToRawLongBits(x);
        long sign = bits & 0x8000000000000000L;
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (biased == 0) {
            // normalise a subnormal: shift its leading 1 into bit 52
            int shift = Long.numberOfLeadingZeros(mant) - 11;
            mant <<= shift;
            biased = 1 - shift;
        }
        mant |= 1L << 52;
        long e = biased + n;
        if (e >= 0x7ff) {
            return Double.longBitsToDouble(sign | 0x7ff0000000000000L);
        }
        if (e >= 1) {
            return Double.longBitsToDouble(sign | (e << 52) | (mant & 0xfffffffffffffL));
        }
        // subnormal result: shift right by 1 - e bits with round half to even
        long shift = 1 - e;
        if (shift > 54) {
            return Double.longBitsToDouble(sign);
        }
        long kept = mant >>> shift;
        long rem = mant & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rem > half || (rem == half && (kept & 1) == 1)) {
            kept++;
        }
        return Double.longBitsToDouble(sign | kept);
    }

    /** IEEE 754 binary16 bits of x, rounded half to even. CPython: PyFloat_Pack2. */
    public static int packHalf(double x) {
        int sign;
        int e;
        int bits;
        if (x == 0.0) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            if (sign == 1) {
                x = -x;
            }
            e = frexpExponent(x);
            double f = frexpMantissa(x, e);
            f *= 2.0;
            e--;
            if (e >= 16) {
                throw Errors.overflow("float too large to pack with e format");
            } else if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = ldexp(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (int) f;
            double rest = f - bits;
            if (rest > 0.5 || (rest == 0.5 && bits % 2 == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw Errors.overflow("float too large to pack with e format");
                    }
                }
            }
        }
        return bits | (e << 10) | (sign << 15);
    }

    /** The double value of binary16 bits. CPython: PyFloat_Unpack2. */
    public static double unpackHalf(int h) {
        int sign = (h >> 15) & 1;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        if (e == 0x1f) {
            if (f == 0) {
                return sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return sign == 1 ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
        }
        double x = f / 1024.0;
        if (e == 0) {
            e = -14;
        } else {
            x += 1.0;
            e -= 15;
        }
        x = ldexp(x, e);
        // set the sign bit directly: negating 0.0 lost the sign of -0.0 in the browser build
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) | ((long) sign << 63));
    }
}
