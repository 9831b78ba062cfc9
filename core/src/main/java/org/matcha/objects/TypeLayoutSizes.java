package org.matcha.objects;

/**
 * type.__basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__ (CPython's tp_basicsize,
 * tp_itemsize, tp_dictoffset, tp_weaklistoffset). Matcha's objects are Java objects, so these are
 * the numbers a 64-bit CPython 3.11 gives for the common builtin layouts, and for a class statement
 * what CPython's type_new adds to its solid base: 8 bytes a new slot, a weakref slot, a managed dict
 * (dict offset -1 here; CPython's negative offset depends on its object header).
 */
final class TypeLayoutSizes {
    private TypeLayoutSizes() {
    }

    /** {basicsize, itemsize, dictoffset, weakrefoffset} of a builtin type; object's when not listed. */
    private static long[] builtinLayout(PyType t) {
        if (t == PyBool.TYPE) {
            return new long[] {32, 4, 0, 0};
        } else if (t == PyInt.TYPE) {
            return new long[] {24, 4, 0, 0};
        } else if (t == PyFloat.TYPE) {
            return new long[] {24, 0, 0, 0};
        } else if (t == PyComplex.TYPE) {
            return new long[] {32, 0, 0, 0};
        } else if (t == PyStr.TYPE) {
            return new long[] {80, 0, 0, 0};
        } else if (t == PyBytes.TYPE) {
            return new long[] {33, 1, 0, 0};
        } else if (t == PyTuple.TYPE) {
            return new long[] {24, 8, 0, 0};
        } else if (t == PyList.TYPE) {
            return new long[] {40, 0, 0, 0};
        } else if (t == PyDict.TYPE) {
            return new long[] {48, 0, 0, 0};
        } else if (t == PySet.TYPE || t == PySet.FROZEN_TYPE) {
            return new long[] {200, 0, 0, 192};
        } else if (t == PyRange.TYPE) {
            return new long[] {48, 0, 0, 0};
        } else if (t == PyType.TYPE) {
            return new long[] {904, 40, 264, 368};
        } else if (t == ExceptionTypes.BaseException) {
            return new long[] {72, 0, 16, 0};
        } else if (!t.heap && t.base != null && t.base != PyType.OBJECT && t.base != t) {
            return builtinLayout(t.base);
        }
        return new long[] {16, 0, 0, 0};
    }

    static long[] layout(PyType t) {
        if (!t.heap) {
            return builtinLayout(t);
        }
        PyType base = t.base;
        long[] sizes = layout(base).clone();
        int newSlots = t.slotCount - (base.heap ? base.slotCount : 0);
        sizes[0] += 8L * Math.max(0, newSlots);
        if (t.hasInstanceDict && sizes[2] == 0) {
            sizes[2] = -1;
        }
        if (t.weakrefable && sizes[3] == 0 && sizes[1] == 0) {
            sizes[3] = sizes[0];
            sizes[0] += 8;
        }
        return sizes;
    }
}
