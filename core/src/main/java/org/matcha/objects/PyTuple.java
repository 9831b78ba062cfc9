package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** {@code tuple}. CPython: Objects/tupleobject.c. */
@PyClass(name = "tuple", doc = "Built-in immutable sequence.\n"
        + "\n"
        + "If no argument is given, the constructor returns an empty tuple.\n"
        + "If iterable is specified the tuple is initialized from iterable's items.\n"
        + "\n"
        + "If the argument is a tuple, the return value is the same object.")
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, t -> new PyTuple(t, new PyObject[0]));
    public static final PyTuple EMPTY = new PyTuple(TYPE, new PyObject[0]);

    public final PyObject[] items;
    private final PyType type;
    private PyDict dict;

    protected PyTuple(PyType type, PyObject[] items) {
        this.type = type;
        this.items = items;
    }

    /** A tuple that owns {@code items} (the array must not be changed afterwards). */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(TYPE, items);
    }

    public static PyTuple ofType(PyType t, PyObject[] items) {
        return t == TYPE ? of(items) : new PyTuple(t, items);
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

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** CPython 3.11: tuplehash (xxHash-based). */
    public long hash() {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    /** CPython: tuple_new: keywords are refused unless a subclass's own __init__ takes them. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0
                && (cls == TYPE || cls.lookup("__init__") == TYPE.lookup("__init__"))) {
            throw Errors.typeError("tuple() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError("tuple expected at most 1 argument, got " + args.length);
        }
        PyObject iterable = args.length == 1 ? args[0] : null;
        if (iterable == null) {
            return cls == TYPE ? EMPTY : new PyTuple(cls, new PyObject[0]);
        }
        if (cls == TYPE && iterable instanceof PyTuple t && t.type == TYPE) {
            return t;
        }
        return ofType(cls, Abstract.toArray(iterable));
    }

    @PyMethod
    public PyObject __repr__() {
        if (items.length == 0) {
            return PyStr.of("()");
        }
        if (!Abstract.enterRepr(this)) {
            return PyStr.of("(...)");
        }
        try {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Abstract.reprString(items[i]));
            }
            if (items.length == 1) {
                b.append(',');
            }
            return PyStr.of(b.append(')').toString());
        } finally {
            Abstract.leaveRepr(this);
        }
    }

    @PyMethod
    public PyObject __hash__() {
        return PyInt.of(hash());
    }

    @PyMethod
    public int __len__() {
        return items.length;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            long[] ind = s.indices(items.length);
            int n = (int) ind[3];
            if (ind[2] == 1 && n == items.length && type == TYPE) {
                return this;
            }
            PyObject[] out = new PyObject[n];
            for (int i = 0, j = (int) ind[0]; i < n; i++, j += (int) ind[2]) {
                out[i] = items[j];
            }
            return of(out);
        }
        long i = Abstract.indexForSequence(key, "tuple");
        if (i < 0) {
            i += items.length;
        }
        if (i < 0 || i >= items.length) {
            throw Errors.indexError("tuple index out of range");
        }
        return items[(int) i];
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        for (PyObject item : items) {
            if (item == o || Abstract.eqBool(item, o)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    public PyObject __iter__() {
        return new PyIterators.ArrayIterator(items, items.length);
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyTuple t)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyObject[] out = new PyObject[items.length + t.items.length];
        System.arraycopy(items, 0, out, 0, items.length);
        System.arraycopy(t.items, 0, out, items.length, t.items.length);
        return of(out);
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        long times = Abstract.index(n).longValueClamped();
        if (times <= 0 || items.length == 0) {
            return EMPTY;
        }
        if (times == 1 && type == TYPE) {
            return this;
        }
        if (times * items.length > (1 << 28)) {
            throw Errors.memory();
        }
        PyObject[] out = new PyObject[(int) (times * items.length)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return of(out);
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return o instanceof PyTuple t ? PyBool.of(Sequences.equal(items, items.length, t.items, t.items.length))
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return o instanceof PyTuple t ? PyBool.of(!Sequences.equal(items, items.length, t.items, t.items.length))
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return o instanceof PyTuple t ? Sequences.compare(items, items.length, t.items, t.items.length, "<")
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return o instanceof PyTuple t ? Sequences.compare(items, items.length, t.items, t.items.length, "<=")
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return o instanceof PyTuple t ? Sequences.compare(items, items.length, t.items, t.items.length, ">")
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return o instanceof PyTuple t ? Sequences.compare(items, items.length, t.items, t.items.length, ">=")
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public long count(PyObject x) {
        long n = 0;
        for (PyObject item : items) {
            if (item == x || Abstract.eqBool(item, x)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod(sig = "(value, start=NULL, stop=NULL, /)")
    public long index(PyObject x, PyObject startArg, PyObject stopArg) {
        long start = Sequences.indexArg(startArg, 0);
        long stop = Sequences.indexArg(stopArg, Long.MAX_VALUE);
        long[] r = Sequences.clampRange(start, stop, items.length);
        for (int i = (int) r[0]; i < r[1]; i++) {
            if (items[i] == x || Abstract.eqBool(items[i], x)) {
                return i;
            }
        }
        throw Errors.valueError("tuple.index(x): x not in tuple");
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(of(items));
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}
