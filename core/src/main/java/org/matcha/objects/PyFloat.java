package org.matcha.objects;

import java.math.BigInteger;
import org.matcha.modules.WarningsModule;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code float}. CPython: Objects/floatobject.c. */
@PyClass(name = "float", doc = "Convert a string or number to a floating point number, if possible.")
public class PyFloat extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, t -> new PyFloat(t, 0.0));

    public final double value;
    private final PyType type;
    private PyDict dict;
    /** Values of the {@code __slots__} a Python subclass declares. */
    private PyObject[] slots;

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    protected PyFloat(PyType type, double value) {
        this.type = type;
        this.value = value;
        if (type.slotCount > 0) {
            slots = new PyObject[type.slotCount];
        }
    }

    public static PyFloat of(double v) {
        return new PyFloat(TYPE, v);
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

    /**
     * |x| by clearing the sign bit, as C's fabs: TeaVM's Math.abs returns a NaN unchanged, so
     * abs(-nan) kept its sign bit in the browser.
     */
    public static double abs(double v) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) & Long.MAX_VALUE);
    }

    /**
     * -x by flipping the sign bit, so that -nan has its sign bit set on every host as in CPython
     * (the browser build computes Java's -x as x * -1.0, whose NaN sign Wasm leaves open).
     */
    public static double negate(double v) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) ^ Long.MIN_VALUE);
    }

    /** The double of an int or float operand, or NaN-free null when the operand is neither. */
    static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).doubleValue();
    }

    /** CPython: float_pow. */
    public static PyObject pow(double x, double y) {
        if (y == 0) {
            return of(1.0);
        }
        if (Double.isNaN(x)) {
            return of(x);
        }
        if (Double.isNaN(y)) {
            return of(x == 1.0 ? 1.0 : y);
        }
        if (Double.isInfinite(y)) {
            // CPython: float_pow; (-1)**±inf is 1 (Java's Math.pow gives NaN)
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return of(1.0);
            }
            return of((y > 0) == (ax > 1.0) ? Math.abs(y) : 0.0);
        }
        if (x == 0 && y < 0 && !Double.isInfinite(y)) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && !Double.isInfinite(x) && !Double.isInfinite(y) && y != Math.floor(y)) {
            return PyComplex.pow(new PyComplex(x, 0), new PyComplex(y, 0));
        }
        double r = org.matcha.modules.CorrectlyRoundedMath.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.overflow("(34, 'Numerical result out of range')");
        }
        return of(r);
    }

    /**
     * C's fmod, exactly: the remainder of x / y with the sign of x. TeaVM's double {@code %} loses
     * precision for large quotients (1e10 % 3.3), so core computes it from the mantissas.
     */
    public static double fmod(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax < ay) {
            return x;
        }
        long bx = Double.doubleToRawLongBits(ax);
        long by = Double.doubleToRawLongBits(ay);
        int ex = (int) (bx >>> 52);
        int ey = (int) (by >>> 52);
        long mx = bx & ((1L << 52) - 1);
        long my = by & ((1L << 52) - 1);
        if (ex == 0) {
            ex = 1;
        } else {
            mx |= 1L << 52;
        }
        if (ey == 0) {
            ey = 1;
        } else {
            my |= 1L << 52;
        }
        // (mx * 2^(ex - ey)) mod my, one doubling at a time
        long r = mx % my;
        for (int i = ex - ey; i > 0; i--) {
            r <<= 1;
            if (r >= my) {
                r -= my;
            }
        }
        double res = Math.scalb((double) r, ey - 1075);
        return Math.copySign(res, x);
    }

    /** Python's % on floats. CPython: float_rem. */
    public static double mod(double x, double y) {
        if (y == 0) {
            throw Errors.zeroDivision("float modulo");
        }
        double m = fmod(x, y);
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    /** Python's // on floats. CPython: float_floor_div via _float_div_mod. */
    public static double floorDiv(double x, double y) {
        if (y == 0) {
            throw Errors.zeroDivision("float floor division by zero");
        }
        double m = fmod(x, y);
        double div = (x - m) / y;
        if (m != 0 && (y < 0) != (m < 0)) {
            div -= 1.0;
        }
        if (div != 0) {
            double f = Math.floor(div);
            if (div - f > 0.5) {
                f += 1.0;
            }
            return f;
        }
        return Math.copySign(0.0, x / y);
    }

    public static double divide(double x, double y) {
        if (y == 0) {
            throw Errors.zeroDivision("float division by zero");
        }
        return x / y;
    }

    /** int(x) for a float. */
    public static PyInt toInt(double v) {
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 9.0e18) {
            return PyInt.of((long) v);
        }
        return PyInt.of(bigOf(v));
    }

    /** The exact integer value of an integral double. */
    static BigInteger bigOf(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7ff) - 1075;
        long mant = (bits & ((1L << 52) - 1)) | (1L << 52);
        BigInteger r = BigInteger.valueOf(mant);
        r = exp >= 0 ? r.shiftLeft(exp) : r.shiftRight(-exp);
        return v < 0 ? r.negate() : r;
    }

    /** Exact comparison of an int and a float: negative, zero or positive; NaN gives 2 (unordered). */
    public static int compareIntFloat(PyInt i, double f) {
        if (Double.isNaN(f)) {
            return 2;
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? -1 : 1;
        }
        if (i.big == null && Math.abs(i.value) < (1L << 53)) {
            return Double.compare((double) i.value, f) < 0 ? -1 : ((double) i.value == f ? 0 : 1);
        }
        double fl = Math.floor(f);
        int c = i.toBig().compareTo(bigOf(fl));
        if (c != 0) {
            return c;
        }
        return fl == f ? 0 : -1;
    }

    /** CPython: _Py_HashDouble; a NaN hashes by the identity of the object holding it. */
    public static long hash(PyObject owner, double v) {
        return Double.isNaN(v) ? Abstract.identityHash(owner) : hash(v);
    }

    /** CPython: _Py_HashDouble (for finite values; inf hashes to ±314159). */
    public static long hash(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.floor(v) && Math.abs(v) < 9.0e18) {
            return PyInt.of((long) v).hash();
        }
        final long modulus = (1L << 61) - 1;
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        // frexp: m in [0.5, 1)
        int e = Math.getExponent(m) + 1;
        if (m < Double.MIN_NORMAL) {
            m *= 0x1p54;
            e = Math.getExponent(m) + 1 - 54;
            m = m / 0x1p54;
        }
        m = Math.scalb(m, -(Math.getExponent(m) + 1));
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & modulus) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) {
                x -= modulus;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & modulus) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** round(x) to an integer, ties to even. */
    static double roundHalfEven(double v) {
        double f = Math.floor(v);
        double diff = v - f;
        if (diff > 0.5 || (diff == 0.5 && Math.floor(f / 2) * 2 != f)) {
            return f + 1;
        }
        return f;
    }

    // ---- Python methods ----

    /** CPython: float_new_impl; keywords are refused unless a subclass overrides __init__. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0
                && (cls == TYPE || cls.lookup("__init__") == PyType.OBJECT.lookup("__init__"))) {
            throw Errors.typeError("float() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError("float expected at most 1 argument, got " + args.length);
        }
        PyObject x = args.length == 0 ? null : args[0];
        if (x == null) {
            return cls == TYPE ? of(0.0) : new PyFloat(cls, 0.0);
        }
        if (x.type() == TYPE && cls == TYPE) {
            return x;
        }
        double v = numberFloat(x);
        return cls == TYPE ? of(v) : new PyFloat(cls, v);
    }

    /** float(x) as a double. CPython: PyNumber_Float then PyFloat_FromString. */
    static double numberFloat(PyObject x) {
        if (x.type() == TYPE) {
            return ((PyFloat) x).value;
        }
        if (x.type() == PyStr.TYPE) {
            return parse(((PyStr) x).value);
        }
        if (x.type().lookup("__float__") != null) {
            PyObject r = Abstract.callSpecial(x, "__float__");
            if (!(r instanceof PyFloat rf)) {
                throw Errors.typeError(x.type().name + ".__float__ returned non-float (type " + r.type().name + ")");
            }
            if (r.type() != TYPE) {
                WarningsModule.warn(ExceptionTypes.DeprecationWarning, x.type().name
                        + ".__float__ returned non-float (type " + r.type().name + ").  The ability to return an "
                        + "instance of a strict subclass of float is deprecated, and may be removed in a future "
                        + "version of Python.", 1);
            }
            return rf.value;
        }
        if (x.type().lookup("__index__") != null) {
            double d = Abstract.index(x).doubleValue();
            if (Double.isInfinite(d)) {
                throw Errors.overflow("int too large to convert to float");
            }
            return d;
        }
        if (x instanceof PyStr s) {
            return parse(s.value);
        }
        if (x instanceof BufferExporter buffer) {
            return parseBytes(buffer.bufferCopy(), x);
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name + "'");
    }

    /** float(b"1.5"): ASCII only; errors quote the repr of the original object. */
    private static double parseBytes(byte[] data, PyObject original) {
        for (byte b : data) {
            if (b < 0) {
                throw Errors.valueError("could not convert string to float: " + Abstract.repr(original).value);
            }
        }
        try {
            return parse(PyBytes.latin1(data));
        } catch (PyException e) {
            throw Errors.valueError("could not convert string to float: " + Abstract.repr(original).value);
        }
    }

    /** float(text). CPython: PyFloat_FromString (underscores between digits allowed). */
    static double parse(String text) {
        String s = PyStr.stripWhitespace(UnicodeProperties.asciiDecimals(text));
        String cleaned = s;
        if (s.indexOf('_') >= 0) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    boolean ok = i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                            && Character.isDigit(s.charAt(i + 1));
                    if (!ok) {
                        throw Errors.valueError("could not convert string to float: " + StrRepr.repr(text));
                    }
                } else {
                    b.append(c);
                }
            }
            cleaned = b.toString();
        }
        try {
            return FloatRepr.parse(cleaned);
        } catch (NumberFormatException e) {
            throw Errors.valueError("could not convert string to float: " + StrRepr.repr(text));
        }
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of(FloatRepr.repr(value));
    }

    @PyMethod
    public PyObject __hash__() {
        return PyInt.of(hash(this, value));
    }

    @PyMethod
    public boolean __bool__() {
        return value != 0;
    }

    @PyMethod
    public PyObject __float__() {
        return type == TYPE ? this : of(value);
    }

    @PyMethod
    public PyObject __int__() {
        return toInt(value);
    }

    @PyMethod
    public PyObject __trunc__() {
        return toInt(value);
    }

    @PyMethod
    public PyObject __floor__() {
        return toInt(Math.floor(value));
    }

    @PyMethod
    public PyObject __ceil__() {
        return toInt(Math.ceil(value));
    }

    @PyMethod
    public PyObject __neg__() {
        return of(negate(value));
    }

    @PyMethod
    public PyObject __pos__() {
        return of(value);
    }

    @PyMethod
    public PyObject __abs__() {
        return of(abs(value));
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        return isNumber(o) ? of(value + toDouble(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __radd__(PyObject o) {
        return isNumber(o) ? of(toDouble(o) + value) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __sub__(PyObject o) {
        return isNumber(o) ? of(value - toDouble(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rsub__(PyObject o) {
        return isNumber(o) ? of(toDouble(o) - value) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __mul__(PyObject o) {
        return isNumber(o) ? of(value * toDouble(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rmul__(PyObject o) {
        return isNumber(o) ? of(toDouble(o) * value) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __truediv__(PyObject o) {
        return isNumber(o) ? of(divide(value, toDouble(o))) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rtruediv__(PyObject o) {
        return isNumber(o) ? of(divide(toDouble(o), value)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __floordiv__(PyObject o) {
        return isNumber(o) ? of(floorDiv(value, toDouble(o))) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rfloordiv__(PyObject o) {
        return isNumber(o) ? of(floorDiv(toDouble(o), value)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __mod__(PyObject o) {
        return isNumber(o) ? of(mod(value, toDouble(o))) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rmod__(PyObject o) {
        return isNumber(o) ? of(mod(toDouble(o), value)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __divmod__(PyObject o) {
        if (!isNumber(o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        double y = toDouble(o);
        if (y == 0) {
            throw Errors.zeroDivision("float divmod()");
        }
        return PyTuple.of(of(floorDiv(value, y)), of(mod(value, y)));
    }

    @PyMethod
    public PyObject __rdivmod__(PyObject o) {
        if (!isNumber(o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (value == 0) {
            throw Errors.zeroDivision("float divmod()");
        }
        double x = toDouble(o);
        return PyTuple.of(of(floorDiv(x, value)), of(mod(x, value)));
    }

    @PyMethod(sig = "(other, mod=None, /)")
    public PyObject __pow__(PyObject o, PyObject m) {
        if (m != PyNone.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return isNumber(o) ? pow(value, toDouble(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(sig = "(other, mod=None, /)")
    public PyObject __rpow__(PyObject o, PyObject m) {
        if (m != PyNone.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return isNumber(o) ? pow(toDouble(o), value) : PySingletons.NOT_IMPLEMENTED;
    }

    /** Comparison result: -1, 0, 1, or 2 for unordered (NaN); null when not comparable. */
    private Integer cmp(PyObject o) {
        if (o instanceof PyFloat f) {
            if (Double.isNaN(value) || Double.isNaN(f.value)) {
                return 2;
            }
            return value < f.value ? -1 : value == f.value ? 0 : 1;
        }
        if (o instanceof PyInt i) {
            int c = compareIntFloat(i, value);
            return c == 2 ? 2 : -c;
        }
        return null;
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        Integer c = cmp(o);
        return c == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(c == 0);
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        Integer c = cmp(o);
        return c == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(c != 0);
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        Integer c = cmp(o);
        return c == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(c == -1);
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        Integer c = cmp(o);
        return c == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(c == -1 || c == 0);
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        Integer c = cmp(o);
        return c == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(c == 1);
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        Integer c = cmp(o);
        return c == null ? PySingletons.NOT_IMPLEMENTED : PyBool.of(c == 1 || c == 0);
    }

    /** round(x[, n]). CPython: float___round___impl and double_round (via correctly rounded text). */
    @PyMethod(sig = "(ndigits=None, /)")
    public PyObject __round__(PyObject ndigits) {
        if (ndigits == PyNone.NONE) {
            double r = roundHalfEven(value);
            return toInt(r);
        }
        PyInt n = Args.toPyInt(ndigits);
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
            return of(value);
        }
        if ((n.big != null && n.big.signum() > 0) || (n.big == null && n.value > 323)) {
            return of(value);
        }
        if (n.big != null || n.value < -308) {
            return of(Math.copySign(0.0, value));
        }
        int digits = (int) n.value;
        if (digits >= 0) {
            return of(FloatRepr.parse(FloatRepr.formatFixed(value, digits)));
        }
        // negative ndigits: round |x| to a multiple of 10**-n, ties to even on the exact value
        BigInteger pow = BigInteger.TEN.pow(-digits);
        double abs = Math.abs(value);
        double floor = Math.floor(abs);
        BigInteger[] qr = bigOf(floor).divideAndRemainder(pow);
        int half = qr[1].shiftLeft(1).compareTo(pow);
        BigInteger q = qr[0];
        if (half > 0 || (half == 0 && (abs > floor || q.testBit(0)))) {
            q = q.add(BigInteger.ONE);
        }
        double r = PyInt.of(q.multiply(pow)).doubleValue();
        return of(Math.copySign(r, value));
    }

    @PyMethod
    public boolean is_integer() {
        return !Double.isInfinite(value) && value == Math.floor(value);
    }

    @PyMethod(doc = "Return integer ratio.\n"
            + "\n"
            + "Return a pair of integers, whose ratio is exactly equal to the original float\n"
            + "and with a positive denominator.\n"
            + "\n"
            + "Raise OverflowError on infinities and a ValueError on NaNs.\n"
            + "\n"
            + ">>> (10.0).as_integer_ratio()\n"
            + "(10, 1)\n"
            + ">>> (0.0).as_integer_ratio()\n"
            + "(0, 1)\n"
            + ">>> (-.25).as_integer_ratio()\n"
            + "(-1, 4)")
    public PyObject as_integer_ratio() {
        if (Double.isInfinite(value)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(value)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (value == 0) {
            return PyTuple.of(PyInt.of(0), PyInt.of(1));
        }
        long bits = Double.doubleToRawLongBits(value);
        int rawExp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        int exp;
        if (rawExp == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = rawExp - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(value < 0 ? -mant : mant);
        BigInteger den = BigInteger.ONE;
        if (exp > 0) {
            num = num.shiftLeft(exp);
        } else {
            den = den.shiftLeft(-exp);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    @PyMethod
    public PyObject conjugate() {
        return of(value);
    }

    @PyMethod(doc = "Return a hexadecimal representation of a floating-point number.\n"
            + "\n"
            + ">>> (-0.1).hex()\n"
            + "'-0x1.999999999999ap-4'\n"
            + ">>> 3.14159.hex()\n"
            + "'0x1.921f9f01b866ep+1'")
    public PyObject hex() {
        return PyStr.of(FloatRepr.hex(value));
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, doc = "Create a floating-point number from a hexadecimal string.\n"
            + "\n"
            + ">>> float.fromhex('0x1.ffffp10')\n"
            + "2047.984375\n"
            + ">>> float.fromhex('-0x1p-1074')\n"
            + "-5e-324")
    public static PyObject fromhex(PyType cls, String s) {
        double v;
        try {
            v = FloatRepr.fromHex(s);
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        } catch (ArithmeticException e) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return cls == TYPE ? of(v) : Abstract.call(cls, of(v));
    }

    /** CPython: float___getformat___impl; doubles are IEEE 754 binary64, little-endian here. */
    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, sig = "(typestr, /)")
    public static PyObject __getformat__(PyType cls, PyObject typestr) {
        if (!(typestr instanceof PyStr s)) {
            throw Errors.typeError("__getformat__() argument must be str, not " + typestr.type().name);
        }
        String t = s.toString();
        if (!t.equals("double") && !t.equals("float")) {
            throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return PyStr.of("IEEE, little-endian");
    }

    @PyMethod(sig = "(format_spec, /)")
    public PyObject __format__(PyObject spec) {
        String fs = Args.toJavaString(spec, "__format__", "format_spec");
        if (fs.isEmpty()) {
            // CPython: formatter_unicode.c format_obj, an empty spec is str(self) (a subclass's __str__)
            return Abstract.str(this);
        }
        return PyStr.of(Formatter.formatFloat(value, fs));
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(of(value));
    }

    @PyGetter
    public PyObject real() {
        return of(value);
    }

    @PyGetter
    public PyObject imag() {
        return of(0.0);
    }
}
