package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyComplex;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyTuple;

/**
 * The cmath module: C99 Annex G complex functions with CPython's special-value tables, overflow
 * guards and errno-style errors (EDOM: ValueError, ERANGE: OverflowError). Every kernel works on a
 * (re, im) pair and sets {@link #errno}. CPython 3.11: Modules/cmathmodule.c.
 */
@PyModuleDef(name = "cmath")
public final class CmathModule {
    private CmathModule() {}

    private static final int EDOM = 1;
    private static final int ERANGE = 2;
    /** The C errno of the last kernel (the interpreter is single-threaded). */
    private static int errno;

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double DBL_MIN = Double.MIN_NORMAL;
    private static final double LARGE_DOUBLE = Double.MAX_VALUE / 4.0;
    private static final double SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
    private static final double LOG_LARGE_DOUBLE = CorrectlyRoundedMath.log(LARGE_DOUBLE);
    private static final double SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
    /** An odd power of two turning any subnormal into a normal, and minus half of it plus one. */
    private static final int SCALE_UP = 2 * (53 / 2) + 1;
    private static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;

    public static void init(PyModule m) {
        m.add("pi", PyFloat.of(Math.PI));
        m.add("e", PyFloat.of(Math.E));
        m.add("tau", PyFloat.of(2 * Math.PI));
        m.add("inf", PyFloat.of(INF));
        m.add("infj", new PyComplex(0.0, INF));
        m.add("nan", PyFloat.of(Double.NaN));
        m.add("nanj", new PyComplex(0.0, Double.NaN));
    }

    // ---- argument conversion and results ----

