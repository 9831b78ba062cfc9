package org.matcha.objects;

import java.math.BigInteger;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/**
 * {@code int}: a long when the value fits (the fast path) and a BigInteger otherwise; never both.
 * CPython: Objects/longobject.c.
 */
@PyClass(name = "int", doc = "int([x]) -> integer\n"
        + "int(x, base=10) -> integer\n"
        + "\n"
        + "Convert a number or string to an integer, or return 0 if no arguments\n"
        + "are given.  If x is a number, return x.__int__().  For floating point\n"
        + "numbers, this truncates towards zero.\n"
        + "\n"
        + "If x is not a number or if base is given, then x must be a string,\n"
        + "bytes, or bytearray instance representing an integer literal in the\n"
        + "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
        + "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
        + "Base 0 means to interpret the base from the string as an integer literal.\n"
        + ">>> int('0b100', base=0)\n"
        + "4")
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, t -> new PyInt(t, 0));
    private static final PyInt[] SMALL = new PyInt[262 + 5];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(TYPE, i - 5);
        }
    }

    public final long value;
    /** Non-null only when the value does not fit in a long. */
    public final BigInteger big;
    private final PyType type;
    private PyDict dict;

    protected PyInt(PyType type, long value) {
        this.type = type;
        this.value = value;
        this.big = null;
    }

    protected PyInt(PyType type, BigInteger big) {
        this.type = type;
        if (big.bitLength() < 64) {
            this.value = big.longValue();
            this.big = null;
        } else {
            this.value = 0;
            this.big = big;
        }
    }

    public static PyInt of(long v) {
        if (v >= -5 && v < 257) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(TYPE, v);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(TYPE, v);
    }

    /** An int of a subclass of int with the value of {@code v}. */
    public static PyInt ofType(PyType t, PyInt v) {
        if (t == TYPE) {
            return v.type == TYPE ? v : v.big == null ? of(v.value) : of(v.big);
        }
        return v.big == null ? new PyInt(t, v.value) : new PyInt(t, v.big);
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

    public boolean isSmall() {
        return big == null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The value as a Java int, or OverflowError with CPython's wording. */
    public int intValue() {
        if (big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return (int) value;
        }
        throw Errors.overflow("Python int too large to convert to C int");
    }

    public long longValue() {
        if (big == null) {
            return value;
        }
        throw Errors.overflow("Python int too large to convert to C long");
    }

    /** The value clamped to the long range (for repeat counts and such). */
    public long longValueClamped() {
        if (big == null) {
            return value;
        }
        return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    public double doubleValue() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    /** The high 64 bits of the 128-bit product (TeaVM lacks Math.multiplyHigh). Hacker's Delight 8-2. */
    static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = (t & 0xFFFFFFFFL) + x2 * y1;
        long z0 = t >> 32;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    // ---- arithmetic on two ints (CPython: long_add, long_sub, ...) ----

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.toBig().add(b.toBig()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.toBig().subtract(b.toBig()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            if (((x < 0 ? -x : x) | (y < 0 ? -y : y)) >>> 31 == 0) {
                return of(x * y);
            }
            long hi = multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(a.toBig().multiply(b.toBig()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return of(0);
            }
            return of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBig().remainder(b.toBig());
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b.toBig());
        }
        return of(r);
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return of(-a.value);
        }
        return of(a.toBig().negate());
    }

    public static PyInt shiftLeft(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return of(0);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw Errors.memory();
        }
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long r = a.value << n;
            if ((r >> n) == a.value) {
                return of(r);
            }
        }
        return of(a.toBig().shiftLeft(n));
    }

    public static PyInt shiftRight(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE) {
            return of(a.signum() < 0 ? -1 : 0);
        }
        int n = (int) b.value;
        if (a.big == null) {
            return of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        }
        return of(a.big.shiftRight(n));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value & b.value);
        }
        return of(a.toBig().and(b.toBig()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value | b.value);
        }
        return of(a.toBig().or(b.toBig()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return of(a.value ^ b.value);
        }
        return of(a.toBig().xor(b.toBig()));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.toBig().compareTo(b.toBig());
    }

    /** int ** int, with a float result for negative exponents. CPython: long_pow. */
    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.pow(a.doubleValue(), b.doubleValue());
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return of(b.big.testBit(0) ? -1 : 1);
            }
            throw Errors.memory();
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            long x = base;
            long n = e;
            boolean overflow = false;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = multiplyHigh(result, x);
                    long lo = result * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = multiplyHigh(x, x);
                    long lo = x * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    x = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        if (e > Integer.MAX_VALUE) {
            throw Errors.memory();
        }
        return of(a.toBig().pow((int) e));
    }

    /** Three-argument pow. CPython: long_pow with a modulus. */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.toBig();
        BigInteger absMod = mod.abs();
        BigInteger base = a.toBig();
        BigInteger exp = b.toBig();
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(absMod);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = absMod.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, absMod);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return of(r);
    }

    /** int / int correctly rounded. CPython: long_true_divide. */
    public static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return (double) a.value / (double) b.value;
        }
        return IntMath.trueDivide(a.toBig(), b.toBig());
    }

    /** CPython: long_hash, reduction modulo 2**61 - 1. */
    public long hash() {
        long h;
        if (big == null) {
            long m = (1L << 61) - 1;
            long abs = value == Long.MIN_VALUE ? 0 : Math.abs(value);
            if (value == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(value).negate().mod(BigInteger.valueOf(m)).longValue());
            } else {
                h = abs % m;
                if (value < 0) {
                    h = -h;
                }
            }
        } else {
            BigInteger m = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
            h = big.abs().mod(m).longValue();
            if (big.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    public String toDecimalString() {
        if (big == null) {
            return Long.toString(value);
        }
        IntMath.checkStrDigits(big);
        return big.toString();
    }

    static PyInt asInt(PyObject o) {
        return o instanceof PyInt i ? i : null;
    }

    // ---- Python methods ----

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(x=NULL, /, base=NULL)")
    public static PyObject __new__(PyType cls, PyObject x, PyObject base) {
        PyInt v = IntMath.construct(x, base);
        return ofType(cls, v);
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of(toDecimalString());
    }

    @PyMethod
    public PyObject __hash__() {
        return of(hash());
    }

    @PyMethod
    public boolean __bool__() {
        return signum() != 0;
    }

    @PyMethod
    public PyObject __index__() {
        return ofType(TYPE, this);
    }

    @PyMethod
    public PyObject __int__() {
        return ofType(TYPE, this);
    }

    @PyMethod
    public PyObject __float__() {
        return PyFloat.of(doubleValue());
    }

    @PyMethod
    public PyObject __neg__() {
        return neg(this);
    }

    @PyMethod
    public PyObject __pos__() {
        return ofType(TYPE, this);
    }

    @PyMethod
    public PyObject __abs__() {
        return signum() < 0 ? neg(this) : ofType(TYPE, this);
    }

    @PyMethod
    public PyObject __invert__() {
        return sub(neg(this), of(1));
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        return o instanceof PyInt b ? add(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __radd__(PyObject o) {
        return o instanceof PyInt b ? add(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __sub__(PyObject o) {
        return o instanceof PyInt b ? sub(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rsub__(PyObject o) {
        return o instanceof PyInt b ? sub(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __mul__(PyObject o) {
        return o instanceof PyInt b ? mul(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rmul__(PyObject o) {
        return o instanceof PyInt b ? mul(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __floordiv__(PyObject o) {
        return o instanceof PyInt b ? floorDiv(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rfloordiv__(PyObject o) {
        return o instanceof PyInt b ? floorDiv(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __mod__(PyObject o) {
        return o instanceof PyInt b ? mod(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rmod__(PyObject o) {
        return o instanceof PyInt b ? mod(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __divmod__(PyObject o) {
        return o instanceof PyInt b ? PyTuple.of(floorDiv(this, b), mod(this, b)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rdivmod__(PyObject o) {
        return o instanceof PyInt b ? PyTuple.of(floorDiv(b, this), mod(b, this)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __truediv__(PyObject o) {
        return o instanceof PyInt b ? PyFloat.of(trueDivide(this, b)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rtruediv__(PyObject o) {
        return o instanceof PyInt b ? PyFloat.of(trueDivide(b, this)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(sig = "(other, mod=None, /)")
    public PyObject __pow__(PyObject o, PyObject m) {
        if (!(o instanceof PyInt b)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (m == PyNone.NONE) {
            return pow(this, b);
        }
        if (!(m instanceof PyInt mi)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return powMod(this, b, mi);
    }

    @PyMethod(sig = "(other, mod=None, /)")
    public PyObject __rpow__(PyObject o, PyObject m) {
        if (!(o instanceof PyInt b)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (m == PyNone.NONE) {
            return pow(b, this);
        }
        return m instanceof PyInt mi ? powMod(b, this, mi) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __lshift__(PyObject o) {
        return o instanceof PyInt b ? shiftLeft(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rlshift__(PyObject o) {
        return o instanceof PyInt b ? shiftLeft(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rshift__(PyObject o) {
        return o instanceof PyInt b ? shiftRight(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rrshift__(PyObject o) {
        return o instanceof PyInt b ? shiftRight(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __and__(PyObject o) {
        return o instanceof PyInt b ? and(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rand__(PyObject o) {
        return o instanceof PyInt b ? and(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __or__(PyObject o) {
        return o instanceof PyInt b ? or(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ror__(PyObject o) {
        return o instanceof PyInt b ? or(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __xor__(PyObject o) {
        return o instanceof PyInt b ? xor(this, b) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rxor__(PyObject o) {
        return o instanceof PyInt b ? xor(b, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) == 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) != 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) < 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) <= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) > 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) >= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(sig = "(ndigits=None, /)")
    public PyObject __round__(PyObject ndigits) {
        if (ndigits == PyNone.NONE) {
            return ofType(TYPE, this);
        }
        return IntMath.round(this, Args.toPyInt(ndigits));
    }

    @PyMethod
    public PyObject __trunc__() {
        return ofType(TYPE, this);
    }

    @PyMethod
    public PyObject __floor__() {
        return ofType(TYPE, this);
    }

    @PyMethod
    public PyObject __ceil__() {
        return ofType(TYPE, this);
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(ofType(TYPE, this));
    }

    @PyMethod
    public PyObject conjugate() {
        return ofType(TYPE, this);
    }

    @PyMethod(doc = "Number of bits necessary to represent self in binary.\n"
            + "\n"
            + ">>> bin(37)\n"
            + "'0b100101'\n"
            + ">>> (37).bit_length()\n"
            + "6")
    public long bit_length() {
        return big != null ? big.abs().bitLength() : 64 - Long.numberOfLeadingZeros(value < 0 ? (value == Long.MIN_VALUE ? value : -value) : value);
    }

    @PyMethod(doc = "Number of ones in the binary representation of the absolute value of self.\n"
            + "\n"
            + "Also known as the population count.\n"
            + "\n"
            + ">>> bin(13)\n"
            + "'0b1101'\n"
            + ">>> (13).bit_count()\n"
            + "3")
    public long bit_count() {
        return big != null ? big.abs().bitCount() : Long.bitCount(value == Long.MIN_VALUE ? value : Math.abs(value));
    }

    @PyMethod(doc = "Return integer ratio.\n"
            + "\n"
            + "Return a pair of integers, whose ratio is exactly equal to the original int\n"
            + "and with a positive denominator.\n"
            + "\n"
            + ">>> (10).as_integer_ratio()\n"
            + "(10, 1)\n"
            + ">>> (-10).as_integer_ratio()\n"
            + "(-10, 1)\n"
            + ">>> (0).as_integer_ratio()\n"
            + "(0, 1)")
    public PyObject as_integer_ratio() {
        return PyTuple.of(ofType(TYPE, this), of(1));
    }

    @PyMethod(sig = "(format_spec, /)")
    public PyObject __format__(PyObject spec) {
        String text = Args.toJavaString(spec, "__format__", "format_spec");
        if (text.isEmpty()) {
            return Abstract.str(this);
        }
        return PyStr.of(Formatter.formatInt(this, text));
    }

    @PyMethod(sig = "(length=1, byteorder='big', *, signed=False)")
    public PyObject to_bytes(PyObject length, String byteorder, boolean signed) {
        return IntMath.toBytes(this, Args.toPyInt(length), byteorder, signed);
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, sig = "(bytes, byteorder='big', *, signed=False)")
    public static PyObject from_bytes(PyType cls, PyObject bytes, String byteorder, boolean signed) {
        // CPython: int_from_bytes_impl calls a subclass with the int (bool gives its singletons)
        PyInt v = IntMath.fromBytes(bytes, byteorder, signed);
        return cls == TYPE ? ofType(TYPE, v) : Abstract.call(cls, v);
    }

    @PyGetter
    public PyObject real() {
        return ofType(TYPE, this);
    }

    @PyGetter
    public PyObject imag() {
        return of(0);
    }

    @PyGetter
    public PyObject numerator() {
        return ofType(TYPE, this);
    }

    @PyGetter
    public PyObject denominator() {
        return of(1);
    }
}
