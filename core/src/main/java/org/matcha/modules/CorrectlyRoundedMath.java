package org.matcha.modules;

import java.math.BigInteger;

/**
 * exp, log, log2, pow, sin, cos, tan, atan, asin and acos evaluated in double-double arithmetic
 * (relative error below about 2^-85) and rounded once, so the results are the correctly rounded
 * ones except when the exact value lies within that error of a rounding boundary, which random
 * arguments hit about once in 2^30 calls.
 *
 * <p>CPython's math module calls glibc, whose versions of these functions (ARM's exp/log/pow, IBM's
 * sin/cos/atan/asin) are within about 0.52 ulp and so agree with the correctly rounded result on
 * all but about 0.1 % of arguments, while the hosts' Math (fdlibm in browsers, Intel's libm on
 * HotSpot) disagrees on up to 8 %. The same code runs on every host, so the JVM and the browser
 * print the same digits.
 *
 * <p>Each kernel reduces its argument with a table of 64 points per unit computed at class
 * initialisation, then sums a short series whose large terms are in double-double and small terms
 * in double.
 */
public final class CorrectlyRoundedMath {
    private CorrectlyRoundedMath() {}

    private static final double LN2_HI = 0x1.62e42fefa39efp-1;
    private static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    private static final double INV_LN2_HI = 0x1.71547652b82fep+0;
    private static final double INV_LN2_LO = 0x1.777d0ffda0d24p-56;
    /** ln2/64 in three parts; the first two have 32 significant bits, so k * part is exact for |k| < 2^21. */
    private static final double LN2_64_1 = 0x1.62e42feep-7;
    private static final double LN2_64_2 = 0x1.a39ef356p-39;
    private static final double LN2_64_3 = 0x1.93c7673007e5fp-71;
    /** pi/2 in four parts; the first three have 33 significant bits, so n * part is exact for |n| < 2^20. */
    private static final double PIO2_1 = 0x1.921fb544p+0;
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    private static final double PIO2_3 = 0x1.3198a2ep-69;
    private static final double PIO2_4 = 0x1.b839a252049c1p-104;
    static final double PIO2_HI = 0x1.921fb54442d18p+0;
    static final double PIO2_LO = 0x1.1a62633145c07p-54;
    private static final double PI_HI = 0x1.921fb54442d18p+1;
    private static final double SQRT2 = 0x1.6a09e667f3bcdp+0;

    /** 1/k! for k = 0..13, as (high, low) pairs. */
    private static final double[] INV_FACTORIAL = new double[28];
    /** 1/(2k+1) for k = 0..3, as (high, low) pairs: 1, 1/3, 1/5, 1/7. */
    private static final double[] INV_ODD = new double[8];
    /** 2^(j/64) for j = 0..63, as (high, low) pairs. */
    private static final double[] EXP2_TABLE = new double[128];
    /** log(1 + j/64) for j = -19..27 at index 2 * (j + 19), as (high, low) pairs. */
    private static final double[] LOG_TABLE = new double[94];
    /** sin(j/64) and cos(j/64) for j = 0..51, as (high, low) pairs. */
    private static final double[] SIN_TABLE = new double[104];
    private static final double[] COS_TABLE = new double[104];

