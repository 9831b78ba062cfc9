package org.matcha.objects;

/**
 * CPython 3.11's list sort: timsort with the powersort merge policy. It is reproduced step by step
 * (runs, minrun, binary insertion, galloping with the adaptive min_gallop), because a Python
 * {@code __lt__} can observe which comparisons are made and in what order. {@code keys} and
 * {@code values} move together; they are the same array when there is no key function.
 * CPython: Objects/listobject.c (list_sort_impl and its helpers) and Objects/listsort.txt.
 */
final class TimSort {
    private static final int MIN_GALLOP = 7;
    private static final int MAX_MERGE_PENDING = 85;

    private final PyObject[] keys;
    private final PyObject[] values;
    private final int listLength;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int pending;
    private PyObject[] tempKeys = new PyObject[0];
    private PyObject[] tempValues = new PyObject[0];

    private TimSort(PyObject[] keys, PyObject[] values, int n) {
        this.keys = keys;
        this.values = values;
        this.listLength = n;
    }

    /** Sorts keys[0..n) and values[0..n) by the keys; a comparison's exception propagates. */
    static void sort(PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) {
            return;
        }
        new TimSort(keys, values, n).run();
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

    private void move(int to, int from) {
        keys[to] = keys[from];
        values[to] = values[from];
    }

    private void copy(int from, int to, int n) {
        System.arraycopy(keys, from, keys, to, n);
        if (values != keys) {
            System.arraycopy(values, from, values, to, n);
        }
    }

