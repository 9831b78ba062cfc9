package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * {@code dict}: insertion-ordered, CPython's compact layout (an index table into dense entry
 * arrays). Methods beyond the core protocol are in {@link DictMethods}.
 * CPython: Objects/dictobject.c.
 */
@PyClass(name = "dict", doc = "dict() -> new empty dictionary\n"
        + "dict(mapping) -> new dictionary initialized from a mapping object's\n"
        + "    (key, value) pairs\n"
        + "dict(iterable) -> new dictionary initialized as if via:\n"
        + "    d = {}\n"
        + "    for k, v in iterable:\n"
        + "        d[k] = v\n"
        + "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
        + "    in the keyword argument list.  For example:  dict(one=1, two=2)")
public class PyDict extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDict::new);

    private static final int EMPTY = -1;
    private static final int DELETED = -2;

    /**
     * An empty dict shares these (never written: its first insertion finds {@code entries ==
     * keys.length} and grows into its own arrays), so making an empty dict (an instance's
     * __dict__, a builtin's **kwargs) allocates one object, not five.
     */
    private static final int[] EMPTY_INDEX = {EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY};
    private static final long[] NO_HASHES = new long[0];
    private static final PyObject[] NO_ENTRIES = new PyObject[0];

    private int[] index = EMPTY_INDEX;
    long[] hashes = NO_HASHES;
    PyObject[] keys = NO_ENTRIES;
    PyObject[] values = NO_ENTRIES;
    /** Entries in use, including deleted ones (whose key is null). */
    int entries;
    private int used;
    /**
     * Bumped on every insertion, deletion or rebuild of the table (anything that adds, removes or
     * moves an entry), to detect change during iteration; replacing a value leaves it alone.
     */
    public int version;
    private final PyType type;
    private PyDict dict;
    /** Values of the {@code __slots__} a Python subclass declares. */
    private PyObject[] slots;

    public PyDict() {
        this(TYPE);
    }

    protected PyDict(PyType type) {
        this.type = type;
        if (type.slotCount > 0) {
            slots = new PyObject[type.slotCount];
        }
    }

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type != TYPE && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    public int size() {
        return used;
    }

    private static boolean keyEquals(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.type() == PyStr.TYPE && y.type() == PyStr.TYPE) {
            return x.equalsStr(y);
        }
        if (a instanceof PyInt x && b instanceof PyInt y && x.type() == PyInt.TYPE && y.type() == PyInt.TYPE) {
            return PyInt.compare(x, y) == 0;
        }
        return Abstract.eqBool(a, b);
    }

    /**
     * The slot in {@link #index} holding the key's entry, or the free slot where it would go (negated - 1).
     * A key's __eq__ may mutate the dict: the search then restarts. CPython: _Py_dict_lookup.
     */
    private int findSlot(PyObject key, long hash) {
        restart:
        while (true) {
            int[] idx = index;
            int mask = idx.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            int firstFree = -1;
            while (true) {
                int e = idx[i];
                if (e == EMPTY) {
                    return -1 - (firstFree >= 0 ? firstFree : i);
                }
                if (e == DELETED) {
                    if (firstFree < 0) {
                        firstFree = i;
                    }
                } else if (hashes[e] == hash && keys[e] != null) {
                    PyObject k = keys[e];
                    boolean eq = keyEquals(k, key);
                    if (idx != index || keys[e] != k) {
                        continue restart;
                    }
                    if (eq) {
                        return i;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    public PyObject getItem(PyObject key) {
        int slot = findSlot(key, Abstract.hash(key));
        return slot >= 0 ? values[index[slot]] : null;
    }

    public PyObject getItem(String key) {
        return getItem(PyStr.intern(key));
    }

    /**
     * The entry holding the key (for {@link #valueAt}), or -1. It stays the key's entry until
     * {@link #version} changes: caches of global lookups key on the pair.
     */
    public int entryOf(PyObject key) {
        int slot = findSlot(key, Abstract.hash(key));
        return slot >= 0 ? index[slot] : -1;
    }

    public boolean containsKey(PyObject key) {
        return findSlot(key, Abstract.hash(key)) >= 0;
    }

    public void setItem(PyObject key, PyObject value) {
        setItem(key, Abstract.hash(key), value);
    }

    /** Stores under a hash already known (from a set or dict holding the key). */
    void setItem(PyObject key, long h, PyObject value) {
        int slot = findSlot(key, h);
        if (slot >= 0) {
            values[index[slot]] = value;
            return;
        }
        if (entries == keys.length) {
            grow();
            slot = findSlot(key, h);
            if (slot >= 0) {
                // an __eq__ run by the new search found the key after all
                values[index[slot]] = value;
                return;
            }
        }
        int e = entries++;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        index[-1 - slot] = e;
        used++;
        version++;
    }

    public void setItem(String key, PyObject value) {
        setItem(PyStr.intern(key), value);
    }

    /** Removes the key; returns its value or null when absent. */
    public PyObject removeItem(PyObject key) {
        int slot = findSlot(key, Abstract.hash(key));
        if (slot < 0) {
            return null;
        }
        int e = index[slot];
        PyObject v = values[e];
        index[slot] = DELETED;
        keys[e] = null;
        values[e] = null;
        used--;
        version++;
        return v;
    }

    public PyObject removeItem(String key) {
        return removeItem(PyStr.of(key));
    }

    private void grow() {
        int live = used;
        int cap = Math.max(5, live * 3);
        int tableSize = 8;
        while (tableSize * 2 < cap * 3) {
            tableSize <<= 1;
        }
        long[] nh = new long[cap];
        PyObject[] nk = new PyObject[cap];
        PyObject[] nv = new PyObject[cap];
        int w = 0;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                nh[w] = hashes[i];
                nk[w] = keys[i];
                nv[w] = values[i];
                w++;
            }
        }
        hashes = nh;
        keys = nk;
        values = nv;
        entries = w;
        version++; // entries moved
        index = new int[tableSize];
        java.util.Arrays.fill(index, EMPTY);
        int mask = tableSize - 1;
        for (int e = 0; e < w; e++) {
            long perturb = nh[e];
            int i = (int) nh[e] & mask;
            while (index[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            index[i] = e;
        }
    }

    public void clear() {
        index = EMPTY_INDEX;
        hashes = NO_HASHES;
        keys = NO_ENTRIES;
        values = NO_ENTRIES;
        entries = 0;
        used = 0;
        version++;
    }

    /** The next live entry at or after {@code pos}, or -1. For iteration. */
    public int nextEntry(int pos) {
        while (pos < entries) {
            if (keys[pos] != null) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    public PyObject keyAt(int entry) {
        return keys[entry];
    }

    public PyObject valueAt(int entry) {
        return values[entry];
    }

    /** Entry count including holes: the bound for {@link #nextEntry}. */
    public int entryLimit() {
        return entries;
    }

    public PyDict copyDict() {
        PyDict d = new PyDict();
        for (int i = nextEntry(0); i >= 0; i = nextEntry(i + 1)) {
            d.setItem(keys[i], values[i]);
        }
        return d;
    }

    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[used];
        int w = 0;
        for (int i = nextEntry(0); i >= 0; i = nextEntry(i + 1)) {
            out[w++] = keys[i];
        }
        return out;
    }

    // ---- core protocol ----

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)",
            doc = "Create and return a new object.  See help(type) for accurate signature.")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new PyDict(cls);
    }

    @PyMethod(sig = "(*args, **kwargs)", doc = "Initialize self.  See help(type(self)) for accurate signature.")
    public void __init__(PyObject[] args, PyDict kwargs) {
        if (args.length > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got " + args.length);
        }
        if (args.length == 1) {
            DictMethods.update(this, args[0]);
        }
        if (kwargs != null) {
            DictMethods.update(this, kwargs);
        }
    }

    @PyMethod(doc = "x.__getitem__(y) <==> x[y]")
    public PyObject __getitem__(PyObject key) {
        PyObject v = getItem(key);
        if (v == null) {
            if (type != TYPE) {
                PyObject missing = type.lookup("__missing__");
                if (missing != null) {
                    return Abstract.call(missing, this, key);
                }
            }
            throw Errors.keyError(key);
        }
        return v;
    }

    @PyMethod(doc = "Set self[key] to value.")
    public void __setitem__(PyObject key, PyObject value) {
        setItem(key, value);
    }

    @PyMethod(doc = "Delete self[key].")
    public void __delitem__(PyObject key) {
        if (removeItem(key) == null) {
            throw Errors.keyError(key);
        }
    }

    @PyMethod(doc = "True if the dictionary has the specified key, else False.")
    public boolean __contains__(PyObject key) {
        return containsKey(key);
    }

    @PyMethod(doc = "Return len(self).")
    public int __len__() {
        return used;
    }

    @PyMethod(doc = "Implement iter(self).")
    public PyObject __iter__() {
        return new PyIterators.DictIterator(this, PyIterators.DictIterator.KEYS);
    }

    @PyMethod(doc = "Return a reverse iterator over the dict keys.")
    public PyObject __reversed__() {
        return new PyIterators.DictReverseIterator(this, PyIterators.DictIterator.KEYS);
    }

    @PyMethod(doc = "Return repr(self).")
    public PyObject __repr__() {
        if (used == 0) {
            return PyStr.of("{}");
        }
        if (!Abstract.enterRepr(this)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (int i = nextEntry(0); i >= 0; i = nextEntry(i + 1)) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                PyObject k = keys[i];
                PyObject v = values[i];
                b.append(Abstract.reprString(k)).append(": ").append(Abstract.reprString(v));
            }
            return PyStr.of(b.append('}').toString());
        } finally {
            Abstract.leaveRepr(this);
        }
    }

    @PyMethod(doc = "Return self==value.")
    public PyObject __eq__(PyObject o) {
        return o instanceof PyDict d ? PyBool.of(DictMethods.equal(this, d)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self!=value.")
    public PyObject __ne__(PyObject o) {
        return o instanceof PyDict d ? PyBool.of(!DictMethods.equal(this, d)) : PySingletons.NOT_IMPLEMENTED;
    }
}
