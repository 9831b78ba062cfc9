package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/** The math module (the core functions; the rest arrive with the builtins-parity work). CPython: Modules/mathmodule.c. */
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

    private static double checked(double r, double x) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    @PyMethod
    public static double sqrt(double x) {
        if (x < 0) {
            throw Errors.valueError("math domain error");
        }
        return Math.sqrt(x);
    }

    @PyMethod
    public static double exp(double x) {
        return checked(Math.exp(x), x);
    }

    @PyMethod(sig = "(x, base=NULL, /)")
    public static double log(PyObject x, PyObject base) {
        double r = logOf(x);
        if (base != null) {
            double b = logOf(base);
            if (b == 0) {
                throw Errors.zeroDivision("float division by zero");
            }
            r /= b;
        }
        return r;
    }

    private static double logOf(PyObject x) {
        if (x instanceof PyInt i && i.big != null) {
            if (i.signum() <= 0) {
                throw Errors.valueError("math domain error");
            }
            int shift = i.big.bitLength() - 60;
            return Math.log(i.big.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double v = Args.toDouble(x);
        if (v <= 0) {
            throw Errors.valueError("math domain error");
        }
        return Math.log(v);
    }

    @PyMethod
    public static double log2(PyObject x) {
        return logOf(x) / Math.log(2);
    }

    @PyMethod
    public static double log10(PyObject x) {
        return logOf(x) / Math.log(10);
    }

    @PyMethod
    public static double sin(double x) {
        return checked(Math.sin(x), x);
    }

    @PyMethod
    public static double cos(double x) {
        return checked(Math.cos(x), x);
    }

    @PyMethod
    public static double tan(double x) {
        return checked(Math.tan(x), x);
    }

    @PyMethod
    public static double atan(double x) {
        return Math.atan(x);
    }

    @PyMethod
    public static double atan2(double y, double x) {
        return Math.atan2(y, x);
    }

    @PyMethod
    public static double asin(double x) {
        return checked(Math.asin(x), x);
    }

    @PyMethod
    public static double acos(double x) {
        return checked(Math.acos(x), x);
    }

    @PyMethod
    public static double fabs(double x) {
        return Math.abs(x);
    }

    @PyMethod
    public static double pow(double x, double y) {
        if (x == 0 && y < 0) {
            throw Errors.valueError("math domain error");
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    @PyMethod
    public static double hypot(double x, double y) {
        return Math.hypot(x, y);
    }

    @PyMethod
    public static PyObject floor(PyObject x) {
        if (x instanceof PyInt i) {
            return PyInt.ofType(PyInt.TYPE, i);
        }
        PyObject m = Abstract.lookupSpecial(x, "__floor__");
        if (m != null && !(x instanceof PyFloat)) {
            return Abstract.callMethodRaw(m, x);
        }
        return PyFloat.toInt(Math.floor(Args.toDouble(x)));
    }

    @PyMethod
    public static PyObject ceil(PyObject x) {
        if (x instanceof PyInt i) {
            return PyInt.ofType(PyInt.TYPE, i);
        }
        PyObject m = Abstract.lookupSpecial(x, "__ceil__");
        if (m != null && !(x instanceof PyFloat)) {
            return Abstract.callMethodRaw(m, x);
        }
        return PyFloat.toInt(Math.ceil(Args.toDouble(x)));
    }

    @PyMethod
    public static PyObject trunc(PyObject x) {
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
        return !Double.isNaN(x) && !Double.isInfinite(x);
    }

    @PyMethod
    public static double copysign(double x, double y) {
        return Math.copySign(x, y);
    }

    @PyMethod
    public static double fmod(double x, double y) {
        if (y == 0 && !Double.isNaN(x)) {
            throw Errors.valueError("math domain error");
        }
        return PyFloat.fmod(x, y);
    }

    @PyMethod
    public static PyObject factorial(PyObject n) {
        PyInt v = Abstract.index(n);
        if (v.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        java.math.BigInteger r = java.math.BigInteger.ONE;
        for (long i = 2; i <= v.longValue(); i++) {
            r = r.multiply(java.math.BigInteger.valueOf(i));
        }
        return PyInt.of(r);
    }

    @PyMethod(sig = "(*integers)")
    public static PyObject gcd(PyObject[] ints) {
        java.math.BigInteger g = java.math.BigInteger.ZERO;
        for (PyObject o : ints) {
            g = g.gcd(Abstract.index(o).toBig());
        }
        return PyInt.of(g);
    }

    @PyMethod
    public static PyObject isqrt(PyObject n) {
        PyInt v = Abstract.index(n);
        if (v.signum() < 0) {
            throw Errors.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(v.toBig().sqrt());
    }

    @PyMethod
    public static double degrees(double x) {
        return x * (180.0 / Math.PI);
    }

    @PyMethod
    public static double radians(double x) {
        return x * (Math.PI / 180.0);
    }
}
