package org.matcha.modules;

/**
 * libm kernels for math and cmath, written out so that results do not depend on the host's Math
 * (TeaVM maps it to JavaScript's) and follow what CPython gets from glibc: a correctly rounded
 * double-double atan2, glibc's hypot method, and log10, log1p, expm1, asinh, cosh, sinh and tanh in
 * the fdlibm shapes glibc uses, on {@link CorrectlyRoundedMath}'s exp and log.
 */
final class Libm {
    private Libm() {}

    /** atan(k/64) for k = 0..64, as (high, low) pairs whose sum is exact to about 2^-106. */
    private static final double[] ATAN_TABLE = {
        0x0.0p+0, 0x0.0p+0,
        0x1.fff555bbb729bp-7, -0x1.220c39d4dff50p-61,
        0x1.ffd55bba97625p-6, -0x1.5ec431444912cp-60,
        0x1.7fb818430da2ap-5, -0x1.86ef8f794f105p-63,
        0x1.ff55bb72cfdeap-5, -0x1.c934d86d23f1dp-60,
        0x1.3f59f0e7c559dp-4, 0x1.ac4ce285df847p-58,
        0x1.7ee182602f10fp-4, -0x1.cfb654c0c3d98p-58,
        0x1.be39ebe6f07c3p-4, 0x1.f7b8f29a05987p-58,
        0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59,
        0x1.1e1fafb043727p-3, -0x1.b485914dacf8cp-59,
        0x1.3d6eee8c6626cp-3, 0x1.61a3b0ce9281bp-57,
        0x1.5c9811e3ec26ap-3, -0x1.054ab2c010f3dp-58,
        0x1.7b97b4bce5b02p-3, 0x1.347b0b4f881cap-58,
        0x1.9a6a8e96c8626p-3, 0x1.cf601e7b4348ep-59,
        0x1.b90d7529260a2p-3, 0x1.17b10d2e0e5abp-61,
        0x1.d77d5df205736p-3, 0x1.c648d1534597ep-57,
        0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57,
        0x1.09dc597d86362p-2, 0x1.62e47390cb865p-56,
        0x1.18bf5a30bf178p-2, 0x1.30ca4748b1bf9p-57,
        0x1.278372057ef46p-2, -0x1.077cdd36dfc81p-56,
        0x1.362773707ebccp-2, -0x1.963a544b672d8p-57,
        0x1.44aa436c2af0ap-2, -0x1.5d5e43c55b3bap-56,
        0x1.530ad9951cd4ap-2, -0x1.2566480884082p-57,
        0x1.614840309cfe2p-2, -0x1.a725715711f00p-56,
        0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56,
        0x1.7d5604b63b3f7p-2, 0x1.69c885c2b249ap-56,
        0x1.8b24d394a1b25p-2, 0x1.b6d0ba3748fa8p-56,
        0x1.98cd5454d6b18p-2, 0x1.9e6c988fd0a77p-56,
        0x1.a64eec3cc23fdp-2, -0x1.24dec1b50b7ffp-56,
        0x1.b3a911da65c6cp-2, 0x1.ae187b1ca5040p-56,
        0x1.c0db4c94ec9f0p-2, -0x1.cc1ce70934c34p-56,
        0x1.cde53432c1351p-2, -0x1.a2cfa4418f1adp-56,
        0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56,
        0x1.e77eb7f175a34p-2, 0x1.0e53dc1bf3435p-56,
        0x1.f40dd0b541418p-2, -0x1.a3992dc382a23p-57,
        0x1.0039c73c1a40cp-1, -0x1.b32c949c9d593p-55,
        0x1.0657e94db30d0p-1, -0x1.d5b495f6349e6p-56,
        0x1.0c6145b5b43dap-1, 0x1.974fa13b5404fp-58,
        0x1.1255d9bfbd2a9p-1, -0x1.2bdaee1c0ee35p-58,
        0x1.1835a88be7c13p-1, 0x1.c621cec00c301p-55,
        0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58,
        0x1.23b71e2cc9e6ap-1, 0x1.c421c9f38224ep-57,
        0x1.2958e59308e31p-1, -0x1.09e73b0c6c087p-56,
        0x1.2ee628406cbcap-1, 0x1.c5d5e9ff0cf8dp-55,
        0x1.345f01cce37bbp-1, 0x1.1021137c71102p-55,
        0x1.39c391cd4171ap-1, -0x1.2304331d8bf46p-55,
        0x1.3f13fb89e96f4p-1, 0x1.ecf8b492644f0p-56,
        0x1.445065b795b56p-1, -0x1.f76d0163f79c8p-56,
        0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56,
        0x1.4e8de5bb6ec04p-1, 0x1.4a33dbeb3796cp-55,
        0x1.538f57b89061fp-1, -0x1.1bb74abda520cp-55,
        0x1.587d81f732fbbp-1, -0x1.5e5c9d8c5a950p-56,
        0x1.5d58987169b18p-1, 0x1.0028e4bc5e7cap-57,
        0x1.6220d115d7b8ep-1, -0x1.2b785350ee8c1p-57,
        0x1.66d663923e087p-1, -0x1.6ea6febe8bbbap-56,
        0x1.6b798920b3d99p-1, -0x1.a80386188c50ep-55,
        0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56,
        0x1.748978fba8e0fp-1, 0x1.7b2a6165884a1p-59,
        0x1.78f6bbd5d315ep-1, 0x1.406a089803740p-55,
        0x1.7d528289fa093p-1, 0x1.560821e2f3aa9p-55,
        0x1.819d0b7158a4dp-1, -0x1.bf76229d3b917p-56,
        0x1.85d69576cc2c5p-1, 0x1.6b66e7fc8b8c3p-57,
        0x1.89ff5ff57f1f8p-1, -0x1.55b9a5e177a1bp-55,
        0x1.8e17aa99cc05ep-1, -0x1.ec182ab042f61p-56,
        0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55,
    };
    static double atanTableHigh(int k) {
        return ATAN_TABLE[2 * k];
    }

