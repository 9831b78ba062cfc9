package org.matcha.objects;

/** Helpers shared by list and tuple: element-wise equality and ordering, index clamping. */
public final class Sequences {
    private Sequences() {}

    public static boolean equal(PyObject[] a, int na, PyObject[] b, int nb) {
        if (na != nb) {
            return false;
        }
        for (int i = 0; i < na; i++) {
            if (a[i] != b[i] && !Abstract.eqBool(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Lexicographic comparison. CPython: list_richcompare / tuplerichcompare. */
    public static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, String op) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i] && !Abstract.eqBool(a[i], b[i])) {
                return Abstract.richCompare(a[i], b[i], op);
            }
        }
        boolean r;
        switch (op) {
            case "<": r = na < nb; break;
            case "<=": r = na <= nb; break;
            case ">": r = na > nb; break;
            default: r = na >= nb; break;
        }
        return PyBool.of(r);
    }

    /** start/stop of index()/count() arguments, clamped like slice indices. */
    /** An index/count start or stop argument; huge ints clamp. CPython: _PyEval_SliceIndexNotNone. */
    static long indexArg(PyObject o, long absent) {
        if (o == null) {
            return absent;
        }
        if (!Abstract.hasIndex(o)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            return i.big.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
        return i.value;
    }

    static long[] clampRange(long start, long stop, int len) {
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + len);
        }
        return new long[] {Math.min(start, len), Math.min(stop, len)};
    }
}