    /** CPython: PyComplex_AsCComplex (complex, then __complex__, then __float__/__index__). */
    static double[] complexArg(PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        PyObject r = Abstract.callSpecial(o, "__complex__");
        if (r != null) {
            if (!(r instanceof PyComplex c)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + r.type().name + ")");
            }
            return new double[] {c.real, c.imag};
        }
        return new double[] {Args.toDouble(o), 0.0};
    }

    /** CPython: the Py_complex_protected return converter. */
    private static PyObject result(double[] z) {
        if (errno == EDOM) {
            throw Errors.valueError("math domain error");
        }
        if (errno == ERANGE) {
            throw Errors.overflow("math range error");
        }
        return new PyComplex(z[0], z[1]);
    }

    // ---- special values ----

    private static final int NINF = 0;
    private static final int NEG = 1;
    private static final int NZERO = 2;
    private static final int PZERO = 3;
    private static final int POS = 4;
    private static final int PINF = 5;
    private static final int NAN = 6;

    /** CPython: special_type. */
    private static int specialType(double d) {
        if (Double.isNaN(d)) {
            return NAN;
        }
        boolean positive = Math.copySign(1.0, d) == 1.0;
        if (Double.isInfinite(d)) {
            return positive ? PINF : NINF;
        }
        if (d != 0) {
            return positive ? POS : NEG;
        }
        return positive ? PZERO : NZERO;
    }

    private static boolean finite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    /** The table entry for a non-finite z, or null when z is finite. CPython: SPECIAL_VALUE. */
    private static double[] special(double[] z, double[] table) {
        if (finite(z[0]) && finite(z[1])) {
            return null;
        }
        errno = 0;
        return lookup(table, z[0], z[1]);
    }

    private static double[] lookup(double[] table, double re, double im) {
        int at = 2 * (7 * specialType(re) + specialType(im));
        return new double[] {table[at], table[at + 1]};
    }

    static double hypot(double x, double y) {
        return Libm.hypot(x, y);
    }

    private static double atan2(double y, double x) {
        return Libm.atan2(y, x);
    }

    // ---- the kernels ----

    /** CPython: cmath_acos_impl. */
    static double[] acos(double[] z) {
        double[] s = special(z, CmathTables.ACOS);
        if (s != null) {
            return s;
        }
        double re;
        double im;
        if (Math.abs(z[0]) > LARGE_DOUBLE || Math.abs(z[1]) > LARGE_DOUBLE) {
            re = atan2(Math.abs(z[1]), z[0]);
            double l = CorrectlyRoundedMath.log(hypot(z[0] / 2.0, z[1] / 2.0)) + LN2 * 2.0;
            im = z[0] < 0 ? -Math.copySign(l, z[1]) : Math.copySign(l, -z[1]);
        } else {
            double[] s1 = sqrt(new double[] {1.0 - z[0], -z[1]});
            double[] s2 = sqrt(new double[] {1.0 + z[0], z[1]});
            re = 2.0 * atan2(s1[0], s2[0]);
            im = Libm.asinh(s2[0] * s1[1] - s2[1] * s1[0]);
        }
        errno = 0;
        return new double[] {re, im};
    }

    /** CPython: cmath_acosh_impl. */
    static double[] acosh(double[] z) {
        double[] s = special(z, CmathTables.ACOSH);
        if (s != null) {
            return s;
        }
        double re;
        double im;
        if (Math.abs(z[0]) > LARGE_DOUBLE || Math.abs(z[1]) > LARGE_DOUBLE) {
            re = CorrectlyRoundedMath.log(hypot(z[0] / 2.0, z[1] / 2.0)) + LN2 * 2.0;
            im = atan2(z[1], z[0]);
        } else {
            double[] s1 = sqrt(new double[] {z[0] - 1.0, z[1]});
            double[] s2 = sqrt(new double[] {z[0] + 1.0, z[1]});
            re = Libm.asinh(s1[0] * s2[0] + s1[1] * s2[1]);
            im = 2.0 * atan2(s1[1], s2[0]);
        }
        errno = 0;
        return new double[] {re, im};
    }

    /** asin(z) = -i asinh(iz). CPython: cmath_asin_impl. */
    static double[] asin(double[] z) {
        double[] s = asinh(new double[] {-z[1], z[0]});
        return new double[] {s[1], -s[0]};
    }

    /** CPython: cmath_asinh_impl. */
    static double[] asinh(double[] z) {
        double[] s = special(z, CmathTables.ASINH);
        if (s != null) {
            return s;
        }
        double re;
        double im;
        if (Math.abs(z[0]) > LARGE_DOUBLE || Math.abs(z[1]) > LARGE_DOUBLE) {
            double l = CorrectlyRoundedMath.log(hypot(z[0] / 2.0, z[1] / 2.0)) + LN2 * 2.0;
            re = z[1] >= 0 ? Math.copySign(l, z[0]) : -Math.copySign(l, -z[0]);
            im = atan2(z[1], Math.abs(z[0]));
        } else {
            double[] s1 = sqrt(new double[] {1.0 + z[1], -z[0]});
            double[] s2 = sqrt(new double[] {1.0 - z[1], z[0]});
            re = Libm.asinh(s1[0] * s2[1] - s2[0] * s1[1]);
            im = atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1]);
        }
        errno = 0;
        return new double[] {re, im};
    }

    /** atan(z) = -i atanh(iz). CPython: cmath_atan_impl. */
    static double[] atan(double[] z) {
        double[] s = atanh(new double[] {-z[1], z[0]});
        return new double[] {s[1], -s[0]};
    }

    /** CPython: cmath_atanh_impl. */
    static double[] atanh(double[] z) {
        double[] s = special(z, CmathTables.ATANH);
        if (s != null) {
            return s;
        }
        if (z[0] < 0) {
            double[] r = atanh(new double[] {-z[0], -z[1]});
            return new double[] {-r[0], -r[1]};
        }
        double re;
        double im;
        double ay = Math.abs(z[1]);
        if (z[0] > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
            // atanh(z) ~ 1/z +/- i*pi/2 for large z
            double h = hypot(z[0] / 2.0, z[1] / 2.0);
            re = z[0] / 4.0 / h / h;
            im = -Math.copySign(Math.PI / 2.0, -z[1]);
            errno = 0;
        } else if (z[0] == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0.0) {
                re = INF;
                im = z[1];
                errno = EDOM;
            } else {
                re = -CorrectlyRoundedMath.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2.0)));
                im = Math.copySign(atan2(2.0, -ay) / 2, z[1]);
                errno = 0;
            }
        } else {
            re = Libm.log1p(4.0 * z[0] / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4.0;
            im = -atan2(-2.0 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2.0;
            errno = 0;
        }
        return new double[] {re, im};
    }

    /** cos(z) = cosh(iz). CPython: cmath_cos_impl. */
    static double[] cos(double[] z) {
        return cosh(new double[] {-z[1], z[0]});
    }

    /** CPython: cmath_cosh_impl. */
    static double[] cosh(double[] z) {
        double re;
        double im;
        if (!finite(z[0]) || !finite(z[1])) {
            if (Double.isInfinite(z[0]) && finite(z[1]) && z[1] != 0.0) {
                re = Math.copySign(INF, CorrectlyRoundedMath.cos(z[1]));
                im = z[0] > 0 ? Math.copySign(INF, CorrectlyRoundedMath.sin(z[1])) : -Math.copySign(INF, CorrectlyRoundedMath.sin(z[1]));
            } else {
                double[] r = lookup(CmathTables.COSH, z[0], z[1]);
                re = r[0];
                im = r[1];
            }
            errno = Double.isInfinite(z[1]) && !Double.isNaN(z[0]) ? EDOM : 0;
            return new double[] {re, im};
        }
        if (Math.abs(z[0]) > LOG_LARGE_DOUBLE) {
            // cosh(x) overflows here while cosh(z) may not
            double xm1 = z[0] - Math.copySign(1.0, z[0]);
            re = CorrectlyRoundedMath.cos(z[1]) * Libm.cosh(xm1) * Math.E;
            im = CorrectlyRoundedMath.sin(z[1]) * Libm.sinh(xm1) * Math.E;
        } else {
            re = CorrectlyRoundedMath.cos(z[1]) * Libm.cosh(z[0]);
            im = CorrectlyRoundedMath.sin(z[1]) * Libm.sinh(z[0]);
        }
        errno = Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : 0;
        return new double[] {re, im};
    }

    /** CPython: cmath_exp_impl. */
    static double[] exp(double[] z) {
        double re;
        double im;
        if (!finite(z[0]) || !finite(z[1])) {
            if (Double.isInfinite(z[0]) && finite(z[1]) && z[1] != 0.0) {
                double m = z[0] > 0 ? INF : 0.0;
                re = Math.copySign(m, CorrectlyRoundedMath.cos(z[1]));
                im = Math.copySign(m, CorrectlyRoundedMath.sin(z[1]));
            } else {
                double[] r = lookup(CmathTables.EXP, z[0], z[1]);
                re = r[0];
                im = r[1];
            }
            errno = Double.isInfinite(z[1]) && (finite(z[0]) || z[0] == INF) ? EDOM : 0;
            return new double[] {re, im};
        }
        if (z[0] > LOG_LARGE_DOUBLE) {
            double l = CorrectlyRoundedMath.exp(z[0] - 1.0);
            re = l * CorrectlyRoundedMath.cos(z[1]) * Math.E;
            im = l * CorrectlyRoundedMath.sin(z[1]) * Math.E;
        } else {
            double l = CorrectlyRoundedMath.exp(z[0]);
            re = l * CorrectlyRoundedMath.cos(z[1]);
            im = l * CorrectlyRoundedMath.sin(z[1]);
        }
        errno = Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : 0;
        return new double[] {re, im};
    }

    /** CPython: c_log, rescaling subnormal and huge moduli and using log1p near |z| = 1. */
    static double[] log(double[] z) {
        double[] s = special(z, CmathTables.LOG);
        if (s != null) {
            return s;
        }
        double ax = Math.abs(z[0]);
        double ay = Math.abs(z[1]);
        double re;
        if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
            re = CorrectlyRoundedMath.log(hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < DBL_MIN && ay < DBL_MIN) {
            if (ax > 0.0 || ay > 0.0) {
                re = CorrectlyRoundedMath.log(hypot(Ieee754.ldexp(ax, 53), Ieee754.ldexp(ay, 53))) - 53 * LN2;
            } else {
                errno = EDOM;
                return new double[] {Double.NEGATIVE_INFINITY, atan2(z[1], z[0])};
            }
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = ax > ay ? ax : ay;
                double an = ax > ay ? ay : ax;
                re = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = CorrectlyRoundedMath.log(h);
            }
        }
        errno = 0;
        return new double[] {re, atan2(z[1], z[0])};
    }

    /** sin(z) = -i sinh(iz). CPython: cmath_sin_impl. */
    static double[] sin(double[] z) {
        double[] s = sinh(new double[] {-z[1], z[0]});
        return new double[] {s[1], -s[0]};
    }

    /** CPython: cmath_sinh_impl. */
    static double[] sinh(double[] z) {
        double re;
        double im;
        if (!finite(z[0]) || !finite(z[1])) {
            if (Double.isInfinite(z[0]) && finite(z[1]) && z[1] != 0.0) {
                re = z[0] > 0 ? Math.copySign(INF, CorrectlyRoundedMath.cos(z[1])) : -Math.copySign(INF, CorrectlyRoundedMath.cos(z[1]));
                im = Math.copySign(INF, CorrectlyRoundedMath.sin(z[1]));
            } else {
                double[] r = lookup(CmathTables.SINH, z[0], z[1]);
                re = r[0];
                im = r[1];
            }
            errno = Double.isInfinite(z[1]) && !Double.isNaN(z[0]) ? EDOM : 0;
            return new double[] {re, im};
        }
        if (Math.abs(z[0]) > LOG_LARGE_DOUBLE) {
            double xm1 = z[0] - Math.copySign(1.0, z[0]);
            re = CorrectlyRoundedMath.cos(z[1]) * Libm.sinh(xm1) * Math.E;
            im = CorrectlyRoundedMath.sin(z[1]) * Libm.cosh(xm1) * Math.E;
        } else {
            re = CorrectlyRoundedMath.cos(z[1]) * Libm.sinh(z[0]);
            im = CorrectlyRoundedMath.sin(z[1]) * Libm.cosh(z[0]);
        }
        errno = Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : 0;
        return new double[] {re, im};
    }

    /** CPython: cmath_sqrt_impl, rescaling when both parts are subnormal. */
    static double[] sqrt(double[] z) {
        double[] sp = special(z, CmathTables.SQRT);
        if (sp != null) {
            return sp;
        }
        if (z[0] == 0.0 && z[1] == 0.0) {
            errno = 0;
            return new double[] {0.0, z[1]};
        }
        double ax = Math.abs(z[0]);
        double ay = Math.abs(z[1]);
        double s;
        if (ax < DBL_MIN && ay < DBL_MIN) {
            ax = Ieee754.ldexp(ax, SCALE_UP);
            s = Ieee754.ldexp(Math.sqrt(ax + hypot(ax, Ieee754.ldexp(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        errno = 0;
        if (z[0] >= 0.0) {
            return new double[] {s, Math.copySign(d, z[1])};
        }
        return new double[] {d, Math.copySign(s, z[1])};
    }

    /** tan(z) = -i tanh(iz). CPython: cmath_tan_impl. */
    static double[] tan(double[] z) {
        double[] s = tanh(new double[] {-z[1], z[0]});
        return new double[] {s[1], -s[0]};
    }

    /** CPython: cmath_tanh_impl. */
    static double[] tanh(double[] z) {
        if (!finite(z[0]) || !finite(z[1])) {
            double[] r;
            if (Double.isInfinite(z[0]) && finite(z[1]) && z[1] != 0.0) {
                r = new double[] {z[0] > 0 ? 1.0 : -1.0, Math.copySign(0.0, 2.0 * CorrectlyRoundedMath.sin(z[1]) * CorrectlyRoundedMath.cos(z[1]))};
            } else {
                r = lookup(CmathTables.TANH, z[0], z[1]);
            }
            errno = Double.isInfinite(z[1]) && finite(z[0]) ? EDOM : 0;
            return r;
        }
        double re;
        double im;
        if (Math.abs(z[0]) > LOG_LARGE_DOUBLE) {
            re = Math.copySign(1.0, z[0]);
            im = 4.0 * CorrectlyRoundedMath.sin(z[1]) * CorrectlyRoundedMath.cos(z[1]) * CorrectlyRoundedMath.exp(-2.0 * Math.abs(z[0]));
        } else {
            double tx = Libm.tanh(z[0]);
            double ty = Math.tan(z[1]);
            double cx = 1.0 / Libm.cosh(z[0]);
            double txty = tx * ty;
            double denom = 1.0 + txty * txty;
            re = tx * (1.0 + ty * ty) / denom;
            im = ((ty / denom) * cx) * cx;
        }
        errno = 0;
        return new double[] {re, im};
    }

    /** CPython: _Py_c_quot (Smith's algorithm; EDOM on division by zero). */
    static double[] quot(double[] a, double[] b) {
        double absBr = Math.abs(b[0]);
        double absBi = Math.abs(b[1]);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                errno = EDOM;
                return new double[] {0.0, 0.0};
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new double[] {(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new double[] {(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom};
        }
        return new double[] {Double.NaN, Double.NaN}; // at least one NaN in b
    }

    /** CPython: c_atan2, spelling out the C99 cases. */
    static double phaseOf(double[] z) {
        if (Double.isNaN(z[0]) || Double.isNaN(z[1])) {
            return Double.NaN;
        }
        if (Double.isInfinite(z[1])) {
            if (Double.isInfinite(z[0])) {
                return Math.copySign(Math.copySign(1.0, z[0]) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, z[1]);
            }
            return Math.copySign(0.5 * Math.PI, z[1]);
        }
        if (Double.isInfinite(z[0]) || z[1] == 0.0) {
            return Math.copySign(Math.copySign(1.0, z[0]) == 1.0 ? 0.0 : Math.PI, z[1]);
        }
        return atan2(z[1], z[0]);
    }

    // ---- the Python functions ----

    private static PyObject apply(PyObject arg, java.util.function.UnaryOperator<double[]> f) {
        double[] z = complexArg(arg);
        errno = 0;
        return result(f.apply(z));
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject acos(PyObject z) {
        return apply(z, CmathModule::acos);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject acosh(PyObject z) {
        return apply(z, CmathModule::acosh);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject asin(PyObject z) {
        return apply(z, CmathModule::asin);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject asinh(PyObject z) {
        return apply(z, CmathModule::asinh);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject atan(PyObject z) {
        return apply(z, CmathModule::atan);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject atanh(PyObject z) {
        return apply(z, CmathModule::atanh);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject cos(PyObject z) {
        return apply(z, CmathModule::cos);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject cosh(PyObject z) {
        return apply(z, CmathModule::cosh);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject exp(PyObject z) {
        return apply(z, CmathModule::exp);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject log10(PyObject z) {
        return apply(z, v -> {
            double[] r = log(v);
            return new double[] {r[0] / LN10, r[1] / LN10};
        });
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject sin(PyObject z) {
        return apply(z, CmathModule::sin);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject sinh(PyObject z) {
        return apply(z, CmathModule::sinh);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject sqrt(PyObject z) {
        return apply(z, CmathModule::sqrt);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject tan(PyObject z) {
        return apply(z, CmathModule::tan);
    }

    @PyMethod(sig = "(z, /)")
    public static PyObject tanh(PyObject z) {
        return apply(z, CmathModule::tanh);
    }

    /** CPython: cmath_log_impl; the base's conversion comes after log(x) is computed. */
    @PyMethod(sig = "(x, y_obj=NULL, /)")
    public static PyObject log(PyObject x, PyObject base) {
        double[] z = complexArg(x);
        errno = 0;
        double[] r = log(z);
        if (base != null) {
            // as in CPython, log(base) overwrites the errno of log(x)
            double[] b = log(complexArg(base));
            r = quot(r, b);
        }
        return result(r);
    }

    /** CPython: cmath_phase_impl; glibc's atan2 reports an underflow to zero as ERANGE. */
    @PyMethod(sig = "(z, /)")
    public static PyObject phase(PyObject z) {
        double[] v = complexArg(z);
        double phi = phaseOf(v);
        if (phi == 0.0 && v[1] != 0.0 && finite(v[0]) && finite(v[1])) {
            throw Errors.overflow("math range error");
        }
        return PyFloat.of(phi);
    }

    /** CPython: cmath_polar_impl; the modulus overflows to OverflowError. */
    @PyMethod(sig = "(z, /)")
    public static PyObject polar(PyObject z) {
        double[] v = complexArg(z);
        double phi = phaseOf(v);
        double r = absOf(v);
        if (Double.isInfinite(r) && finite(v[0]) && finite(v[1])) {
            throw Errors.overflow("math range error");
        }
        return PyTuple.of(PyFloat.of(r), PyFloat.of(phi));
    }

    /** CPython: _Py_c_abs (C99 inf/nan rules; the caller checks for overflow). */
    private static double absOf(double[] z) {
        if (!finite(z[0]) || !finite(z[1])) {
            if (Double.isInfinite(z[0])) {
                return Math.abs(z[0]);
            }
            if (Double.isInfinite(z[1])) {
                return Math.abs(z[1]);
            }
            return Double.NaN;
        }
        return hypot(z[0], z[1]);
    }

    /** CPython: cmath_rect_impl. */
    @PyMethod(sig = "(r, phi, /)")
    public static PyObject rect(double r, double phi) {
        double re;
        double im;
        errno = 0;
        if (!finite(r) || !finite(phi)) {
            if (Double.isInfinite(r) && finite(phi) && phi != 0.0) {
                if (r > 0) {
                    re = Math.copySign(INF, CorrectlyRoundedMath.cos(phi));
                    im = Math.copySign(INF, CorrectlyRoundedMath.sin(phi));
                } else {
                    re = -Math.copySign(INF, CorrectlyRoundedMath.cos(phi));
                    im = -Math.copySign(INF, CorrectlyRoundedMath.sin(phi));
                }
            } else {
                double[] v = lookup(CmathTables.RECT, r, phi);
                re = v[0];
                im = v[1];
            }
            errno = r != 0.0 && !Double.isNaN(r) && Double.isInfinite(phi) ? EDOM : 0;
        } else if (phi == 0.0) {
            re = r;
            im = r * phi;
        } else {
            re = r * CorrectlyRoundedMath.cos(phi);
            im = r * CorrectlyRoundedMath.sin(phi);
        }
        return result(new double[] {re, im});
    }

    @PyMethod(sig = "(z, /)")
    public static boolean isfinite(PyObject z) {
        double[] v = complexArg(z);
        return finite(v[0]) && finite(v[1]);
    }

    @PyMethod(sig = "(z, /)")
    public static boolean isnan(PyObject z) {
        double[] v = complexArg(z);
        return Double.isNaN(v[0]) || Double.isNaN(v[1]);
    }

    @PyMethod(sig = "(z, /)")
    public static boolean isinf(PyObject z) {
        double[] v = complexArg(z);
        return Double.isInfinite(v[0]) || Double.isInfinite(v[1]);
    }

    /** CPython: cmath_isclose_impl; arguments bound by hand for _PyArg_UnpackKeywords' messages. */
    @PyMethod(sig = "(*args, rel_tol=NULL, abs_tol=NULL)")
    public static boolean isclose(PyObject[] args, PyObject relTolArg, PyObject absTolArg) {
        if (args.length > 2) {
            throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + args.length + " given)");
        }
        if (args.length < 2) {
            throw Errors.typeError("isclose() missing required argument '" + (args.length == 0 ? "a" : "b")
                    + "' (pos " + (args.length + 1) + ")");
        }
        double[] a = complexArg(args[0]);
        double[] b = complexArg(args[1]);
        double relTol = relTolArg == null ? 1e-09 : Args.toDouble(relTolArg);
        double absTol = absTolArg == null ? 0.0 : Args.toDouble(absTolArg);
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a[0] == b[0] && a[1] == b[1]) {
            return true;
        }
        if (Double.isInfinite(a[0]) || Double.isInfinite(a[1]) || Double.isInfinite(b[0])
                || Double.isInfinite(b[1])) {
            return false;
        }
        double diff = absOf(new double[] {a[0] - b[0], a[1] - b[1]});
        return diff <= relTol * absOf(b) || diff <= relTol * absOf(a) || diff <= absTol;
    }
}