    static {
        DoubleDouble f = new DoubleDouble(1.0, 0.0);
        for (int k = 0; k < 14; k++) {
            if (k > 0) {
                f.div(k, 0.0);
            }
            INV_FACTORIAL[2 * k] = f.hi;
            INV_FACTORIAL[2 * k + 1] = f.lo;
        }
        for (int k = 0; k < 4; k++) {
            DoubleDouble r = new DoubleDouble(1.0, 0.0).div(2 * k + 1, 0.0);
            INV_ODD[2 * k] = r.hi;
            INV_ODD[2 * k + 1] = r.lo;
        }
        DoubleDouble step = expSmall(LN2_HI / 128, LN2_LO / 128);
        step.mul(step); // 2^(1/64), squared from 2^(1/128) where the series' truncation is below 2^-105
        DoubleDouble p = new DoubleDouble(1.0, 0.0);
        for (int j = 0; j < 64; j++) {
            EXP2_TABLE[2 * j] = p.hi;
            EXP2_TABLE[2 * j + 1] = p.lo;
            p.mul(step);
        }
        for (int j = -19; j <= 27; j++) {
            // log(c) = 2 atanh((c - 1) / (c + 1)), summed until the terms vanish
            DoubleDouble u = new DoubleDouble(j / 64.0, 0.0).div(2.0 + j / 64.0, 0.0);
            DoubleDouble u2 = new DoubleDouble(u.hi, u.lo).mul(u);
            DoubleDouble term = new DoubleDouble(u.hi, u.lo);
            DoubleDouble sum = new DoubleDouble(0.0, 0.0);
            for (int k = 0; k < 40 && term.hi != 0.0; k++) {
                sum.add(new DoubleDouble(term.hi, term.lo).div(2 * k + 1, 0.0));
                term.mul(u2);
            }
            LOG_TABLE[2 * (j + 19)] = sum.hi * 2.0;
            LOG_TABLE[2 * (j + 19) + 1] = sum.lo * 2.0;
        }
        for (int j = 0; j < 52; j++) {
            // Taylor series of sin and cos at j/64, summed until the terms vanish
            double a = j / 64.0;
            DoubleDouble sin = new DoubleDouble(0.0, 0.0);
            DoubleDouble cos = new DoubleDouble(0.0, 0.0);
            DoubleDouble term = new DoubleDouble(1.0, 0.0);
            for (int k = 0; k < 40 && term.hi != 0.0; k++) {
                if ((k & 1) == 0) {
                    cos.add((k & 2) == 0 ? term.hi : -term.hi, (k & 2) == 0 ? term.lo : -term.lo);
                } else {
                    sin.add((k & 2) == 0 ? term.hi : -term.hi, (k & 2) == 0 ? term.lo : -term.lo);
                }
                term.mul(a).div(k + 1, 0.0);
            }
            SIN_TABLE[2 * j] = sin.hi;
            SIN_TABLE[2 * j + 1] = sin.lo;
            COS_TABLE[2 * j] = cos.hi;
            COS_TABLE[2 * j + 1] = cos.lo;
        }
    }

    // ---- exp ----

