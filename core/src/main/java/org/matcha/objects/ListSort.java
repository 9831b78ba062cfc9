package org.matcha.objects;

/**
 * list.sort: a stable merge sort that, like CPython's, compares only with {@code <} and applies
 * the key function once per element. CPython: Objects/listobject.c list_sort_impl.
 */
final class ListSort {
    private ListSort() {}

    static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size;
        PyObject[] saved = list.items;
        // CPython empties the list while sorting so mutation can be detected
        list.items = new PyObject[4];
        list.size = 0;
        PyObject[] values = java.util.Arrays.copyOf(saved, n);
        PyObject[] keys = values;
        try {
            if (key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, values[i]);
                }
            }
            if (reverse) {
                reverseRange(keys, values, n);
            }
            mergeSort(keys, values, new PyObject[n], new PyObject[n], 0, n);
            if (reverse) {
                reverseRange(keys, values, n);
            }
        } catch (PyException e) {
            list.items = saved;
            list.size = n;
            throw e;
        }
        boolean modified = list.size != 0;
        list.items = saved;
        list.size = n;
        System.arraycopy(values, 0, saved, 0, n);
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }

    private static void reverseRange(PyObject[] keys, PyObject[] values, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = values[i];
            values[i] = values[j];
            values[j] = t;
            if (keys != values) {
                t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }
    }

    private static boolean lessThan(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.type() == PyInt.TYPE && y.type() == PyInt.TYPE) {
            return PyInt.compare(x, y) < 0;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.type() == PyStr.TYPE && y.type() == PyStr.TYPE) {
            return x.compareTo(y) < 0;
        }
        return Abstract.isTrue(Abstract.richCompare(a, b, "<"));
    }

    private static void mergeSort(PyObject[] keys, PyObject[] values, PyObject[] tk, PyObject[] tv, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        if (hi - lo <= 8) {
            // insertion sort: stable, uses only "<"
            for (int i = lo + 1; i < hi; i++) {
                PyObject k = keys[i];
                PyObject v = values[i];
                int j = i - 1;
                while (j >= lo && lessThan(k, keys[j])) {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = k;
                values[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(keys, values, tk, tv, lo, mid);
        mergeSort(keys, values, tk, tv, mid, hi);
        if (!lessThan(keys[mid], keys[mid - 1])) {
            return;
        }
        System.arraycopy(keys, lo, tk, lo, hi - lo);
        if (keys != values) {
            System.arraycopy(values, lo, tv, lo, hi - lo);
        }
        PyObject[] sv = keys != values ? tv : tk;
        int i = lo;
        int j = mid;
        int w = lo;
        while (i < mid && j < hi) {
            if (lessThan(tk[j], tk[i])) {
                keys[w] = tk[j];
                values[w++] = sv[j++];
            } else {
                keys[w] = tk[i];
                values[w++] = sv[i++];
            }
        }
        while (i < mid) {
            keys[w] = tk[i];
            values[w++] = sv[i++];
        }
        while (j < hi) {
            keys[w] = tk[j];
            values[w++] = sv[j++];
        }
    }
}
