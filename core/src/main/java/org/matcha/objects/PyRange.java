package org.matcha.objects;

import java.math.BigInteger;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code range}. CPython: Objects/rangeobject.c. */
@PyClass(name = "range", doc = "range(stop) -> range object\n"
        + "range(start, stop[, step]) -> range object\n"
        + "\n"
        + "Return an object that produces a sequence of integers from start (inclusive)\n"
        + "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
        + "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
        + "These are exactly the valid indices for a list of 4 elements.\n"
        + "When step is given, it specifies the increment (or decrement).")
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    public final PyInt start;
    public final PyInt stop;
    public final PyInt step;
    private final PyInt length;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start.toBig(), stop.toBig(), step.toBig());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyInt computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return PyInt.of(0);
        }
        return PyInt.of(hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE));
    }

    /** The length when it fits in a long (Java-side iteration), else -1. */
    public long smallLength() {
        return length.big == null ? length.value : -1;
    }

    public boolean isSmall() {
        return start.big == null && stop.big == null && step.big == null && length.big == null
                && Math.abs(start.value) < (1L << 62) && Math.abs(stop.value) < (1L << 62);
    }

    private PyInt itemAt(BigInteger i) {
        return PyInt.of(start.toBig().add(step.toBig().multiply(i)));
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args)")
    public static PyObject __new__(PyType cls, PyObject[] args) {
        switch (args.length) {
            case 1:
                return new PyRange(PyInt.of(0), exactIndex(args[0]), PyInt.of(1));
            case 2:
                return new PyRange(exactIndex(args[0]), exactIndex(args[1]), PyInt.of(1));
            case 3: {
                PyInt step = exactIndex(args[2]);
                if (step.signum() == 0) {
                    throw Errors.valueError("range() arg 3 must not be zero");
                }
                return new PyRange(exactIndex(args[0]), exactIndex(args[1]), step);
            }
            default:
                throw Errors.typeError(args.length == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + args.length);
        }
    }

    /** PyNumber_Index: an exact int (range(True) has stop 1, not True). */
    private static PyInt exactIndex(PyObject o) {
        return PyInt.ofType(PyInt.TYPE, Abstract.index(o));
    }

    /** CPython: range_reduce. */
    @PyMethod
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    @PyMethod
    public PyObject __repr__() {
        String s = "range(" + start.toDecimalString() + ", " + stop.toDecimalString();
        if (!(step.big == null && step.value == 1)) {
            s += ", " + step.toDecimalString();
        }
        return PyStr.of(s + ")");
    }

    @PyMethod
    public PyObject __len__() {
        if (length.big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return length;
    }

    @PyMethod
    public boolean __bool__() {
        return length.signum() != 0;
    }

    @PyMethod
    public PyObject __iter__() {
        if (isSmall()) {
            return new PyIterators.RangeIterator(start.value, step.value, length.value);
        }
        return new PyIterators.BigRangeIterator(this, false);
    }

    @PyMethod
    public PyObject __reversed__() {
        if (isSmall()) {
            long last = start.value + (length.value - 1) * step.value;
            return new PyIterators.RangeIterator(length.value == 0 ? start.value : last, -step.value, length.value);
        }
        return new PyIterators.BigRangeIterator(this, true);
    }

    PyInt lengthInt() {
        return length;
    }

    PyInt get(BigInteger i) {
        return itemAt(i);
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            if (length.big != null) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            long[] ind = s.indices(length.value);
            BigInteger newStart = itemAt(BigInteger.valueOf(ind[0])).toBig();
            BigInteger newStep = step.toBig().multiply(BigInteger.valueOf(ind[2]));
            BigInteger newStop = newStart.add(newStep.multiply(BigInteger.valueOf(ind[3])));
            return new PyRange(PyInt.of(newStart), PyInt.of(newStop), PyInt.of(newStep));
        }
        PyInt i = Abstract.index(key);
        BigInteger bi = i.toBig();
        if (bi.signum() < 0) {
            bi = bi.add(length.toBig());
        }
        if (bi.signum() < 0 || bi.compareTo(length.toBig()) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return itemAt(bi);
    }

    private boolean containsInt(PyInt v) {
        BigInteger x = v.toBig();
        BigInteger lo = start.toBig();
        BigInteger st = step.toBig();
        if (st.signum() > 0) {
            if (x.compareTo(lo) < 0 || x.compareTo(stop.toBig()) >= 0) {
                return false;
            }
        } else if (x.compareTo(lo) > 0 || x.compareTo(stop.toBig()) <= 0) {
            return false;
        }
        return x.subtract(lo).mod(st.abs()).signum() == 0;
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        if (o instanceof PyInt v && (v.type() == PyInt.TYPE || v.type() == PyBool.TYPE)) {
            return containsInt(v);
        }
        PyObject it = __iter__();
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (Abstract.eqBool(x, o)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    public long count(PyObject o) {
        if (o instanceof PyInt v && v.type() == PyInt.TYPE) {
            return containsInt(v) ? 1 : 0;
        }
        long n = 0;
        PyObject it = __iter__();
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (Abstract.eqBool(x, o)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    public PyObject index(PyObject o) {
        if (o instanceof PyInt v && containsInt(v)) {
            return PyInt.of(v.toBig().subtract(start.toBig()).divide(step.toBig()));
        }
        throw Errors.valueError(Abstract.reprString(o) + " is not in range");
    }

    private PyTuple key() {
        if (length.signum() == 0) {
            return PyTuple.of(length, PyNone.NONE, PyNone.NONE);
        }
        if (length.big == null && length.value == 1) {
            return PyTuple.of(length, start, PyNone.NONE);
        }
        return PyTuple.of(length, start, step);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return o instanceof PyRange r ? PyBool.of(Abstract.eqBool(key(), r.key())) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return o instanceof PyRange r ? PyBool.of(!Abstract.eqBool(key(), r.key())) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __hash__() {
        return PyInt.of(key().hash());
    }

    @PyGetter(name = "start")
    public PyObject startAttr() {
        return start;
    }

    @PyGetter(name = "stop")
    public PyObject stopAttr() {
        return stop;
    }

    @PyGetter(name = "step")
    public PyObject stepAttr() {
        return step;
    }
}
