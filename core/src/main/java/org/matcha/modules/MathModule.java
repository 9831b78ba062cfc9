package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyObject;

/** The math module: float functions (integer and aggregate functions are in MathIntegerFunctions). CPython: Modules/mathmodule.c. */
@PyModuleDef(name = "math")
public final class MathModule {
    private MathModule() {}

    public static void init(PyModule m) {
        m.add("pi", PyFloat.of(Math.PI));
        m.add("e", PyFloat.of(Math.E));
        m.add("tau", PyFloat.of(2 * Math.PI));
        m.add("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.add("nan", PyFloat.of(Double.NaN));
    }

    /** CPython: math_1. NaN from non-NaN is a domain error; infinity from finite input a range or domain error. */
    private static double math1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && !Double.isNaN(x) && !Double.isInfinite(x)) {
            throw canOverflow ? Errors.overflow("math range error") : Errors.valueError("math domain error");
        }
        return r;
    }

    /** CPython: math_2's errno rules. */
    private static double math2(double x, double y, double r) {
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                throw Errors.valueError("math domain error");
            }
        } else if (Double.isInfinite(r) && isFinite(x) && isFinite(y)) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    private static boolean isFinite(double x) {
        return !Double.isNaN(x) && !Double.isInfinite(x);
    }

    @PyMethod
    public static double sqrt(double x) {
        return math1(x, Math.sqrt(x), false);
    }

    @PyMethod
    public static double exp(double x) {
        return math1(x, CorrectlyRoundedMath.exp(x), true);
    }

    @PyMethod
    public static double exp2(double x) {
        return math1(x, pow2(x), true);
    }

    private static double pow2(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 2000) {
            return Ieee754.ldexp(1.0, (long) x);
        }
        return CorrectlyRoundedMath.pow(2.0, x);
    }

    @PyMethod
    public static double expm1(double x) {
        return math1(x, Libm.expm1(x), true);
    }

    @PyMethod
    public static double log1p(double x) {
        return math1(x, Libm.log1p(x), false);
    }

    @PyMethod
    public static double cbrt(double x) {
        // a zero keeps its sign (TeaVM's cbrt loses it in the browser)
        return math1(x, x == 0 ? x : Math.cbrt(x), false);
    }

    @PyMethod(sig = "(x, base=NULL, /)")
    public static double log(PyObject x, PyObject base) {
        double r = logHelper(x, 0);
        if (base != null) {
            double b = logHelper(base, 0);
            if (b == 0) {
                throw Errors.zeroDivision("float division by zero");
            }
            r /= b;
        }
        return r;
    }

    /** CPython: loghelper; ints too large for a float go through frexp. kind: 0 log, 2 log2, 10 log10. */
    private static double logHelper(PyObject x, int kind) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw Errors.valueError("math domain error");
            }
            double d = i.big == null ? (double) i.value : i.big.doubleValue();
            if (Double.isInfinite(d)) {
                int e = i.big.bitLength();
                double m = i.big.shiftRight(e - 60).doubleValue() / 0x1p60;
                return logOf(m, kind) + logOf(2.0, kind) * e;
            }
            return logOf(d, kind);
        }
        double v = Args.toDouble(x);
        if (Double.isNaN(v)) {
            return v;
        }
        if (v <= 0) {
            throw Errors.valueError("math domain error");
        }
        return logOf(v, kind);
    }

    private static double logOf(double v, int kind) {
        switch (kind) {
            case 2:
                return log2Of(v);
            case 10:
                return v > 0 && v < Double.POSITIVE_INFINITY ? Libm.log10(v) : Math.log10(v);
            default:
                return CorrectlyRoundedMath.log(v);
        }
    }

    /** log2, exact for powers of two. */
    private static double log2Of(double v) {
        return CorrectlyRoundedMath.log2(v);
    }

    @PyMethod
    public static double log2(PyObject x) {
        return logHelper(x, 2);
    }

    @PyMethod
    public static double log10(PyObject x) {
        return logHelper(x, 10);
    }

    @PyMethod
    public static double sin(double x) {
        return math1(x, CorrectlyRoundedMath.sin(x), false);
    }

    @PyMethod
    public static double cos(double x) {
        return math1(x, CorrectlyRoundedMath.cos(x), false);
    }

    @PyMethod
    public static double tan(double x) {
        return math1(x, CorrectlyRoundedMath.tan(x), false);
    }

    @PyMethod
    public static double asin(double x) {
        return math1(x, CorrectlyRoundedMath.asin(x), false);
    }

    @PyMethod
    public static double acos(double x) {
        return math1(x, CorrectlyRoundedMath.acos(x), false);
    }

    @PyMethod
    public static double atan(double x) {
        return math1(x, CorrectlyRoundedMath.atan(x), false);
    }

    @PyMethod
    public static double atan2(double y, double x) {
        return Libm.atan2(y, x);
    }

    @PyMethod
    public static double sinh(double x) {
        return math1(x, Libm.sinh(x), true);
    }

    @PyMethod
    public static double cosh(double x) {
        return math1(x, Libm.cosh(x), true);
    }

    @PyMethod
    public static double tanh(double x) {
        return math1(x, Libm.tanh(x), false);
    }

    @PyMethod
    public static double asinh(double x) {
        return math1(x, Libm.asinh(x), false);
    }

    @PyMethod
    public static double acosh(double x) {
        return math1(x, MathFloatFunctions.acosh(x), false);
    }

    @PyMethod
    public static double atanh(double x) {
        return math1(x, MathFloatFunctions.atanh(x), false);
    }

    @PyMethod
    public static double erf(double x) {
        return math1(x, MathFloatFunctions.erf(x), false);
    }

    @PyMethod
    public static double erfc(double x) {
        return math1(x, MathFloatFunctions.erfc(x), false);
    }

    @PyMethod
    public static double gamma(double x) {
        return math1(x, MathFloatFunctions.gamma(x), true);
    }

    @PyMethod
    public static double lgamma(double x) {
        if (x == Math.floor(x) && x <= 0 && !Double.isInfinite(x)) {
            throw Errors.valueError("math domain error");
        }
        return math1(x, MathFloatFunctions.lgamma(x), true);
    }

    @PyMethod
    public static double fabs(double x) {
        return PyFloat.abs(x);
    }

    /** CPython: math_pow_impl, which handles the IEEE specials itself. */
    @PyMethod
    public static double pow(double x, double y) {
        if (!isFinite(x) || !isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = isFinite(y) && PyFloat.fmod(Math.abs(y), 2.0) == 1.0;
                if (y > 0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = CorrectlyRoundedMath.pow(x, y);
        if (Double.isNaN(r)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r)) {
            throw x == 0 ? Errors.valueError("math domain error") : Errors.overflow("math range error");
        }
        return r;
    }

    @PyMethod
    public static PyObject floor(PyObject x) {
        if (x instanceof PyInt i) {
            return PyInt.ofType(PyInt.TYPE, i);
        }
        if (x.type() == PyFloat.TYPE) {
            return PyFloat.toInt(Math.floor(((PyFloat) x).value));
        }
        PyObject m = Abstract.lookupSpecial(x, "__floor__");
        if (m != null) {
            return Abstract.callMethodRaw(m, x);
        }
        return PyFloat.toInt(Math.floor(Args.toDouble(x)));
    }

    @PyMethod
    public static PyObject ceil(PyObject x) {
        if (x instanceof PyInt i) {
            return PyInt.ofType(PyInt.TYPE, i);
        }
        if (x.type() == PyFloat.TYPE) {
            return PyFloat.toInt(Math.ceil(((PyFloat) x).value));
        }
        PyObject m = Abstract.lookupSpecial(x, "__ceil__");
        if (m != null) {
            return Abstract.callMethodRaw(m, x);
        }
        return PyFloat.toInt(Math.ceil(Args.toDouble(x)));
    }

    @PyMethod
    public static PyObject trunc(PyObject x) {
        if (x.type() == PyFloat.TYPE) {
            double v = ((PyFloat) x).value;
            return PyFloat.toInt(v < 0 ? Math.ceil(v) : Math.floor(v));
        }
        PyObject m = Abstract.lookupSpecial(x, "__trunc__");
        if (m == null) {
            throw Errors.typeError("type " + x.type().name + " doesn't define __trunc__ method");
        }
        return Abstract.callMethodRaw(m, x);
    }

    @PyMethod
    public static boolean isnan(double x) {
        return Double.isNaN(x);
    }

    @PyMethod
    public static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    @PyMethod
    public static boolean isfinite(double x) {
        return isFinite(x);
    }

    @PyMethod
    public static double copysign(double x, double y) {
        return Math.copySign(x, y);
    }

    /** CPython: math_fmod_impl. */
    @PyMethod
    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && isFinite(x)) {
            return x;
        }
        double r = (y == 0 || Double.isInfinite(x)) ? Double.NaN : PyFloat.fmod(x, y);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        return math2(x, y, r);
    }

    @PyMethod
    public static double remainder(double x, double y) {
        return math2(x, y, MathFloatFunctions.remainder(x, y));
    }

    @PyMethod
    public static double nextafter(double x, double y) {
        return MathFloatFunctions.nextafter(x, y);
    }

    /** CPython: math_ulp_impl. */
    @PyMethod
    public static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double x2 = MathFloatFunctions.nextafter(x, Double.POSITIVE_INFINITY);
        if (Double.isInfinite(x2)) {
            x2 = MathFloatFunctions.nextafter(x, 0.0);
            return x - x2;
        }
        return x2 - x;
    }

    @PyMethod
    public static PyObject frexp(double x) {
        if (x == 0 || !isFinite(x)) {
            return PyTuple.of(PyFloat.of(x), PyInt.of(0));
        }
        int e = Ieee754.frexpExponent(x);
        return PyTuple.of(PyFloat.of(Ieee754.frexpMantissa(x, e)), PyInt.of(e));
    }

    /** CPython: math_ldexp_impl. */
    @PyMethod
    public static double ldexp(double x, PyObject i) {
        if (!(i instanceof PyInt n)) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0 || !isFinite(x)) {
            return x;
        }
        long e = n.big != null ? (n.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : n.value;
        double r;
        if (e > Integer.MAX_VALUE) {
            r = Math.copySign(Double.POSITIVE_INFINITY, x);
        } else if (e < Integer.MIN_VALUE) {
            r = Math.copySign(0.0, x);
        } else {
            r = Ieee754.ldexp(x, e);
        }
        if (Double.isInfinite(r)) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    @PyMethod
    public static PyObject modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(PyFloat.of(x), PyFloat.of(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
    }

    @PyMethod
    public static double degrees(double x) {
        return x * (180.0 / Math.PI);
    }

    @PyMethod
    public static double radians(double x) {
        return x * (Math.PI / 180.0);
    }

    @PyMethod
    public static PyObject factorial(PyObject n) {
        return MathIntegers.factorial(n);
    }

    @PyMethod
    public static PyObject comb(PyObject n, PyObject k) {
        return MathIntegers.comb(n, k);
    }

    @PyMethod(sig = "(n, k=None, /)")
    public static PyObject perm(PyObject n, PyObject k) {
        return MathIntegers.perm(n, k);
    }

    @PyMethod(sig = "(*integers)")
    public static PyObject gcd(PyObject[] ints) {
        return MathIntegers.gcd(ints);
    }

    @PyMethod(sig = "(*integers)")
    public static PyObject lcm(PyObject[] ints) {
        return MathIntegers.lcm(ints);
    }

    @PyMethod
    public static PyObject isqrt(PyObject n) {
        return MathIntegers.isqrt(n);
    }

    @PyMethod
    public static double fsum(PyObject iterable) {
        return MathSums.fsum(iterable);
    }

    @PyMethod(sig = "(*coordinates)")
    public static double hypot(PyObject[] coordinates) {
        return MathSums.hypot(coordinates);
    }

    @PyMethod
    public static double dist(PyObject p, PyObject q) {
        return MathSums.dist(p, q);
    }

    /** CPython: math_prod_impl (generic multiplication; start defaults to 1). */
    @PyMethod(sig = "(iterable, /, *, start=1)")
    public static PyObject prod(PyObject iterable, PyObject start) {
        PyObject it = Abstract.iter(iterable);
        PyObject r = start;
        PyObject item;
        while ((item = Abstract.next(it)) != null) {
            r = Abstract.binaryOp(r, item, Abstract.MULTIPLY);
        }
        return r;
    }

    /** CPython: math_isclose_impl. */
    @PyMethod(sig = "(a, b, *, rel_tol=NULL, abs_tol=NULL)")
    public static boolean isclose(double a, double b, PyObject relTolArg, PyObject absTolArg) {
        double relTol = relTolArg == null ? 1e-09 : Args.toDouble(relTolArg);
        double absTol = absTolArg == null ? 0.0 : Args.toDouble(absTolArg);
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return (diff <= Math.abs(relTol * b)) || (diff <= Math.abs(relTol * a)) || (diff <= absTol);
    }
}
