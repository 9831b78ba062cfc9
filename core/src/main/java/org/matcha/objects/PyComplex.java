package org.matcha.objects;

import org.matcha.modules.CorrectlyRoundedMath;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code complex}. CPython: Objects/complexobject.c. */
@PyClass(name = "complex", doc = "Create a complex number from a real part and an optional imaginary part.\n"
        + "\n"
        + "This is equivalent to (real + imag*1j) where imag defaults to 0.")
public final class PyComplex extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, t -> new PyComplex(t, 0, 0));
    public final double real;
    public final double imag;
    private final PyType type;
    private PyDict dict;
    /** Values of the {@code __slots__} a Python subclass declares. */
    private PyObject[] slots;

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    public PyComplex(double real, double imag) {
        this(TYPE, real, imag);
    }

    private PyComplex(PyType type, double real, double imag) {
        this.type = type;
        this.real = real;
        this.imag = imag;
        if (type.slotCount > 0) {
            slots = new PyObject[type.slotCount];
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(toFloat(i), 0);
        }
        return null;
    }

    /** PyLong_AsDouble: an int too large for a double raises OverflowError. */
    private static double toFloat(PyInt i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    private static PyComplex mul(PyComplex a, PyComplex b, boolean unused) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** z ** n for a small integer n by repeated squaring. CPython: c_powu / c_powi. */
    private static PyComplex powInt(PyComplex z, long n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = z;
        long m = Math.abs(n);
        while (m > 0) {
            if ((m & 1) != 0) {
                r = mul(r, p, true);
            }
            p = mul(p, p, true);
            m >>= 1;
        }
        if (n < 0) {
            if (r.real == 0 && r.imag == 0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return div(new PyComplex(1, 0), r);
        }
        return r;
    }

    /** CPython: complex_pow; an infinite part in the result is an OverflowError (_Py_ADJUST_ERANGE2). */
    static PyObject pow(PyComplex a, PyComplex b) {
        PyComplex r = powRaw(a, b);
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw Errors.overflow("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powRaw(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            return powInt(a, (long) b.real);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = CorrectlyRoundedMath.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= CorrectlyRoundedMath.exp(at * b.imag);
            phase += b.imag * CorrectlyRoundedMath.log(vabs);
        }
        return new PyComplex(len * CorrectlyRoundedMath.cos(phase), len * CorrectlyRoundedMath.sin(phase));
    }

    /** CPython: complex_new_impl (Objects/complexobject.c). */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(real=NULL, imag=NULL)")
    public static PyObject __new__(PyType cls, PyObject real, PyObject imag) {
        if (cls == TYPE && imag == null && real != null && real.type() == TYPE) {
            return real;
        }
        if (real instanceof PyStr str) {
            if (imag != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            PyComplex c = fromString(str.value);
            return cls == TYPE ? c : withType(cls, c.real, c.imag);
        }
        if (imag instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        double re = 0;
        double im = 0;
        boolean realIsComplex = false;
        if (real != null) {
            PyComplex c = fromComplexMethod(real);
            if (c == null && real instanceof PyComplex pc) {
                c = pc;
            }
            if (c != null) {
                re = c.real;
                im = c.imag;
                realIsComplex = true;
            } else {
                re = toDoubleOrNull(real, "complex() first argument must be a string or a number, not '"
                        + real.type().name + "'");
            }
        }
        if (imag != null) {
            if (imag instanceof PyComplex c) {
                re -= c.imag;
                im += c.real;
            } else {
                double v = toDoubleOrNull(imag, "complex() second argument must be a number, not '"
                        + imag.type().name + "'");
                im = realIsComplex ? im + v : v;
            }
        }
        return cls == TYPE ? new PyComplex(re, im) : withType(cls, re, im);
    }

    private static PyObject withType(PyType cls, double re, double im) {
        return new PyComplex(cls, re, im);
    }

    /** __complex__, when the type defines it. CPython: try_complex_special_method. */
    private static PyComplex fromComplexMethod(PyObject o) {
        if (o instanceof PyComplex && o.type() == TYPE) {
            return null;
        }
        PyObject r = Abstract.callSpecial(o, "__complex__");
        if (r == null) {
            return null;
        }
        if (!(r instanceof PyComplex c)) {
            throw Errors.typeError("__complex__ returned non-complex (type " + r.type().name + ")");
        }
        return c;
    }

    private static double toDoubleOrNull(PyObject o, String message) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        if (Abstract.lookupSpecial(o, "__float__") == null && Abstract.lookupSpecial(o, "__index__") == null) {
            throw Errors.typeError(message);
        }
        return Args.toDouble(o);
    }

    /** complex("1+2j"). CPython: complex_from_string_inner. */
    static PyComplex fromString(String text) {
        String s = PyStr.stripWhitespace(text);
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = PyStr.stripWhitespace(s.substring(1, s.length() - 1));
        }
        int n = s.length();
        if (n == 0) {
            throw malformed();
        }
        // split at a sign that is not the first char and not after an exponent letter
        int split = -1;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            char prev = s.charAt(i - 1);
            if ((c == '+' || c == '-') && prev != 'e' && prev != 'E') {
                split = i;
            }
        }
        char last = s.charAt(n - 1);
        boolean endsJ = last == 'j' || last == 'J';
        if (!endsJ) {
            if (split > 0) {
                throw malformed();
            }
            return new PyComplex(number(s), 0);
        }
        String body = s.substring(0, n - 1);
        if (split > 0) {
            double re = number(body.substring(0, split));
            return new PyComplex(re, imagPart(body.substring(split)));
        }
        return new PyComplex(0, imagPart(body));
    }

    private static double imagPart(String t) {
        if (t.isEmpty() || t.equals("+")) {
            return 1;
        }
        if (t.equals("-")) {
            return -1;
        }
        return number(t);
    }

    private static double number(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c <= ' ' || c == '(' || c == ')') {
                throw malformed();
            }
        }
        try {
            return PyFloat.parse(t);
        } catch (PyException e) {
            throw malformed();
        }
    }

    private static PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }

    private static String part(double v) {
        String s = FloatRepr.repr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** complex.__complex__ (new in 3.11): the value as an exact complex. CPython: complex___complex___impl. */
    @PyMethod
    public PyObject __complex__() {
        return type == TYPE ? this : new PyComplex(real, imag);
    }

    @PyMethod
    public PyObject __repr__() {
        if (Double.doubleToRawLongBits(real) == 0) {
            return PyStr.of(part(imag) + "j");
        }
        String im = part(imag);
        String sign = Double.doubleToRawLongBits(imag) >= 0 || Double.isNaN(imag) ? "+" : "";
        return PyStr.of("(" + part(real) + sign + im + "j)");
    }

    @PyMethod
    public PyObject __hash__() {
        long h = PyFloat.hash(this, real) + 1000003L * PyFloat.hash(this, imag);
        return PyInt.of(h == -1 ? -2 : h);
    }

    @PyMethod
    public boolean __bool__() {
        return real != 0 || imag != 0;
    }

    @PyMethod
    public PyObject __neg__() {
        return new PyComplex(PyFloat.negate(real), PyFloat.negate(imag));
    }

    @PyMethod
    public PyObject __pos__() {
        return this;
    }

    @PyMethod
    public PyObject __abs__() {
        return PyFloat.of(Math.hypot(real, imag));
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        PyComplex b = coerce(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : new PyComplex(real + b.real, imag + b.imag);
    }

    @PyMethod
    public PyObject __radd__(PyObject o) {
        return __add__(o);
    }

    @PyMethod
    public PyObject __sub__(PyObject o) {
        PyComplex b = coerce(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : new PyComplex(real - b.real, imag - b.imag);
    }

    @PyMethod
    public PyObject __rsub__(PyObject o) {
        PyComplex b = coerce(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : new PyComplex(b.real - real, b.imag - imag);
    }

    private static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** Smith's algorithm, scaling by the larger part of b. CPython: _Py_c_quot. */
    private static PyComplex div(PyComplex a, PyComplex b) {
        double absRe = Math.abs(b.real);
        double absIm = Math.abs(b.imag);
        if (absRe >= absIm) {
            if (absRe == 0) {
                throw Errors.zeroDivision("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absIm >= absRe) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    @PyMethod
    public PyObject __mul__(PyObject o) {
        PyComplex b = coerce(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : mul(this, b);
    }

    @PyMethod
    public PyObject __rmul__(PyObject o) {
        return __mul__(o);
    }

    @PyMethod
    public PyObject __truediv__(PyObject o) {
        PyComplex b = coerce(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : div(this, b);
    }

    @PyMethod
    public PyObject __rtruediv__(PyObject o) {
        PyComplex b = coerce(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : div(b, this);
    }

    @PyMethod(sig = "(other, mod=None, /)")
    public PyObject __pow__(PyObject o, PyObject mod) {
        if (mod != PyNone.NONE) {
            throw Errors.valueError("complex modulo");
        }
        PyComplex b = coerce(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : pow(this, b);
    }

    @PyMethod(sig = "(other, mod=None, /)")
    public PyObject __rpow__(PyObject o, PyObject mod) {
        if (mod != PyNone.NONE) {
            throw Errors.valueError("complex modulo");
        }
        PyComplex b = coerce(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : pow(b, this);
    }

    /** Equality; an int is compared exactly with the real part. CPython: complex_richcompare. */
    private Boolean equalTo(PyObject o) {
        if (o instanceof PyInt i) {
            return imag == 0 && PyFloat.compareIntFloat(i, real) == 0;
        }
        if (o instanceof PyFloat f) {
            return imag == 0 && real == f.value;
        }
        if (o instanceof PyComplex c) {
            return real == c.real && imag == c.imag;
        }
        return null;
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        Boolean b = equalTo(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(b);
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        Boolean b = equalTo(o);
        return b == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(!b);
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(PyFloat.of(real), PyFloat.of(imag));
    }

    /** CPython: complex___format___impl. */
    @PyMethod(sig = "(format_spec, /)")
    public PyObject __format__(PyObject spec) {
        String text = Args.toJavaString(spec, "__format__", "format_spec");
        if (text.isEmpty()) {
            return Abstract.str(this);
        }
        return PyStr.of(Formatter.formatComplex(real, imag, text));
    }

    @PyMethod
    public PyObject conjugate() {
        return new PyComplex(real, PyFloat.negate(imag));
    }

    @PyGetter(name = "real")
    public PyObject realAttr() {
        return PyFloat.of(real);
    }

    @PyGetter(name = "imag")
    public PyObject imagAttr() {
        return PyFloat.of(imag);
    }
}
