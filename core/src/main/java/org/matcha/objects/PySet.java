package org.matcha.objects;

/**
 * {@code set} and {@code frozenset}, with CPython's exact table layout (linear probes, then
 * perturbation; the same growth rule), so iteration order matches CPython's wherever hashes do.
 * CPython: Objects/setobject.c. The Python methods are in {@link SetMethods}.
 */
public class PySet extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, t -> new PySet(t));
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PyType.OBJECT, t -> new PySet(t));

    private static final int LINEAR_PROBES = 9;
    private static final int MIN_SIZE = 8;
    /** Marks a deleted slot. */
    private static final PyObject DUMMY = PySingletons.ELLIPSIS;

    PyObject[] table = new PyObject[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    int fill;
    int used;
    private int finger;
    private final PyType type;
    private PyDict dict;
    /** Values of the {@code __slots__} a Python subclass declares. */
    private PyObject[] slots;

    public PySet(PyType type) {
        this.type = type;
        if (type.slotCount > 0) {
            slots = new PyObject[type.slotCount];
        }
    }

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    public static PySet newSet() {
        return new PySet(TYPE);
    }

    /** A frozenset of {@code items}. */
    public static PySet frozen(PyObject... items) {
        PySet s = new PySet(FROZEN_TYPE);
        for (PyObject item : items) {
            s.add(item);
        }
        return s;
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

    public boolean isFrozen() {
        return type.isSubtype(FROZEN_TYPE);
    }

    public int size() {
        return used;
    }

    /** The same object, or two exact strs with equal text: equal without calling __eq__. */
    private static boolean sameKeyWithoutEq(PyObject k, PyObject key) {
        return k == key || (k instanceof PyStr x && key instanceof PyStr y && x.type() == PyStr.TYPE
                && y.type() == PyStr.TYPE && x.equalsStr(y));
    }

    /**
     * The slot of an equal key, or -1. CPython: set_lookkey. A key's __eq__ may mutate this set: when
     * the table or the compared slot changed meanwhile, the search restarts, as in CPython.
     */
    private int lookup(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] t = table;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = t[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        if (sameKeyWithoutEq(k, key)) {
                            return j;
                        }
                        boolean eq = Abstract.eqBool(k, key);
                        if (t != table || t[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** CPython: set_add_entry. Returns true when the key was new; restarts like {@link #lookup}. */
    boolean addKey(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] t = table;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = t[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            t[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            return true;
                        }
                        t[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k == DUMMY) {
                        if (freeslot < 0) {
                            freeslot = j;
                        }
                    } else if (hashes[j] == hash) {
                        if (sameKeyWithoutEq(k, key)) {
                            return false;
                        }
                        boolean eq = Abstract.eqBool(k, key);
                        if (t != table || t[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return false;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    public boolean add(PyObject key) {
        return addKey(key, Abstract.hash(key));
    }

    public boolean contains(PyObject key) {
        return lookup(key, Abstract.hash(key)) >= 0;
    }

    /** CPython: set_discard_entry. */
    public boolean discard(PyObject key) {
        int j = lookup(key, Abstract.hash(key));
        if (j < 0) {
            return false;
        }
        table[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    private static void insertClean(PyObject[] t, long[] h, int mask, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (t[i] == null) {
                t[i] = key;
                h[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (t[i + j] == null) {
                        t[i + j] = key;
                        h[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** CPython: set_table_resize. */
    void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldTable = table;
        long[] oldHashes = hashes;
        table = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int i = 0; i < oldTable.length; i++) {
            PyObject k = oldTable[i];
            if (k != null && k != DUMMY) {
                insertClean(table, hashes, mask, k, oldHashes[i]);
            }
        }
        fill = used;
    }

    /** CPython: set_merge. */
    void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.table, 0, table, 0, table.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.table[i];
                if (k != null && k != DUMMY) {
                    insertClean(table, hashes, mask, k, other.hashes[i]);
                }
            }
            fill = used = other.used;
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.table[i];
            if (k != null && k != DUMMY) {
                addKey(k, other.hashes[i]);
            }
        }
    }

    /** CPython: set_update_internal. */
    public void update(PyObject iterable) {
        if (iterable instanceof PySet s) {
            merge(s);
            return;
        }
        if (iterable instanceof PyDict d && d.type() == PyDict.TYPE) {
            int dictSize = d.size();
            if ((long) (fill + dictSize) * 5 >= (long) mask * 3) {
                resize((used + dictSize) * 2);
            }
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                PyObject k = d.keyAt(i);
                addKey(k, d.hashes[i]);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            add(x);
        }
    }

    public void clear() {
        table = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** CPython: set_pop (the "finger" remembers where the last pop stopped). */
    public PyObject pop() {
        if (used == 0) {
            throw Errors.keyError(PyStr.of("pop from an empty set"));
        }
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        PyObject k = table[i];
        table[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /** The next slot holding a key at or after {@code pos}, or -1. */
    public int nextSlot(int pos) {
        while (pos <= mask) {
            PyObject k = table[pos];
            if (k != null && k != DUMMY) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    public PyObject keyAt(int slot) {
        return table[slot];
    }

    long hashAt(int slot) {
        return hashes[slot];
    }

    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int w = 0;
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            out[w++] = table[i];
        }
        return out;
    }

    /** A new set (of this set's base kind) with the same layout. CPython: make_new_set_basetype + merge. */
    PySet copyAs(PyType t) {
        PySet s = new PySet(t);
        s.merge(this);
        return s;
    }

    PyType baseType() {
        return isFrozen() ? FROZEN_TYPE : TYPE;
    }

    /** CPython: set_intersection (iterates the smaller set). */
    PySet intersectionWith(PySet other) {
        PySet result = new PySet(baseType());
        PySet small = this;
        PySet big = other;
        if (other.used > used) {
            // CPython swaps so that it iterates the smaller one
        } else {
            small = other;
            big = this;
        }
        for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
            PyObject k = small.table[i];
            long h = small.hashes[i];
            if (big.lookup(k, h) >= 0) {
                result.addKey(k, h);
            }
        }
        return result;
    }

    /** CPython: set_difference. */
    PySet differenceWith(PySet other) {
        if ((used >> 2) > other.used) {
            PySet r = copyAs(baseType());
            for (int i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) {
                r.discard(other.table[i]);
            }
            return r;
        }
        PySet result = new PySet(baseType());
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            PyObject k = table[i];
            long h = hashes[i];
            if (other.lookup(k, h) < 0) {
                result.addKey(k, h);
            }
        }
        return result;
    }

    /** CPython: set_symmetric_difference (copy, then toggle each key of the other). */
    PySet symmetricDifferenceWith(PySet other) {
        PySet r = copyAs(baseType());
        r.symmetricDifferenceUpdate(other);
        return r;
    }

    void symmetricDifferenceUpdate(PySet other) {
        if (other == this) {
            clear();
            return;
        }
        for (int i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) {
            PyObject k = other.table[i];
            long h = other.hashes[i];
            int j = lookup(k, h);
            if (j >= 0) {
                table[j] = DUMMY;
                hashes[j] = -1;
                used--;
            } else {
                addKey(k, h);
            }
        }
    }

    boolean isSubsetOf(PySet other) {
        if (used > other.used) {
            return false;
        }
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            if (other.lookup(table[i], hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** CPython: frozenset_hash. */
    long frozenHash() {
        long h = 0;
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            h ^= shuffle(hashes[i]);
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
