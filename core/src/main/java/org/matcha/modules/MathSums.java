package org.matcha.modules;

import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;

/** math.fsum (Shewchuk's exact partials) and hypot/dist (CPython's vector_norm). CPython: Modules/mathmodule.c. */
final class MathSums {
    private MathSums() {}

    /** CPython: math_fsum. */
    static double fsum(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject item;
        while ((item = Abstract.next(it)) != null) {
            double x = Args.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    if (!Double.isNaN(xsave) && !Double.isInfinite(xsave)) {
                        throw Errors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** A coordinate: floats and ints directly, else __float__. CPython: ASSIGN_DOUBLE. */
    static double coordinate(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        return Args.toDouble(o);
    }

    private static final double DBL_MIN = 2.2250738585072014e-308;

    /** CPython 3.11: vector_norm, with Dekker products and a final differential correction. */
    static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Ieee754.frexpExponent(max);
        if (maxE < -1023) {
            for (int i = 0; i < n; i++) {
                vec[i] /= DBL_MIN;
            }
            return DBL_MIN * vectorNorm(vec, n, max / DBL_MIN, false);
        }
        double scale = Ieee754.ldexp(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double[] pr = dlMul(x, x);
            double smHi = csum + pr[0];
            double smLo = pr[0] - (smHi - csum);
            csum = smHi;
            frac1 += pr[1];
            frac2 += smLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double[] pr = dlMul(-h, h);
        double smHi = csum + pr[0];
        double smLo = pr[0] - (smHi - csum);
        csum = smHi;
        frac1 += pr[1];
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /** The exact product x*y as hi + lo (Dekker's mul12). */
    private static double[] dlMul(double x, double y) {
        double xh = DoubleDouble.splitHi(x);
        double xl = x - xh;
        double yh = DoubleDouble.splitHi(y);
        double yl = y - yh;
        double p = xh * yh;
        double q = xh * yl + xl * yh;
        double z = p + q;
        double zz = p - z + q + xl * yl;
        return new double[] {z, zz};
    }

    static double hypot(PyObject[] args) {
        double[] v = new double[args.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < args.length; i++) {
            double x = Math.abs(coordinate(args[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, args.length, max, nan);
    }

    static double dist(PyObject p, PyObject q) {
        PyObject[] ps = p instanceof org.matcha.objects.PyTuple t ? t.items : null;
        PyObject[] qs = q instanceof org.matcha.objects.PyTuple t ? t.items : null;
        if (ps == null || qs == null) {
            ps = Abstract.toArray(p);
            qs = Abstract.toArray(q);
        }
        if (ps.length != qs.length) {
            throw Errors.valueError("both points must have the same number of dimensions");
        }
        double[] v = new double[ps.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < ps.length; i++) {
            double x = Math.abs(coordinate(ps[i]) - coordinate(qs[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, ps.length, max, nan);
    }
}
