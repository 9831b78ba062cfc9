package org.matcha.objects;

/**
 * list.sort: applies the key function once per element, then sorts with {@link TimSort}; the list
 * looks empty while it is being sorted, so that changing it can be detected. On an exception the
 * list keeps the partly sorted order, as in CPython. CPython: Objects/listobject.c list_sort_impl.
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
            TimSort.sort(keys, values, n);
            if (reverse) {
                reverseRange(keys, values, n);
            }
        } catch (PyException e) {
            if (reverse) {
                reverseRange(keys, values, n);
            }
            list.items = saved;
            list.size = n;
            System.arraycopy(values, 0, saved, 0, n);
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
}
