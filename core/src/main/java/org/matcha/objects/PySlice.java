package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code slice}. CPython: Objects/sliceobject.c. */
@PyClass(name = "slice", doc = "slice(stop)\n"
        + "slice(start, stop[, step])\n"
        + "\n"
        + "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).")
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        // slices are unhashable before 3.12 (CPython 3.11: PySlice_Type.tp_hash is PyObject_HashNotImplemented)
        TYPE.dict().setItem("__hash__", PyNone.NONE);
    }

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static long clampIndex(PyObject o) {
        PyInt i = Abstract.sliceIndex(o);
        if (i.big != null) {
            return i.big.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
        return Math.max(Long.MIN_VALUE / 4, Math.min(Long.MAX_VALUE / 4, i.value));
    }

    /** {start, stop, step, length} for a sequence of {@code len}. CPython: PySlice_GetIndicesEx. */
    public long[] indices(long len) {
        long st = step == PyNone.NONE ? 1 : clampIndex(step);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? len - 1 : 0;
        } else {
            lo = clampIndex(start);
            if (lo < 0) {
                lo += len;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= len) {
                lo = st < 0 ? len - 1 : len;
            }
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? -1 : len;
        } else {
            hi = clampIndex(stop);
            if (hi < 0) {
                hi += len;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= len) {
                hi = st < 0 ? len - 1 : len;
            }
        }
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new long[] {lo, hi, st, n};
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args)")
    public static PyObject __new__(PyType cls, PyObject[] args) {
        switch (args.length) {
            case 1:
                return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            case 2:
                return new PySlice(args[0], args[1], PyNone.NONE);
            case 3:
                return new PySlice(args[0], args[1], args[2]);
            default:
                throw Errors.typeError(args.length == 0 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + args.length);
        }
    }

    /** CPython: slice_reduce. */
    @PyMethod
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("slice(" + Abstract.reprString(start) + ", " + Abstract.reprString(stop) + ", "
                + Abstract.reprString(step) + ")");
    }

    @PyMethod
    public PyObject indices(PyObject length) {
        long len = Abstract.index(length).longValue();
        if (len < 0) {
            throw Errors.valueError("length should not be negative");
        }
        long[] r = indices(len);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
    }

    private PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return o instanceof PySlice s ? PyBool.of(Abstract.eqBool(asTuple(), s.asTuple())) : PySingletons.NOT_IMPLEMENTED;
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