    private void run() {
        int lo = 0;
        int remaining = listLength;
        int minrun = minRun(remaining);
        do {
            boolean[] descending = new boolean[1];
            int n = countRun(lo, lo + remaining, descending);
            if (descending[0]) {
                reverse(lo, lo + n);
            }
            if (n < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[pending] = lo;
            runLen[pending] = n;
            pending++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        forceCollapse();
    }

    /** CPython: merge_compute_minrun. */
    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run at lo: non-descending, or strictly descending. CPython: count_run. */
    private int countRun(int lo, int hi, boolean[] descending) {
        descending[0] = false;
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        int i = lo + 1;
        if (lessThan(keys[i], keys[i - 1])) {
            descending[0] = true;
            for (i = i + 1; i < hi; i++, n++) {
                if (!lessThan(keys[i], keys[i - 1])) {
                    break;
                }
            }
        } else {
            for (i = i + 1; i < hi; i++, n++) {
                if (lessThan(keys[i], keys[i - 1])) {
                    break;
                }
            }
        }
        return n;
    }

    private void reverse(int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (values != keys) {
                t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
    }

    /** Insertion sort of [lo, hi) where [lo, start) is sorted. CPython: binarysort. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            int l = lo;
            int r = start;
            PyObject pivotKey = keys[start];
            PyObject pivotValue = values[start];
            do {
                int p = l + ((r - l) >> 1);
                if (lessThan(pivotKey, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            for (int p = start; p > l; p--) {
                move(p, p - 1);
            }
            keys[l] = pivotKey;
            values[l] = pivotValue;
        }
    }

    /** CPython: powerloop, the powersort "power" of the boundary between two runs. */
    private static int powerLoop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** CPython: found_new_run, merging pending runs whose power is greater. */
    private void foundNewRun(int n2) {
        if (pending > 0) {
            int s1 = runBase[pending - 1];
            int n1 = runLen[pending - 1];
            int power = powerLoop(s1, n1, n2, listLength);
            while (pending > 1 && runPower[pending - 2] > power) {
                mergeAt(pending - 2);
            }
            runPower[pending - 1] = power;
        }
    }

    /** CPython: merge_force_collapse. */
    private void forceCollapse() {
        while (pending > 1) {
            int n = pending - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                --n;
            }
            mergeAt(n);
        }
    }

    /** Merges runs i and i + 1. CPython: merge_at. */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLen[i];
        int baseB = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    /**
     * Where key goes in the sorted a[base, base + n): the leftmost position (before equal items),
     * searching from hint outwards. CPython: gallop_left.
     */
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        int at = base + hint;
        if (lessThan(a[at], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lessThan(a[at + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lessThan(a[at - ofs], key)) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lessThan(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Like gallopLeft, but the rightmost position (after equal items). CPython: gallop_right. */
    private static int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        int at = base + hint;
        if (lessThan(key, a[at])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lessThan(key, a[at - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lessThan(key, a[at + ofs])) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lessThan(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTemp(int n) {
        if (tempKeys.length < n) {
            tempKeys = new PyObject[n];
            tempValues = values != keys ? new PyObject[n] : tempKeys;
        }
    }

    /** Copies temp[from, from + n) to the list at to. */
    private void fromTemp(int from, int to, int n) {
        System.arraycopy(tempKeys, from, keys, to, n);
        if (values != keys) {
            System.arraycopy(tempValues, from, values, to, n);
        }
    }

    /** Merges a (copied to temp) into place from the left; na <= nb. CPython: merge_lo. */
    private void mergeLo(int baseA, int na, int baseB, int nb) {
        ensureTemp(na);
        System.arraycopy(keys, baseA, tempKeys, 0, na);
        if (values != keys) {
            System.arraycopy(values, baseA, tempValues, 0, na);
        }
        int dest = baseA;
        int a = 0;
        int b = baseB;
        boolean done = false;
        try {
            move(dest++, b++);
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyBThenLastA(dest, a, b, nb);
                done = true;
                return;
            }
            int gallop = minGallop;
            outer:
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lessThan(keys[b], tempKeys[a])) {
                        move(dest++, b++);
                        ++bcount;
                        acount = 0;
                        if (--nb == 0) {
                            break outer;
                        }
                        if (bcount >= gallop) {
                            break;
                        }
                    } else {
                        keys[dest] = tempKeys[a];
                        values[dest++] = tempValues[a++];
                        ++acount;
                        bcount = 0;
                        if (--na == 1) {
                            copyBThenLastA(dest, a, b, nb);
                            done = true;
                            return;
                        }
                        if (acount >= gallop) {
                            break;
                        }
                    }
                }
                ++gallop;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    int k = gallopRight(keys[b], tempKeys, a, na, 0);
                    acount = k;
                    if (k > 0) {
                        fromTemp(a, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            copyBThenLastA(dest, a, b, nb);
                            done = true;
                            return;
                        }
                        if (na == 0) {
                            break outer;
                        }
                    }
                    move(dest++, b++);
                    if (--nb == 0) {
                        break outer;
                    }
                    k = gallopLeft(tempKeys[a], keys, b, nb, 0);
                    bcount = k;
                    if (k > 0) {
                        copy(b, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    keys[dest] = tempKeys[a];
                    values[dest++] = tempValues[a++];
                    if (--na == 1) {
                        copyBThenLastA(dest, a, b, nb);
                        done = true;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++gallop;
                minGallop = gallop;
            }
        } finally {
            if (!done && na > 0) {
                fromTemp(a, dest, na);
            }
        }
    }

    /** merge_lo's CopyB: the rest of b, then the one element left of a. */
    private void copyBThenLastA(int dest, int a, int b, int nb) {
        copy(b, dest, nb);
        keys[dest + nb] = tempKeys[a];
        values[dest + nb] = tempValues[a];
    }

    /** Merges b (copied to temp) into place from the right; na > nb. CPython: merge_hi. */
    private void mergeHi(int baseA, int na, int baseB, int nb) {
        ensureTemp(nb);
        System.arraycopy(keys, baseB, tempKeys, 0, nb);
        if (values != keys) {
            System.arraycopy(values, baseB, tempValues, 0, nb);
        }
        int dest = baseB + nb - 1;
        int a = baseA + na - 1;
        int b = nb - 1;
        boolean done = false;
        try {
            move(dest--, a--);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyAThenFirstB(dest, a, b, na);
                done = true;
                return;
            }
            int gallop = minGallop;
            outer:
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lessThan(tempKeys[b], keys[a])) {
                        move(dest--, a--);
                        ++acount;
                        bcount = 0;
                        if (--na == 0) {
                            break outer;
                        }
                        if (acount >= gallop) {
                            break;
                        }
                    } else {
                        keys[dest] = tempKeys[b];
                        values[dest--] = tempValues[b--];
                        ++bcount;
                        acount = 0;
                        if (--nb == 1) {
                            copyAThenFirstB(dest, a, b, na);
                            done = true;
                            return;
                        }
                        if (bcount >= gallop) {
                            break;
                        }
                    }
                }
                ++gallop;
                do {
                    gallop -= gallop > 1 ? 1 : 0;
                    minGallop = gallop;
                    int k = gallopRight(tempKeys[b], keys, baseA, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k > 0) {
                        dest -= k;
                        a -= k;
                        copy(a + 1, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            break outer;
                        }
                    }
                    keys[dest] = tempKeys[b];
                    values[dest--] = tempValues[b--];
                    if (--nb == 1) {
                        copyAThenFirstB(dest, a, b, na);
                        done = true;
                        return;
                    }
                    k = gallopLeft(keys[a], tempKeys, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k > 0) {
                        dest -= k;
                        b -= k;
                        fromTemp(b + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyAThenFirstB(dest, a, b, na);
                            done = true;
                            return;
                        }
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    move(dest--, a--);
                    if (--na == 0) {
                        break outer;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++gallop;
                minGallop = gallop;
            }
        } finally {
            if (!done && nb > 0) {
                fromTemp(0, dest - (nb - 1), nb);
            }
        }
    }

    /** merge_hi's CopyA: the rest of a moves right, then the one element left of b goes first. */
    private void copyAThenFirstB(int dest, int a, int b, int na) {
        copy(a - na + 1, dest - na + 1, na);
        keys[dest - na] = tempKeys[b];
        values[dest - na] = tempValues[b];
    }
}