    static double atanTableLow(int k) {
        return ATAN_TABLE[2 * k + 1];
    }

    private static final double PIO2_HI = CorrectlyRoundedMath.PIO2_HI;
    private static final double PIO2_LO = CorrectlyRoundedMath.PIO2_LO;
    private static final double PI_HI = 0x1.921fb54442d18p+1;
    private static final double PI_LO = 0x1.1a62633145c07p-53;

    /**
     * atan2 correctly rounded in all but astronomically rare cases: the ratio of the smaller to the
     * larger magnitude in double-double, {@link CorrectlyRoundedMath#atanUnit}, then the quadrant.
     */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0.0
                || y == 0.0) {
            return StrictMath.atan2(y, x); // exact C99 special cases
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        boolean swap = ay > ax;
        double n = swap ? ax : ay;
        double d = swap ? ay : ax;
        // scale so that d is near 1 (the ratio is unchanged; n may become subnormal or zero)
        int e = Ieee754.frexpExponent(d);
        double ns = Ieee754.ldexp(n, -e);
        double ds = Ieee754.ldexp(d, -e);
        double hi;
        double lo;
        if (Ieee754.frexpExponent(n) - e < -60) {
            // atan(u) = u - u^3/3 rounds to the correctly rounded ratio itself
            hi = n / d;
            lo = 0.0;
        } else {
            DoubleDouble u = new DoubleDouble(ns, 0.0).div(ds, 0.0);
            DoubleDouble atan = CorrectlyRoundedMath.atanUnit(u.hi, u.lo);
            hi = atan.hi;
            lo = atan.lo;
        }
        if (swap) {
            double h2 = PIO2_HI - hi;
            double l2 = DoubleDouble.twoSumLo(PIO2_HI, -hi, h2) + PIO2_LO - lo;
            hi = h2 + l2;
            lo = DoubleDouble.twoSumLo(h2, l2, hi);
        }
        if (x < 0) {
            double h2 = PI_HI - hi;
            double l2 = DoubleDouble.twoSumLo(PI_HI, -hi, h2) + PI_LO - lo;
            hi = h2 + l2;
        }
        return Math.copySign(hi, y);
    }

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double LP1 = 6.666666666666735130e-01;
    private static final double LP2 = 3.999999999940941908e-01;
    private static final double LP3 = 2.857142874366239149e-01;
    private static final double LP4 = 2.222219843214978396e-01;
    private static final double LP5 = 1.818357216161805012e-01;
    private static final double LP6 = 1.531383769920937332e-01;
    private static final double LP7 = 1.479819860511658591e-01;

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static double withHighWord(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    /**
     * log10 for positive finite x: x = 2^k m with m in [1, 2) (or [0.5, 1) when k < 0), then
     * k log10(2) in two parts plus log(m) / ln(10), as fdlibm's and glibc's e_log10.c do. The
     * browser's Math.log10 is off by an ulp on powers of ten.
     */
    static double log10(double x) {
        final double ivln10 = 4.34294481903251816668e-01;
        final double log10TwoHi = 3.01029995663611771306e-01;
        final double log10TwoLo = 3.69423907715893078616e-13;
        int k = 0;
        int hx = highWord(x);
        if (hx < 0x00100000) {
            // subnormal: scale by 2^54 first
            k -= 54;
            x *= 18014398509481984.0;
            hx = highWord(x);
        }
        k += (hx >> 20) - 1023;
        int i = (k >>> 31);
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHighWord(x, hx);
        double z = y * log10TwoLo + ivln10 * CorrectlyRoundedMath.log(x);
        return z + y * log10TwoHi;
    }

    /**
     * log(1 + x): 1 + x = 2^k (1 + f) with f near 0, log(1 + f) from s = f / (2 + f) and a
     * polynomial in s^2, plus the rounding error of 1 + x as a correction. The fdlibm/glibc method.
     */
    static double log1p(double x) {
        int hx = highWord(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        double f = 0.0;
        int hu = 0;
        double c = 0.0;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                if (ax < 0x3c900000) { // |x| < 2^-54
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = highWord(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = highWord(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHighWord(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHighWord(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    /** asinh in the fdlibm/glibc shape, over this log1p. */
    static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) {
            return x;
        }
        double w;
        if (a > 0x1p28) {
            w = CorrectlyRoundedMath.log(a) + 6.93147180559945286227e-01;
        } else if (a > 2.0) {
            w = CorrectlyRoundedMath.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            w = log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    private static final double LN_MAX = 7.09782712893383973096e+02;
    private static final double OVERFLOW_THRESHOLD = 7.10475860073943863426e+02;

    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    /** y * 2^k by adding k to the exponent field (y is normal and stays so). */
    private static double scaleExp(double y, int k) {
        return withHighWord(y, highWord(y) + (k << 20));
    }

    /**
     * exp(x) - 1 in the fdlibm/glibc shape: x = k ln2 + r with a correction term c, a rational
     * approximation in r, then the 2^k rescaling arranged to keep the low bits.
     */
    static double expm1(double x) {
        int hx = highWord(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78
                if (Double.isNaN(x)) {
                    return x;
                }
                if (Double.isInfinite(x)) {
                    return negative ? -1.0 : x;
                }
                if (x > LN_MAX) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (negative) {
                return -1.0;
            }
        }
        int k;
        double c = 0.0;
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            if (k == 1024) {
                y = y * 2.0 * 0x1p1023;
            } else {
                y = scaleExp(y, k);
            }
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            double tt = withHighWord(0.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            y = tt - (e - x);
        } else {
            double tt = withHighWord(0.0, (0x3ff - k) << 20); // 2^-k
            y = x - (e + tt);
            y += 1.0;
        }
        return scaleExp(y, k);
    }


    /** cosh in the fdlibm/glibc shape: expm1 near 0, (e^x + e^-x)/2, then e^x/2 with a split exponent. */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < 0.5 * 0.6931471805599453) {
            if (a < 0x1p-55) {
                return 1.0;
            }
            double t = expm1(a);
            double w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22.0) {
            double t = CorrectlyRoundedMath.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < LN_MAX) {
            return 0.5 * CorrectlyRoundedMath.exp(a);
        }
        if (a <= OVERFLOW_THRESHOLD) {
            double w = CorrectlyRoundedMath.exp(0.5 * a);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** sinh in the fdlibm/glibc shape. */
    static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        if (a < 22.0) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = expm1(a);
            if (a < 1.0) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (a < LN_MAX) {
            return h * CorrectlyRoundedMath.exp(a);
        }
        if (a <= OVERFLOW_THRESHOLD) {
            double w = CorrectlyRoundedMath.exp(0.5 * a);
            double t = h * w;
            return t * w;
        }
        return x * 0x1p1023 * 0x1p1023;
    }

    /** tanh in the fdlibm/glibc shape. */
    static double tanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(1.0, x);
        }
        double a = Math.abs(x);
        double z;
        if (a < 22.0) {
            if (a < 0x1p-55) {
                return x * (1.0 + x);
            }
            if (a >= 1.0) {
                double t = expm1(2.0 * a);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * a);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return Math.copySign(z, x);
    }

    /**
     * hypot as glibc computes it (Borges, "An Improved Algorithm for hypot(a, b)", 2019): a
     * rounded sqrt(x^2 + y^2) plus one correction step, with power-of-two scaling at the extremes.
     */
    static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = x < y ? y : x;
        double ay = x < y ? x : y;
        if (ax > 0x1p511) {
            if (ay <= ax * 0x1p-54) {
                return ax + ay;
            }
            return hypotKernel(ax * 0x1p-600, ay * 0x1p-600) / 0x1p-600;
        }
        if (ay < 0x1p-511) {
            if (ax >= ay / 0x1p-54) {
                return ax + ay;
            }
            return hypotKernel(ax / 0x1p-600, ay / 0x1p-600) * 0x1p-600;
        }
        if (ay <= ax * 0x1p-54) {
            return ax + ay;
        }
        return hypotKernel(ax, ay);
    }

    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }
}
