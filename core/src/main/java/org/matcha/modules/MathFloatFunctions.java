package org.matcha.modules;

/**
 * Float kernels for math that the host Math lacks or gets wrong under TeaVM: acosh, atanh,
 * erf/erfc, and CPython's own Lanczos gamma/lgamma.
 * CPython: Modules/_math.c, Modules/mathmodule.c (m_tgamma, m_lgamma, m_erf, m_erfc, m_remainder).
 */
final class MathFloatFunctions {
    private MathFloatFunctions() {}

    static final double LN2 = 0.6931471805599453;

    // acosh and atanh in fdlibm's shapes (e_acosh.c, e_atanh.c), which glibc uses, on Libm's log1p

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : CorrectlyRoundedMath.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return CorrectlyRoundedMath.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Libm.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1.0) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < 0x1p-28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * Libm.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * Libm.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(t, x);
    }

    // ---- erf / erfc: series for small |x|, continued fraction for larger (CPython's pre-libm m_erf) ----

    private static final double ERF_SERIES_CUTOFF = 1.5;
    private static final int ERF_SERIES_TERMS = 25;
    private static final double ERFC_CONTFRAC_CUTOFF = 30.0;
    private static final int ERFC_CONTFRAC_TERMS = 50;
    private static final double SQRTPI = 1.772453850905516027298167483341145182798;

    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = ERF_SERIES_TERMS + 0.5;
        for (int i = 0; i < ERF_SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * CorrectlyRoundedMath.exp(-x2) / SQRTPI;
    }

    private static double erfcContfrac(double x) {
        if (x >= ERFC_CONTFRAC_CUTOFF) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double temp = p;
            p = b * p - a * pLast;
            pLast = temp;
            temp = q;
            q = b * q - a * qLast;
            qLast = temp;
        }
        return p / q * x * CorrectlyRoundedMath.exp(-x2) / SQRTPI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < ERF_SERIES_CUTOFF) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(a);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < ERF_SERIES_CUTOFF) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(a);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    // ---- gamma / lgamma: CPython's Lanczos approximation (g = 6.02468..., N = 13) ----

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
        479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
        355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0};

    /** sin(pi * x) with exact argument reduction. CPython: m_sinpi. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        long n = Math.round(2.0 * y);
        double r;
        switch ((int) n) {
            case 0: r = CorrectlyRoundedMath.sin(Math.PI * y); break;
            case 1: r = CorrectlyRoundedMath.cos(Math.PI * (y - 0.5)); break;
            case 2: r = CorrectlyRoundedMath.sin(Math.PI * (1.0 - y)); break;
            case 3: r = -CorrectlyRoundedMath.cos(Math.PI * (y - 1.5)); break;
            case 4: r = CorrectlyRoundedMath.sin(Math.PI * (y - 2.0)); break;
            default: throw new IllegalStateException("sinpi");
        }
        return Math.copySign(1.0, x) * r;
    }

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** NaN marks a domain error, an infinity from finite input a range error. CPython: m_tgamma. */
    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NaN; // CPython: domain error for 0 and -0
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                return Double.NaN;
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return 1.0 / x;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            return Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double q;
        if (absx > LANCZOS_G_MINUS_HALF) {
            q = y - absx;
            double z = q - LANCZOS_G_MINUS_HALF;
            q = z;
        } else {
            q = y - LANCZOS_G_MINUS_HALF;
            q = q - absx;
        }
        double z = q * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * CorrectlyRoundedMath.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= CorrectlyRoundedMath.pow(y, absx - 0.5);
            } else {
                double sqrtpow = CorrectlyRoundedMath.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / CorrectlyRoundedMath.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= CorrectlyRoundedMath.pow(y, absx - 0.5);
            } else {
                double sqrtpow = CorrectlyRoundedMath.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    /** CPython: m_lgamma. NaN marks a domain error. */
    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                return Double.POSITIVE_INFINITY; // pole: CPython raises a domain error
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -CorrectlyRoundedMath.log(absx);
        }
        double r = CorrectlyRoundedMath.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (CorrectlyRoundedMath.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = CorrectlyRoundedMath.log(Math.PI) - CorrectlyRoundedMath.log(Math.abs(sinpi(absx))) - CorrectlyRoundedMath.log(absx) - r;
        }
        return r;
    }

    /** IEEE remainder. CPython: m_remainder. */
    static double remainder(double x, double y) {
        if (!Double.isNaN(x) && !Double.isInfinite(x) && !Double.isNaN(y) && !Double.isInfinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = org.matcha.objects.PyFloat.fmod(absx, absy);
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * org.matcha.objects.PyFloat.fmod(0.5 * (absx - m), absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return x;
    }

    static double nextafter(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return x + y;
        }
        if (x == y) {
            return y;
        }
        if (x == 0) {
            return Math.copySign(Double.MIN_VALUE, y);
        }
        long bits = Double.doubleToRawLongBits(x);
        bits += ((y > x) == (x > 0)) ? 1 : -1;
        return Double.longBitsToDouble(bits);
    }
}
