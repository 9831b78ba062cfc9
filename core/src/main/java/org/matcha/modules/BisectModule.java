package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/** The _bisect module: binary search and insertion in a sorted sequence. CPython: Modules/_bisectmodule.c. */
@PyModuleDef(name = "_bisect")
public final class BisectModule {
    private BisectModule() {}

    public static void init(PyModule m) {
        m.add("__doc__", PyStr.of("Bisection algorithms.\n\n"
                + "This module provides support for maintaining a list in sorted order without\n"
                + "having to sort the list after each insertion. For long lists of items with\n"
                + "expensive comparison operations, this can be an improvement over the more\n"
                + "common approach.\n"));
    }

    /** CPython: the clinic converter Py_ssize_t(accept={int, NoneType}) with default -1. */
    private static long optionalIndex(PyObject hi) {
        if (hi == PyNone.NONE) {
            return -1;
        }
        if (!Abstract.hasIndex(hi)) {
            throw Errors.typeError("argument should be integer or None, not '" + hi.type().name + "'");
        }
        PyInt i = Abstract.index(hi);
        if (i.big != null) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    /** CPython: PySequence_Size. */
    private static long sequenceSize(PyObject a) {
        if (a instanceof PyDict) {
            throw Errors.typeError(a.type().name + " is not a sequence");
        }
        return Abstract.len(a);
    }

    /** CPython: PySequence_GetItem with a non-negative index. */
    private static PyObject sequenceItem(PyObject a, long i) {
        if (a.type() == PyList.TYPE) {
            PyList l = (PyList) a;
            if (i >= l.size) {
                throw Errors.indexError("list index out of range");
            }
            return l.items[(int) i];
        }
        if (a instanceof PyDict || a.type().lookup("__getitem__") == null) {
            throw Errors.typeError("'" + a.type().name + "' object does not support indexing");
        }
        return Abstract.getItem(a, PyInt.of(i));
    }

    /** CPython: internal_bisect_right and internal_bisect_left. */
    private static long search(PyObject a, PyObject x, long lo, long hi, PyObject key, boolean right) {
        if (lo < 0) {
            throw Errors.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = sequenceSize(a);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = sequenceItem(a, mid);
            if (key != PyNone.NONE) {
                item = Abstract.call(key, item);
            }
            if (right) {
                if (Abstract.isTrue(Abstract.richCompare(x, item, 0))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else {
                if (Abstract.isTrue(Abstract.richCompare(item, x, 0))) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        return lo;
    }

    /** CPython: _bisect_insort_right_impl / _bisect_insort_left_impl. */
    private static PyObject insort(PyObject a, PyObject x, long lo, PyObject hi, PyObject key, boolean right) {
        long h = optionalIndex(hi);
        PyObject keyX = key == PyNone.NONE ? x : Abstract.call(key, x);
        long index = search(a, keyX, lo, h, key, right);
        if (a.type() == PyList.TYPE) {
            ((PyList) a).insert(index, x);
        } else {
            Abstract.call(Abstract.getAttr(a, "insert"), PyInt.of(index), x);
        }
        return PyNone.NONE;
    }

    @PyMethod(sig = "(a, x, lo=0, hi=None, *, key=None)")
    public static long bisect_right(PyObject a, PyObject x, long lo, PyObject hi, PyObject key) {
        return search(a, x, lo, optionalIndex(hi), key, true);
    }

    @PyMethod(sig = "(a, x, lo=0, hi=None, *, key=None)")
    public static long bisect_left(PyObject a, PyObject x, long lo, PyObject hi, PyObject key) {
        return search(a, x, lo, optionalIndex(hi), key, false);
    }

    @PyMethod(sig = "(a, x, lo=0, hi=None, *, key=None)")
    public static PyObject insort_right(PyObject a, PyObject x, long lo, PyObject hi, PyObject key) {
        return insort(a, x, lo, hi, key, true);
    }

    @PyMethod(sig = "(a, x, lo=0, hi=None, *, key=None)")
    public static PyObject insort_left(PyObject a, PyObject x, long lo, PyObject hi, PyObject key) {
        return insort(a, x, lo, hi, key, false);
    }
}
