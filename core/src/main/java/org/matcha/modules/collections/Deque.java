package org.matcha.modules.collections;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/**
 * collections.deque: a double-ended queue in a circular array, optionally bounded by maxlen.
 * CPython: Modules/_collectionsmodule.c (deque_*).
 */
@PyClass(name = "collections.deque")
public final class Deque extends PyObject {
    public static final PyType TYPE = PyType.builtin("collections.deque", PyType.OBJECT, Deque::new);

    static {
        TYPE.weakrefable = true;
        TYPE.dict().setItem("__hash__", PyNone.NONE);
    }

    private final PyType type;
    private PyDict dict;
    private PyObject[] items = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    private int maxlen = -1;
    /** Changes whenever the deque changes, for "deque mutated during iteration". */
    long state;

    Deque(PyType type) {
        this.type = type;
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

    int size() {
        return size;
    }

    PyObject at(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    private void set(int i, PyObject v) {
        items[(head + i) & (items.length - 1)] = v;
    }

    private void grow() {
        if (size == items.length) {
            PyObject[] bigger = new PyObject[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = at(i);
            }
            items = bigger;
            head = 0;
        }
    }

    private PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = at(i);
        }
        return out;
    }

    // ---- construction ----

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new Deque(cls);
    }

    /** CPython: deque_init. */
    @PyMethod(sig = "(iterable=NULL, maxlen=None)")
    public void __init__(PyObject iterable, PyObject maxlen) {
        int m = -1;
        if (maxlen != PyNone.NONE) {
            long v = Abstract.index(maxlen).longValueClamped();
            if (v < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
            m = (int) Math.min(v, Integer.MAX_VALUE);
        }
        this.maxlen = m;
        if (size > 0) {
            clear();
        }
        if (iterable != null) {
            extend(iterable);
        }
    }

    @PyGetter
    public PyObject maxlen() {
        return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
    }

    // ---- adding and removing ----

    @PyMethod
    public void append(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popleft();
        }
        grow();
        set(size++, x);
        state++;
    }

    @PyMethod
    public void appendleft(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        grow();
        head = (head - 1) & (items.length - 1);
        items[head] = x;
        size++;
        state++;
    }

    @PyMethod
    public PyObject pop() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        PyObject v = at(size - 1);
        set(size - 1, null);
        size--;
        state++;
        return v;
    }

    @PyMethod
    public PyObject popleft() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        PyObject v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        return v;
    }

    /** CPython: deque_extend; extending with itself copies first. */
    @PyMethod
    public void extend(PyObject iterable) {
        PyObject[] values = iterable == this ? toArray() : null;
        if (values != null) {
            for (PyObject v : values) {
                append(v);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        PyObject v;
        while ((v = Abstract.next(it)) != null) {
            append(v);
        }
    }

    @PyMethod
    public void extendleft(PyObject iterable) {
        PyObject[] values = iterable == this ? toArray() : null;
        if (values != null) {
            for (PyObject v : values) {
                appendleft(v);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        PyObject v;
        while ((v = Abstract.next(it)) != null) {
            appendleft(v);
        }
    }

    @PyMethod
    public void clear() {
        items = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    @PyMethod
    public PyObject copy() {
        Deque d = type == TYPE ? new Deque(TYPE) : null;
        if (d == null) {
            return Abstract.call(type, PyList.of(toArray()), maxlen());
        }
        d.maxlen = maxlen;
        for (int i = 0; i < size; i++) {
            d.append(at(i));
        }
        return d;
    }

    @PyMethod
    public PyObject __copy__() {
        return copy();
    }

    /** CPython: deque_rotate. */
    @PyMethod(sig = "(n=1, /)")
    public void rotate(long n) {
        if (size <= 1) {
            return;
        }
        int k = (int) (((n % size) + size) % size);
        if (k == 0) {
            return;
        }
        PyObject[] values = toArray();
        for (int i = 0; i < size; i++) {
            set((i + k) % size, values[i]);
        }
        state++;
    }

    @PyMethod
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = at(i);
            set(i, at(j));
            set(j, t);
        }
        state++;
    }

    /** Compares item i with x, noticing a deque changed by the comparison. */
    private boolean itemEquals(int i, PyObject x, long startState) {
        PyObject item = at(i);
        boolean eq = item == x || Abstract.isTrue(Abstract.richCompare(item, x, "=="));
        if (state != startState) {
            throw Errors.runtimeError("deque mutated during iteration");
        }
        return eq;
    }

    @PyMethod
    public long count(PyObject x) {
        long n = 0;
        long start = state;
        for (int i = 0; i < size; i++) {
            if (itemEquals(i, x, start)) {
                n++;
            }
        }
        return n;
    }

    /** CPython: deque_index, with the list.index start/stop rules. */
    @PyMethod(sig = "(value, start=0, stop=NULL, /)")
    public long index(PyObject x, PyObject start, PyObject stop) {
        long lo = Abstract.index(start).longValueClamped();
        long hi = stop == null ? size : Abstract.index(stop).longValueClamped();
        if (lo < 0) {
            lo = Math.max(0, lo + size);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + size);
        }
        hi = Math.min(hi, size);
        long startState = state;
        for (long i = lo; i < hi; i++) {
            if (itemEquals((int) i, x, startState)) {
                return i;
            }
        }
        throw Errors.valueError(Abstract.reprString(x) + " is not in deque");
    }

    @PyMethod(sig = "(index, value, /)")
    public void insert(long index, PyObject x) {
        if (maxlen >= 0 && size >= maxlen) {
            throw Errors.indexError("deque already at its maximum size");
        }
        long i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        PyObject[] values = toArray();
        clear();
        for (int k = 0; k < values.length; k++) {
            if (k == i) {
                append(x);
            }
            append(values[k]);
        }
        if (i >= values.length) {
            append(x);
        }
    }

    @PyMethod
    public void remove(PyObject x) {
        long start = state;
        for (int i = 0; i < size; i++) {
            if (itemEquals(i, x, start)) {
                deleteAt(i);
                return;
            }
        }
        throw Errors.valueError(Abstract.reprString(x) + " is not in deque");
    }

    private void deleteAt(int i) {
        for (int k = i; k < size - 1; k++) {
            set(k, at(k + 1));
        }
        set(size - 1, null);
        size--;
        state++;
    }

    // ---- sequence protocol ----

    @PyMethod
    public long __len__() {
        return size;
    }

    @PyMethod
    public boolean __bool__() {
        return size > 0;
    }

    private int checkIndex(PyObject key) {
        if (!Abstract.hasIndex(key)) {
            throw Errors.typeError("sequence index must be integer, not '" + key.type().name + "'");
        }
        long i = Abstract.index(key).longValueClamped();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) i;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        return at(checkIndex(key));
    }

    @PyMethod
    public void __setitem__(PyObject key, PyObject value) {
        set(checkIndex(key), value);
    }

    @PyMethod
    public void __delitem__(PyObject key) {
        deleteAt(checkIndex(key));
    }

    @PyMethod
    public boolean __contains__(PyObject x) {
        long start = state;
        for (int i = 0; i < size; i++) {
            if (itemEquals(i, x, start)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    public PyObject __iter__() {
        return new DequeIterator(this, false);
    }

    @PyMethod
    public PyObject __reversed__() {
        return new DequeIterator(this, true);
    }

    // ---- operators ----

    @PyMethod
    public PyObject __add__(PyObject other) {
        if (!(other instanceof Deque o)) {
            throw Errors.typeError("can only concatenate deque (not \"" + other.type().name + "\") to deque");
        }
        Deque d = (Deque) copy();
        d.extend(o);
        return d;
    }

    @PyMethod
    public PyObject __iadd__(PyObject other) {
        extend(other);
        return this;
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        Deque d = (Deque) copy();
        return d.__imul__(n);
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public PyObject __imul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        long times = Abstract.index(n).longValueClamped();
        PyObject[] values = toArray();
        if (times <= 0) {
            clear();
            return this;
        }
        for (long t = 1; t < times; t++) {
            for (PyObject v : values) {
                append(v);
            }
            if (maxlen >= 0 && (long) values.length * t >= maxlen) {
                break;
            }
        }
        return this;
    }

    private PyObject compare(PyObject other, String op) {
        if (!(other instanceof Deque o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyObject[] a = toArray();
        PyObject[] b = o.toArray();
        return Sequences.compare(a, a.length, b, b.length, op);
    }

    @PyMethod
    public PyObject __eq__(PyObject other) {
        return compare(other, "==");
    }

    @PyMethod
    public PyObject __ne__(PyObject other) {
        return compare(other, "!=");
    }

    @PyMethod
    public PyObject __lt__(PyObject other) {
        return compare(other, "<");
    }

    @PyMethod
    public PyObject __le__(PyObject other) {
        return compare(other, "<=");
    }

    @PyMethod
    public PyObject __gt__(PyObject other) {
        return compare(other, ">");
    }

    @PyMethod
    public PyObject __ge__(PyObject other) {
        return compare(other, ">=");
    }

    /** CPython: deque_repr, "deque([1, 2], maxlen=3)" with [...] for recursion. */
    @PyMethod
    public PyObject __repr__() {
        String name = type.shortName();
        if (!Abstract.enterRepr(this)) {
            return PyStr.of("[...]");
        }
        try {
            String list = Abstract.reprString(PyList.of(toArray()));
            return PyStr.of(name + "(" + list + (maxlen >= 0 ? ", maxlen=" + maxlen : "") + ")");
        } finally {
            Abstract.leaveRepr(this);
        }
    }

    /** CPython: deque___reduce__. */
    @PyMethod
    public PyObject __reduce__() {
        PyObject stateDict = dict == null || dict.size() == 0 ? PyNone.NONE : dict;
        PyObject args = maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(maxlen));
        return PyTuple.of(type, args, stateDict, __iter__());
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}
