package org.matcha.objects;

import java.math.BigInteger;

/**
 * The shortest decimal digits that read back as a given double, nearest to it when several have
 * that length: the Steele–White/Gay free-format digit loop of CPython's _Py_dg_dtoa mode 0
 * (Python/dtoa.c), used by float repr. The scaled numbers R, S and the margins are held in a long
 * when they fit (values from about 1 to 1e20: ~0.25 us a repr on the JVM), in 128 bits when those
 * fit (about 1e-27 to 1e48: ~0.9 us), and in BigInteger otherwise (~6 us).
 */
final class FloatDigits {
    private FloatDigits() {}

    /** A digit string "d1d2..." meaning 0.d1d2... × 10^pointPos. */
    static final class Decimal {
        final String digits;
        final int pointPos;

        Decimal(String digits, int pointPos) {
            this.digits = digits;
            this.pointPos = pointPos;
        }
    }

    private static final long[] POW5 = new long[27];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
    }

    /** Bits needed for 5^n (an upper bound). */
    private static int bits5(int n) {
        return n == 0 ? 0 : (n * 2322 + 999) / 1000 + 1;
    }

    /** Shortest round-tripping digits of a finite positive double. */
    static Decimal shortest(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long f = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            f |= 1L << 52;
            e = biased - 1075;
        }
        boolean even = (f & 1) == 0;
        // the gap below a power of two (not the smallest normal) is half the gap above it
        boolean lowerCloser = f == (1L << 52) && biased > 1;
        int e2 = 63 - Long.numberOfLeadingZeros(f) + e; // 2^e2 <= x < 2^(e2+1)
        // k never exceeds the true exponent and falls short by at most one: fixed up below
        int k = (int) Math.ceil(e2 * 0.30102999566398114);
        // x = R/S with R = 2f·2^e, S = 2, half-gaps Mp = Mm = 2^e (R, S, Mp doubled when the lower
        // gap is the smaller one); then S *= 10^k (k >= 0) or R, Mp, Mm *= 10^-k.
        // Powers of two are counted apart so the common factor cancels.
        int scale = lowerCloser ? 2 : 1;
        int r2 = scale + e;
        int s2 = scale;
        int mp2 = scale - 1 + e;
        int mm2 = e;
        int r5 = 0;
        int s5 = 0;
        if (k >= 0) {
            s2 += k;
            s5 = k;
        } else {
            r2 -= k;
            mp2 -= k;
            mm2 -= k;
            r5 = -k;
        }
        int common = Math.min(s2, mm2);
        r2 -= common;
        s2 -= common;
        mp2 -= common;
        mm2 -= common;
        int rBits = r2 + bits5(r5) + (64 - Long.numberOfLeadingZeros(f));
        int sBits = s2 + bits5(s5);
        if (r5 < POW5.length && s5 < POW5.length && sBits <= 59 && rBits <= 62) {
            long p5 = POW5[Math.max(r5, s5)];
            long r = (f << r2) * (r5 > 0 ? p5 : 1);
            long s = (1L << s2) * (s5 > 0 ? p5 : 1);
            long mp = (1L << mp2) * (r5 > 0 ? p5 : 1);
            long mm = (1L << mm2) * (r5 > 0 ? p5 : 1);
            while (even ? mp >= s - r : mp > s - r) {
                if (s >= (1L << 59) / 10) {
                    return digitsWide(Wide.of(r), Wide.of(s), Wide.of(mp), Wide.of(mm), k, even);
                }
                s *= 10;
                k++;
            }
            return digitsLong(r, s, mp, mm, k, even);
        }
        if (sBits <= 119 && rBits <= 122) {
            Wide r = Wide.of(f).shiftLeft(r2).mulPow5(r5);
            Wide s = Wide.of(1).shiftLeft(s2).mulPow5(s5);
            Wide mp = Wide.of(1).shiftLeft(mp2).mulPow5(r5);
            Wide mm = Wide.of(1).shiftLeft(mm2).mulPow5(r5);
            return digitsWide(r, s, mp, mm, k, even);
        }
        BigInteger five = BigInteger.valueOf(5);
        BigInteger r = BigInteger.valueOf(f).shiftLeft(r2);
        BigInteger mp = BigInteger.ONE.shiftLeft(mp2);
        BigInteger mm = BigInteger.ONE.shiftLeft(mm2);
        BigInteger s = BigInteger.ONE.shiftLeft(s2);
        if (r5 > 0) {
            BigInteger p = five.pow(r5);
            r = r.multiply(p);
            mp = mp.multiply(p);
            mm = mm.multiply(p);
        }
        if (s5 > 0) {
            s = s.multiply(five.pow(s5));
        }
        return digitsBig(r, s, mp, mm, k, even);
    }

    /** Both neighbours round-trip: the nearer one wins, ties to the even digit. */
    private static final int COMPARE_HALF = -2;

    /**
     * dtoa's termination test for one digit: j compares the remainder with the lower margin,
     * j1 compares remainder + upper margin with S. Returns the final digit (maybe 10),
     * COMPARE_HALF, or -1 to go on.
     */
    private static int lastDigit(int dig, int j, int j1, boolean even) {
        if (j1 == 0 && even) {
            return j > 0 ? dig + 1 : dig;
        }
        if (j < 0 || (j == 0 && even)) {
            return j1 > 0 ? COMPARE_HALF : dig;
        }
        if (j1 > 0) {
            return dig + 1;
        }
        return -1;
    }

    private static int roundHalf(int dig, int cmpTwiceRemainderWithS) {
        return cmpTwiceRemainderWithS > 0 || (cmpTwiceRemainderWithS == 0 && (dig & 1) != 0) ? dig + 1 : dig;
    }

    /** The digit loop with r < s < 2^59 after the fix-up, so ten times either fits in a long. */
    private static Decimal digitsLong(long r, long s, long mp, long mm, int k, boolean even) {
        char[] out = new char[20];
        int n = 0;
        while (true) {
            r *= 10;
            mp *= 10;
            mm *= 10;
            int dig = (int) (r / s);
            r %= s;
            int d = lastDigit(dig, Long.compare(r, mm), Long.compare(r, s - mp), even);
            if (d == COMPARE_HALF) {
                d = roundHalf(dig, Long.compare(2 * r, s));
            }
            if (d >= 0) {
                return finish(out, n, d, k);
            }
            out[n++] = (char) ('0' + dig);
        }
    }

    /** The same loop in 128 bits; values stay below 11·S < 2^127. */
    private static Decimal digitsWide(Wide r, Wide s, Wide mp, Wide mm, int k, boolean even) {
        Wide t = new Wide();
        while (true) {
            int c = t.set(r).add(mp).compareTo(s);
            if (c > 0 || (c == 0 && even)) {
                if (s.hi >= (1L << 55)) {
                    return digitsBig(r.toBig(), s.toBig(), mp.toBig(), mm.toBig(), k, even);
                }
                s.mulSmall(10);
                k++;
            } else {
                break;
            }
        }
        if (s.hi >= (1L << 58)) {
            return digitsBig(r.toBig(), s.toBig(), mp.toBig(), mm.toBig(), k, even);
        }
        char[] out = new char[20];
        int n = 0;
        while (true) {
            r.mulSmall(10);
            mp.mulSmall(10);
            mm.mulSmall(10);
            int dig = 0;
            while (r.compareTo(s) >= 0) {
                r.subtract(s);
                dig++;
            }
            int d = lastDigit(dig, r.compareTo(mm), t.set(r).add(mp).compareTo(s), even);
            if (d == COMPARE_HALF) {
                d = roundHalf(dig, t.set(r).add(r).compareTo(s));
            }
            if (d >= 0) {
                return finish(out, n, d, k);
            }
            out[n++] = (char) ('0' + dig);
        }
    }

    private static Decimal digitsBig(BigInteger r, BigInteger s, BigInteger mp, BigInteger mm, int k,
            boolean even) {
        while (true) {
            int c = r.add(mp).compareTo(s);
            if (c > 0 || (c == 0 && even)) {
                s = s.multiply(BigInteger.TEN);
                k++;
            } else {
                break;
            }
        }
        char[] out = new char[20];
        int n = 0;
        while (true) {
            r = r.multiply(BigInteger.TEN);
            mp = mp.multiply(BigInteger.TEN);
            mm = mm.multiply(BigInteger.TEN);
            BigInteger[] qr = r.divideAndRemainder(s);
            int dig = qr[0].intValue();
            r = qr[1];
            int d = lastDigit(dig, r.compareTo(mm), r.add(mp).compareTo(s), even);
            if (d == COMPARE_HALF) {
                d = roundHalf(dig, r.shiftLeft(1).compareTo(s));
            }
            if (d >= 0) {
                return finish(out, n, d, k);
            }
            out[n++] = (char) ('0' + dig);
        }
    }

    /** Appends the last digit, propagating a carry out of 9s (dtoa round_9_up). */
    private static Decimal finish(char[] out, int n, int d, int k) {
        if (d < 10) {
            out[n++] = (char) ('0' + d);
            return new Decimal(new String(out, 0, n), k);
        }
        while (n > 0 && out[n - 1] == '9') {
            n--;
        }
        if (n == 0) {
            return new Decimal("1", k + 1);
        }
        out[n - 1]++;
        return new Decimal(new String(out, 0, n), k);
    }

    /** A mutable non-negative integer below 2^127: hi holds bits 64..126, lo bits 0..63 (unsigned). */
    private static final class Wide {
        long hi;
        long lo;

        static Wide of(long v) {
            Wide w = new Wide();
            w.lo = v;
            return w;
        }

        Wide set(Wide o) {
            hi = o.hi;
            lo = o.lo;
            return this;
        }

        Wide shiftLeft(int n) {
            if (n >= 64) {
                hi = lo << (n - 64);
                lo = 0;
            } else if (n > 0) {
                hi = (hi << n) | (lo >>> (64 - n));
                lo <<= n;
            }
            return this;
        }

        /** this ×= m for 0 < m < 2^31. */
        Wide mulSmall(long m) {
            long a = lo >>> 32;
            long b = lo & 0xFFFFFFFFL;
            long low = b * m;
            long mid = a * m + (low >>> 32);
            hi = hi * m + (mid >>> 32);
            lo = (mid << 32) | (low & 0xFFFFFFFFL);
            return this;
        }

        Wide mulPow5(int n) {
            for (; n >= 13; n -= 13) {
                mulSmall(POW5[13]);
            }
            return n > 0 ? mulSmall(POW5[n]) : this;
        }

        Wide add(Wide o) {
            long sum = lo + o.lo;
            hi += o.hi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
            lo = sum;
            return this;
        }

        void subtract(Wide o) {
            long diff = lo - o.lo;
            hi -= o.hi + (Long.compareUnsigned(lo, o.lo) < 0 ? 1 : 0);
            lo = diff;
        }

        int compareTo(Wide o) {
            return hi != o.hi ? Long.compare(hi, o.hi) : Long.compareUnsigned(lo, o.lo);
        }

        BigInteger toBig() {
            BigInteger low = BigInteger.valueOf(lo >>> 1).shiftLeft(1).or(BigInteger.valueOf(lo & 1));
            return BigInteger.valueOf(hi).shiftLeft(64).or(low);
        }
    }
}
