package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** {@code list}. CPython: Objects/listobject.c. */
@PyClass(name = "list", doc = "Built-in mutable sequence.\n"
        + "\n"
        + "If no argument is given, the constructor creates a new empty list.\n"
        + "The argument must be an iterable if specified.")
public class PyList extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyList::new);

    public PyObject[] items;
    public int size;
    private final PyType type;
    private PyDict dict;
    /** Values of the {@code __slots__} a Python subclass declares (functools._HashedSeq has one). */
    private PyObject[] slots;

    public PyList() {
        this(TYPE);
    }

    protected PyList(PyType type) {
        this.type = type;
        this.items = new PyObject[4];
        if (type.slotCount > 0) {
            slots = new PyObject[type.slotCount];
        }
    }

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    /** A list that takes ownership of {@code items[0, size)}. */
    public PyList(PyObject[] items, int size) {
        this.type = TYPE;
        this.items = items;
        this.size = size;
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
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

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return java.util.Arrays.copyOf(items, size);
    }

    private void ensure(int n) {
        if (n > items.length) {
            int cap = Math.max(n, items.length + (items.length >> 1) + 4);
            items = java.util.Arrays.copyOf(items, cap);
        }
    }

    @PyMethod(sig = "(object, /)", doc = "Append object to the end of the list.")
    public void append(PyObject x) {
        if (size == items.length) {
            ensure(size + 1);
        }
        items[size++] = x;
    }

    public void addAll(PyObject[] xs, int n) {
        ensure(size + n);
        System.arraycopy(xs, 0, items, size, n);
        size += n;
    }

    @PyMethod(doc = "Extend list by appending elements from the iterable.")
    public void extend(PyObject iterable) {
        // not for a subclass that overrides __iter__ (CPython: list_extend's exact-type fast path)
        if (iterable instanceof PyList l && (l.type() == PyList.TYPE
                || l.type().lookup("__iter__") == PyList.TYPE.lookup("__iter__"))) {
            addAll(l.items, l.size);
        } else if (iterable instanceof PyTuple t && (t.type() == PyTuple.TYPE
                || t.type().lookup("__iter__") == PyTuple.TYPE.lookup("__iter__"))) {
            addAll(t.items, t.items.length);
        } else {
            PyObject it = Abstract.iter(iterable);
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                append(x);
            }
        }
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)",
            doc = "Create and return a new object.  See help(type) for accurate signature.")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new PyList(cls);
    }

    /**
     * CPython: list___init__: keywords are refused unless a subclass's own __new__ takes them.
     */
    @PyMethod(sig = "(*args, **kwargs)", doc = "Initialize self.  See help(type(self)) for accurate signature.")
    public void __init__(PyObject[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0
                && (type() == TYPE || type().lookup("__new__") == TYPE.dict().getItem("__new__"))) {
            throw Errors.typeError("list() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError("list expected at most 1 argument, got " + args.length);
        }
        PyObject iterable = args.length == 1 ? args[0] : null;
        size = 0;
        items = new PyObject[4];
        if (iterable != null) {
            extend(iterable);
        }
    }

    @PyMethod(doc = "Return repr(self).")
    public PyObject __repr__() {
        if (size == 0) {
            return PyStr.of("[]");
        }
        if (!Abstract.enterRepr(this)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Abstract.reprString(items[i]));
            }
            return PyStr.of(b.append(']').toString());
        } finally {
            Abstract.leaveRepr(this);
        }
    }

    @PyMethod(doc = "Return len(self).")
    public int __len__() {
        return size;
    }

    private int checkIndex(PyObject key, String what) {
        long i = Abstract.indexForSequence(key, "list");
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("list " + what + " out of range");
        }
        return (int) i;
    }

    public PyObject getItem(PyObject key) {
        return __getitem__(key);
    }

    @PyMethod(doc = "x.__getitem__(y) <==> x[y]")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PyInt k && k.big == null) {
            long i = k.value < 0 ? k.value + size : k.value;
            if (i >= 0 && i < size) {
                return items[(int) i];
            }
            throw Errors.indexError("list index out of range");
        }
        if (key instanceof PySlice s) {
            long[] ind = s.indices(size);
            int n = (int) ind[3];
            PyObject[] out = new PyObject[Math.max(n, 1)];
            for (int i = 0, j = (int) ind[0]; i < n; i++, j += (int) ind[2]) {
                out[i] = items[j];
            }
            return new PyList(out, n);
        }
        return items[checkIndex(key, "index")];
    }

    @PyMethod(doc = "Set self[key] to value.")
    public void __setitem__(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            setSlice(s, value);
            return;
        }
        items[checkIndex(key, "assignment index")] = value;
    }

    /** CPython: list_ass_slice / list_ass_subscript. */
    private void setSlice(PySlice s, PyObject value) {
        PyObject[] src = value == this ? toArray() : Abstract.toArray(value);
        long[] ind = s.indices(size);
        int start = (int) ind[0];
        int step = (int) ind[2];
        int n = (int) ind[3];
        if (step == 1) {
            int stop = Math.max(start, (int) ind[1]);
            int newSize = size - (stop - start) + src.length;
            PyObject[] out = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(items, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(items, stop, out, start + src.length, size - stop);
            items = out;
            size = newSize;
            return;
        }
        if (src.length != n) {
            throw Errors.valueError("attempt to assign sequence of size " + src.length
                    + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            items[j] = src[i];
        }
    }

    @PyMethod(doc = "Delete self[key].")
    public void __delitem__(PyObject key) {
        if (key instanceof PySlice s) {
            long[] ind = s.indices(size);
            int n = (int) ind[3];
            int start = (int) ind[0];
            int step = (int) ind[2];
            if (n == 0) {
                return;
            }
            if (step < 0) {
                start = start + (n - 1) * step;
                step = -step;
            }
            boolean[] drop = new boolean[size];
            for (int i = 0, j = start; i < n; i++, j += step) {
                drop[j] = true;
            }
            int w = 0;
            for (int r = 0; r < size; r++) {
                if (!drop[r]) {
                    items[w++] = items[r];
                }
            }
            for (int r = w; r < size; r++) {
                items[r] = null;
            }
            size = w;
            return;
        }
        removeAt(checkIndex(key, "assignment index"));
    }

    private PyObject removeAt(int i) {
        PyObject x = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return x;
    }

    @PyMethod(doc = "Return key in self.")
    public boolean __contains__(PyObject o) {
        for (int i = 0; i < size; i++) {
            if (items[i] == o || Abstract.eqBool(items[i], o)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod(doc = "Implement iter(self).")
    public PyObject __iter__() {
        return new PyIterators.ListIterator(this);
    }

    @PyMethod(doc = "Return a reverse iterator over the list.")
    public PyObject __reversed__() {
        return new PyIterators.ListReverseIterator(this);
    }

    @PyMethod(doc = "Return self+value.")
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyList l)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyObject[] out = new PyObject[Math.max(size + l.size, 4)];
        System.arraycopy(items, 0, out, 0, size);
        System.arraycopy(l.items, 0, out, size, l.size);
        return new PyList(out, size + l.size);
    }

    @PyMethod(doc = "Implement self+=value.")
    public PyObject __iadd__(PyObject o) {
        extend(o);
        return this;
    }

    @PyMethod(doc = "Return self*value.")
    public PyObject __mul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        long times = Abstract.index(n).longValueClamped();
        if (times <= 0 || size == 0) {
            return new PyList();
        }
        if (times > (1 << 28) / size) { // no overflow of times * size
            throw Errors.memory();
        }
        int total = (int) (times * size);
        PyObject[] out = new PyObject[total];
        for (int i = 0; i < times; i++) {
            System.arraycopy(items, 0, out, i * size, size);
        }
        return new PyList(out, total);
    }

    @PyMethod(doc = "Return value*self.")
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod(doc = "Implement self*=value.")
    public PyObject __imul__(PyObject n) {
        PyObject r = __mul__(n);
        if (r instanceof PyList l) {
            items = l.items;
            size = l.size;
            return this;
        }
        return r;
    }

    @PyMethod(doc = "Return self==value.")
    public PyObject __eq__(PyObject o) {
        return o instanceof PyList l ? PyBool.of(Sequences.equal(items, size, l.items, l.size))
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self!=value.")
    public PyObject __ne__(PyObject o) {
        return o instanceof PyList l ? PyBool.of(!Sequences.equal(items, size, l.items, l.size))
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self<value.")
    public PyObject __lt__(PyObject o) {
        return o instanceof PyList l ? Sequences.compare(items, size, l.items, l.size, "<") : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self<=value.")
    public PyObject __le__(PyObject o) {
        return o instanceof PyList l ? Sequences.compare(items, size, l.items, l.size, "<=") : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self>value.")
    public PyObject __gt__(PyObject o) {
        return o instanceof PyList l ? Sequences.compare(items, size, l.items, l.size, ">") : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self>=value.")
    public PyObject __ge__(PyObject o) {
        return o instanceof PyList l ? Sequences.compare(items, size, l.items, l.size, ">=") : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Insert object before index.")
    public void insert(long index, PyObject x) {
        long i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        ensure(size + 1);
        System.arraycopy(items, (int) i, items, (int) i + 1, size - (int) i);
        items[(int) i] = x;
        size++;
    }

    @PyMethod(sig = "(index=-1, /)", doc = "Remove and return item at index (default last).\n"
            + "\n"
            + "Raises IndexError if list is empty or index is out of range.")
    public PyObject pop(long index) {
        if (size == 0) {
            throw Errors.indexError("pop from empty list");
        }
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw Errors.indexError("pop index out of range");
        }
        return removeAt((int) i);
    }

    @PyMethod(doc = "Remove first occurrence of value.\n"
            + "\n"
            + "Raises ValueError if the value is not present.")
    public void remove(PyObject x) {
        for (int i = 0; i < size; i++) {
            if (items[i] == x || Abstract.eqBool(items[i], x)) {
                removeAt(i);
                return;
            }
        }
        throw Errors.valueError("list.remove(x): x not in list");
    }

    @PyMethod(sig = "(value, start=NULL, stop=NULL, /)", doc = "Return first index of value.\n"
            + "\n"
            + "Raises ValueError if the value is not present.")
    public long index(PyObject x, PyObject startArg, PyObject stopArg) {
        long start = Sequences.indexArg(startArg, 0);
        long stop = Sequences.indexArg(stopArg, Long.MAX_VALUE);
        long[] r = Sequences.clampRange(start, stop, size);
        for (int i = (int) r[0]; i < r[1] && i < size; i++) {
            if (items[i] == x || Abstract.eqBool(items[i], x)) {
                return i;
            }
        }
        throw Errors.valueError(Abstract.reprString(x) + " is not in list");
    }

    @PyMethod(doc = "Return number of occurrences of value.")
    public long count(PyObject x) {
        long n = 0;
        for (int i = 0; i < size; i++) {
            if (items[i] == x || Abstract.eqBool(items[i], x)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod(doc = "Remove all items from list.")
    public void clear() {
        items = new PyObject[4];
        size = 0;
    }

    @PyMethod(doc = "Return a shallow copy of the list.")
    public PyObject copy() {
        return new PyList(java.util.Arrays.copyOf(items, Math.max(size, 4)), size);
    }

    @PyMethod(doc = "Reverse *IN PLACE*.")
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    @PyMethod(sig = "(*, key=None, reverse=False)", doc = "Sort the list in ascending order and return None.\n"
            + "\n"
            + "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
            + "order of two equal elements is maintained).\n"
            + "\n"
            + "If a key function is given, apply it once to each list item and sort them,\n"
            + "ascending or descending, according to their function values.\n"
            + "\n"
            + "The reverse flag can be set to sort in descending order.")
    public void sort(PyObject key, boolean reverse) {
        ListSort.sort(this, key, reverse);
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, doc = "See PEP 585")
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}