    public static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return expOf(x, 0.0);
    }

    /** exp(xh + xl), rounded once; overflows to infinity and underflows through the subnormals to zero. */
    private static double expOf(double xh, double xl) {
        if (xh > 710.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (xh < -746.0) {
            return 0.0;
        }
        // x = k ln2/64 + r, |r| <= ln2/128; x - k * LN2_64_1 is exact (Sterbenz), k * LN2_64_2 too
        int k = (int) Math.rint(xh * (64 * INV_LN2_HI));
        double t = xh - k * LN2_64_1;
        double b = k * LN2_64_2;
        double rh = t - b;
        double rl = DoubleDouble.twoSumLo(t, -b, rh) - k * LN2_64_3 + xl;
        double r = rh + rl;
        rl = DoubleDouble.twoSumLo(rh, rl, r);
        DoubleDouble e = expSmall(r, rl);
        int j = k & 63;
        e.mul(EXP2_TABLE[2 * j], EXP2_TABLE[2 * j + 1]);
        return scaleRounded(e.hi, e.lo, k >> 6);
    }

    /** exp(r) for |r| <= 0.011: Taylor to degree 10, degrees 5 and up in double. */
    private static DoubleDouble expSmall(double rh, double rl) {
        double tail = rh * (INV_FACTORIAL[10] + rh * (INV_FACTORIAL[12] + rh * (INV_FACTORIAL[14]
                + rh * (INV_FACTORIAL[16] + rh * (INV_FACTORIAL[18] + rh * INV_FACTORIAL[20])))));
        DoubleDouble acc = new DoubleDouble(INV_FACTORIAL[8], INV_FACTORIAL[9]).add(tail);
        for (int k = 3; k >= 0; k--) {
            acc.mul(rh, rl).add(INV_FACTORIAL[2 * k], INV_FACTORIAL[2 * k + 1]);
        }
        return acc;
    }

    /**
     * (hi + lo) * 2^m rounded once: exact scaling for normal results; for subnormal ones the part of
     * hi that scaling rounds away is added back to lo to decide the rounding.
     */
    private static double scaleRounded(double hi, double lo, int m) {
        double y = Ieee754.ldexp(hi, m);
        if (Math.abs(y) >= Double.MIN_NORMAL || Double.isInfinite(y)) {
            return y;
        }
        double dropped = (hi - Ieee754.ldexp(y, -m)) + lo; // exact value minus y, in hi's scale
        double half = Ieee754.ldexp(Double.MIN_VALUE, -m) * 0.5;
        if (dropped > half) {
            return y + Double.MIN_VALUE;
        }
        if (dropped < -half) {
            return y - Double.MIN_VALUE;
        }
        return y;
    }

    // ---- log, log2 ----

    public static double log(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x < 0.0 ? Double.NaN : x;
        }
        return logOf(x).hi;
    }

    public static double log2(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x < 0.0 ? Double.NaN : x;
        }
        int e = Ieee754.frexpExponent(x);
        if (Ieee754.frexpMantissa(x, e) == 0.5) {
            return e - 1; // powers of two are exact
        }
        return logOf(x).mul(INV_LN2_HI, INV_LN2_LO).hi;
    }

    /**
     * log(x) for finite x > 0: x = 2^e m with m in (sqrt(1/2), sqrt(2)], m = c (1 + t) with c = 1 + j/64
     * from the table, and log(1 + t) = 2 atanh(u) with u = (m - c) / (m + c), |u| < 2^-7.5.
     */
    private static DoubleDouble logOf(double x) {
        int e = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            e = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        e += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        int j = (int) Math.rint((m - 1.0) * 64.0);
        double c = 1.0 + j / 64.0;
        double s = m + c;
        DoubleDouble u = new DoubleDouble(m - c, 0.0).div(s, DoubleDouble.twoSumLo(m, c, s));
        DoubleDouble u2 = new DoubleDouble(u.hi, u.lo).mul(u);
        double v = u2.hi;
        double tail = v * (INV_ODD[6] + v * (1.0 / 9 + v * (1.0 / 11 + v * (1.0 / 13))));
        DoubleDouble sum = new DoubleDouble(INV_ODD[4], INV_ODD[5]).add(tail)
                .mul(u2).add(INV_ODD[2], INV_ODD[3])
                .mul(u2).add(1.0)
                .mul(u).mul(2.0);
        sum.add(LOG_TABLE[2 * (j + 19)], LOG_TABLE[2 * (j + 19) + 1]);
        if (e != 0) {
            double p = e * LN2_HI;
            sum.add(p, DoubleDouble.twoProdLo(e, LN2_HI, p) + e * LN2_LO);
        }
        return sum;
    }

    // ---- pow ----

    /**
     * x ** y with C99's special cases for zeros, infinities and NaNs (through StrictMath, whose
     * rules are the same), and exp(y log|x|) in double-double otherwise.
     */
    public static double pow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0.0) {
            return StrictMath.pow(x, y);
        }
        boolean negate = false;
        if (x < 0.0) {
            if (y != Math.rint(y)) {
                return Double.NaN;
            }
            negate = Math.abs(y) < 0x1p53 && ((long) y & 1) != 0;
        }
        double ax = Math.abs(x);
        double r;
        if (Math.abs(y) > 0x1p64) {
            // |y log|x|| >= 2^11 unless |x| == 1: certain overflow or underflow (and y is even)
            r = ax == 1.0 ? 1.0 : (ax > 1.0) == (y > 0.0) ? Double.POSITIVE_INFINITY : 0.0;
        } else if (y == 1.0) {
            r = ax;
        } else if (y == 2.0) {
            r = ax * ax; // a single rounding
        } else if (y == -1.0) {
            r = 1.0 / ax;
        } else if (y == 0.5) {
            r = Math.sqrt(ax);
        } else {
            int e = Ieee754.frexpExponent(ax);
            if (Ieee754.frexpMantissa(ax, e) == 0.5 && y == Math.rint(y) && Math.abs(y) < 0x1p20) {
                r = Ieee754.ldexp(1.0, (long) (e - 1) * (long) y); // powers of two: exact, ties to even
            } else {
                DoubleDouble l = logOf(ax).mul(y);
                r = expOf(l.hi, l.lo);
            }
        }
        return negate ? -r : r;
    }

    // ---- sin, cos, tan ----

    public static double sin(double x) {
        if (Math.abs(x) < 0x1p-26 || Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isInfinite(x) ? Double.NaN : x; // sin x = x - x^3/6 rounds to x
        }
        DoubleDouble s = new DoubleDouble(0.0, 0.0);
        DoubleDouble c = new DoubleDouble(0.0, 0.0);
        int n = reducedSinCos(x, s, c);
        switch (n) {
            case 0: return s.hi;
            case 1: return c.hi;
            case 2: return -s.hi;
            default: return -c.hi;
        }
    }

    public static double cos(double x) {
        if (Math.abs(x) < 0x1p-27 || Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isNaN(x) || Double.isInfinite(x) ? Double.NaN : 1.0; // 1 - x^2/2 rounds to 1
        }
        DoubleDouble s = new DoubleDouble(0.0, 0.0);
        DoubleDouble c = new DoubleDouble(0.0, 0.0);
        int n = reducedSinCos(x, s, c);
        switch (n) {
            case 0: return c.hi;
            case 1: return -s.hi;
            case 2: return -c.hi;
            default: return s.hi;
        }
    }

    public static double tan(double x) {
        if (Math.abs(x) < 0x1p-27 || Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isInfinite(x) ? Double.NaN : x; // tan x = x + x^3/3 rounds to x
        }
        DoubleDouble s = new DoubleDouble(0.0, 0.0);
        DoubleDouble c = new DoubleDouble(0.0, 0.0);
        int n = reducedSinCos(x, s, c);
        return (n & 1) == 0 ? s.div(c).hi : -c.div(s).hi;
    }

    /** Sets s and c to sin r and cos r where x = r + n pi/2, and returns n mod 4. */
    private static int reducedSinCos(double x, DoubleDouble s, DoubleDouble c) {
        DoubleDouble r = new DoubleDouble(0.0, 0.0);
        int n = reduceHalfPi(x, r);
        sinCos(r, s, c);
        return n;
    }

    /**
     * Sets r to x - n pi/2 with |r| <= pi/4 (about) and returns n mod 4. Below 2^20 pi/2 is
     * subtracted in four parts (Cody and Waite); huge arguments, and results that cancel to below
     * 2^-20, use pi to 1,300 bits.
     */
    private static int reduceHalfPi(double x, DoubleDouble r) {
        double ax = Math.abs(x);
        if (ax <= 0x1.921fb54442d18p-1) {
            r.hi = x;
            r.lo = 0.0;
            return 0;
        }
        if (ax < 0x1p20) {
            double n = Math.rint(x * (2.0 / Math.PI));
            double a = x - n * PIO2_1; // exact: n * PIO2_1 is exact and within a factor 2 of x
            r.set(a, 0.0).add(-n * PIO2_2, 0.0).add(-n * PIO2_3, 0.0).add(-n * PIO2_4, 0.0);
            if (Math.abs(r.hi) >= 0x1p-20) {
                return (int) n & 3;
            }
        }
        return reduceWithLongPi(x, r);
    }

    private static final int PI_FRACTION_BITS = 1300;
    private static BigInteger halfPiFixed;

    /** floor(pi/2 * 2^1300), from Machin's formula pi = 16 atan(1/5) - 4 atan(1/239), computed once. */
    private static BigInteger halfPiFixed() {
        if (halfPiFixed == null) {
            int guard = 16;
            BigInteger pi = arctanInverse(5, PI_FRACTION_BITS + guard).shiftLeft(4)
                    .subtract(arctanInverse(239, PI_FRACTION_BITS + guard).shiftLeft(2));
            halfPiFixed = pi.shiftRight(guard + 1);
        }
        return halfPiFixed;
    }

    /** atan(1/n) * 2^bits by its alternating series (truncated terms; error a few units). */
    private static BigInteger arctanInverse(int n, int bits) {
        BigInteger n2 = BigInteger.valueOf((long) n * n);
        BigInteger power = BigInteger.ONE.shiftLeft(bits).divide(BigInteger.valueOf(n));
        BigInteger sum = power;
        for (int k = 1; power.signum() != 0; k++) {
            power = power.divide(n2);
            BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
            sum = (k & 1) != 0 ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }

    /** x - n pi/2 in 1300-bit fixed point: x = M 2^E exactly, n = round(x / (pi/2)). */
    private static int reduceWithLongPi(double x, DoubleDouble r) {
        int e = Ieee754.frexpExponent(x) - 53;
        long mant = (long) Ieee754.ldexp(Math.abs(x), -e);
        BigInteger fixedX = BigInteger.valueOf(mant).shiftLeft(PI_FRACTION_BITS + e);
        BigInteger halfPi = halfPiFixed();
        BigInteger n = fixedX.add(halfPi.shiftRight(1)).divide(halfPi);
        BigInteger rem = fixedX.subtract(n.multiply(halfPi));
        boolean negative = rem.signum() < 0;
        BigInteger mag = rem.abs();
        int shift = Math.max(0, mag.bitLength() - 106);
        BigInteger top = mag.shiftRight(shift);
        long high = top.shiftRight(53).longValue();
        long low = top.and(BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE)).longValue();
        double hi = Ieee754.ldexp((double) high, 53L + shift - PI_FRACTION_BITS);
        double lo = Ieee754.ldexp((double) low, (long) shift - PI_FRACTION_BITS);
        r.set(hi, lo);
        int quadrant = n.intValue() & 3;
        if (x < 0) {
            r.negate();
            quadrant = -quadrant & 3;
        }
        if (negative) {
            r.negate();
        }
        return quadrant;
    }

    /**
     * sin(r) and cos(r) for |r| <= pi/4 + tiny: r = j/64 + t with |t| <= 1/128, the table at j/64,
     * and Taylor series of degree 11 (sin) and 12 (cos) in t.
     */
    private static void sinCos(DoubleDouble r, DoubleDouble sinOut, DoubleDouble cosOut) {
        int j = (int) Math.rint(r.hi * 64.0);
        double th = r.hi - j / 64.0; // exact (Sterbenz, or j == 0)
        double t = th + r.lo;
        double tl = DoubleDouble.twoSumLo(th, r.lo, t);
        DoubleDouble tt = new DoubleDouble(t, tl).mul(t, tl);
        double t2 = tt.hi;
        double sinTail = t2 * (-INV_FACTORIAL[14] + t2 * (INV_FACTORIAL[18] - t2 * INV_FACTORIAL[22]));
        DoubleDouble s = new DoubleDouble(INV_FACTORIAL[10], INV_FACTORIAL[11]).add(sinTail)
                .mul(tt).add(-INV_FACTORIAL[6], -INV_FACTORIAL[7])
                .mul(tt).add(1.0)
                .mul(t, tl);
        double cosTail = t2 * (-INV_FACTORIAL[12] + t2 * (INV_FACTORIAL[16] - t2 * (INV_FACTORIAL[20]
                - t2 * INV_FACTORIAL[24])));
        DoubleDouble c = new DoubleDouble(INV_FACTORIAL[8], INV_FACTORIAL[9]).add(cosTail)
                .mul(tt).add(-0.5)
                .mul(tt).add(1.0);
        if (j == 0) {
            sinOut.set(s);
            cosOut.set(c);
            return;
        }
        int a = Math.abs(j);
        double sh = SIN_TABLE[2 * a];
        double sl = SIN_TABLE[2 * a + 1];
        if (j < 0) {
            sh = -sh;
            sl = -sl;
        }
        double ch = COS_TABLE[2 * a];
        double cl = COS_TABLE[2 * a + 1];
        // sin(a + t) = sin a cos t + cos a sin t; cos(a + t) = cos a cos t - sin a sin t
        sinOut.set(c).mul(sh, sl).add(new DoubleDouble(s.hi, s.lo).mul(ch, cl));
        cosOut.set(c).mul(ch, cl).add(s.mul(sh, sl).negate());
    }

    // ---- atan, asin, acos ----

    public static double atan(double x) {
        double a = Math.abs(x);
        if (a < 0x1p-27 || Double.isNaN(x)) {
            return x; // atan x = x - x^3/3 rounds to x
        }
        if (a > 0x1p60) {
            return Math.copySign(PIO2_HI, x); // pi/2 - 1/x rounds to pi/2's double
        }
        DoubleDouble r;
        if (a <= 1.0) {
            r = atanUnit(a, 0.0);
        } else {
            DoubleDouble inv = new DoubleDouble(1.0, 0.0).div(a, 0.0);
            r = atanUnit(inv.hi, inv.lo).negate().add(PIO2_HI, PIO2_LO);
        }
        return Math.copySign(r.hi, x);
    }

    public static double asin(double x) {
        double a = Math.abs(x);
        if (a < 0x1p-26 || Double.isNaN(x)) {
            return x; // asin x = x + x^3/6 rounds to x
        }
        if (a >= 1.0) {
            return a == 1.0 ? Math.copySign(PIO2_HI, x) : Double.NaN;
        }
        // asin a = atan(a / sqrt((1 - a)(1 + a)))
        DoubleDouble q = new DoubleDouble(1.0, 0.0).add(-a).mul(new DoubleDouble(1.0, 0.0).add(a)).sqrt();
        DoubleDouble r;
        if (a <= 0.7071) {
            DoubleDouble ratio = new DoubleDouble(a, 0.0).div(q);
            r = atanUnit(ratio.hi, ratio.lo);
        } else {
            DoubleDouble ratio = q.div(a, 0.0);
            r = atanUnit(ratio.hi, ratio.lo).negate().add(PIO2_HI, PIO2_LO);
        }
        return Math.copySign(r.hi, x);
    }

    public static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1.0) {
            return Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x == -1.0) {
            return PI_HI;
        }
        // acos x = 2 atan(sqrt((1 - x) / (1 + x)))
        DoubleDouble w = new DoubleDouble(1.0, 0.0).add(-x).div(new DoubleDouble(1.0, 0.0).add(x)).sqrt();
        DoubleDouble r;
        if (w.hi <= 1.0) {
            r = atanUnit(w.hi, w.lo);
        } else {
            DoubleDouble inv = new DoubleDouble(1.0, 0.0).div(w);
            r = atanUnit(inv.hi, inv.lo).negate().add(PIO2_HI, PIO2_LO);
        }
        return r.mul(2.0).hi;
    }

    /**
     * atan(u) for 0 <= u <= 1: u = c + ... with c = k/64 from the table, atan u = atan c + atan t
     * with t = (u - c) / (1 + u c), |t| <= 1/128, and the series of atan t to degree 15.
     */
    static DoubleDouble atanUnit(double uh, double ul) {
        int k = (int) Math.rint(uh * 64.0);
        double c = k / 64.0;
        DoubleDouble t = new DoubleDouble(uh - c, ul) // uh - c is exact (Sterbenz, or c == 0)
                .div(new DoubleDouble(uh, ul).mul(c).add(1.0));
        DoubleDouble tt = new DoubleDouble(t.hi, t.lo).mul(t);
        double v = tt.hi;
        double tail = v * (-INV_ODD[6] + v * (1.0 / 9 - v * (1.0 / 11 - v * (1.0 / 13 - v * (1.0 / 15)))));
        DoubleDouble sum = new DoubleDouble(INV_ODD[4], INV_ODD[5]).add(tail)
                .mul(tt).add(-INV_ODD[2], -INV_ODD[3])
                .mul(tt).add(1.0)
                .mul(t);
        return sum.add(Libm.atanTableHigh(k), Libm.atanTableLow(k));
    }
}
