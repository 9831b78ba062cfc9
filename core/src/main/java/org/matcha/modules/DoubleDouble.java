package org.matcha.modules;

/**
 * A mutable double-double number hi + lo, |lo| <= ulp(hi)/2, carrying about 106 bits, for the libm
 * kernels. The error-free transformations are Knuth's TwoSum and Dekker's TwoProduct (split at 27
 * bits), so no fused multiply-add is needed (Wasm has none). Operations overwrite this number and
 * return it; kernels allocate one or two per call.
 */
final class DoubleDouble {
    double hi;
    double lo;

    DoubleDouble(double hi, double lo) {
        set(hi, lo);
    }

    DoubleDouble set(double h, double l) {
        double s = h + l;
        lo = twoSumLo(h, l, s);
        hi = s;
        return this;
    }

    DoubleDouble set(DoubleDouble o) {
        hi = o.hi;
        lo = o.lo;
        return this;
    }

    DoubleDouble negate() {
        hi = -hi;
        lo = -lo;
        return this;
    }

    /** this += h + l, accurate even under cancellation (two TwoSums, QD's "ieee add"). */
    DoubleDouble add(double h, double l) {
        double s = hi + h;
        double e = twoSumLo(hi, h, s);
        double t = lo + l;
        double f = twoSumLo(lo, l, t);
        e += t;
        double s2 = s + e;
        e = e - (s2 - s);
        e += f;
        hi = s2 + e;
        lo = e - (hi - s2);
        return this;
    }

    DoubleDouble add(DoubleDouble o) {
        return add(o.hi, o.lo);
    }

    DoubleDouble add(double d) {
        return add(d, 0.0);
    }

    /** this *= h + l. */
    DoubleDouble mul(double h, double l) {
        double p = hi * h;
        double e = twoProdLo(hi, h, p) + (hi * l + lo * h);
        hi = p + e;
        lo = e - (hi - p);
        return this;
    }

    DoubleDouble mul(DoubleDouble o) {
        return mul(o.hi, o.lo);
    }

    DoubleDouble mul(double d) {
        double p = hi * d;
        double e = twoProdLo(hi, d, p) + lo * d;
        hi = p + e;
        lo = e - (hi - p);
        return this;
    }

    /** this /= h + l: one long-division step with an exact remainder. */
    DoubleDouble div(double h, double l) {
        double q = hi / h;
        double p = q * h;
        double r = ((hi - p) - twoProdLo(q, h, p) + lo - q * l) / h;
        hi = q + r;
        lo = r - (hi - q);
        return this;
    }

    DoubleDouble div(DoubleDouble o) {
        return div(o.hi, o.lo);
    }

    /** this = sqrt(this) for a positive number: one Newton step on the exact residual. */
    DoubleDouble sqrt() {
        double s = Math.sqrt(hi);
        double p = s * s;
        double r = ((hi - p) - twoProdLo(s, s, p) + lo) / (2.0 * s);
        hi = s + r;
        lo = r - (hi - s);
        return this;
    }

    /** The rounding error of s = fl(a + b) (Knuth's TwoSum). */
    static double twoSumLo(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    /** The high 26 bits of x (Veltkamp's split); |x| must be below 2^995. */
    static double splitHi(double x) {
        double t = x * 134217729.0;
        return t - (t - x);
    }

    /** The rounding error of the product p = fl(a * b) (Dekker's TwoProduct). */
    static double twoProdLo(double a, double b, double p) {
        double ah = splitHi(a);
        double al = a - ah;
        double bh = splitHi(b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }
}
