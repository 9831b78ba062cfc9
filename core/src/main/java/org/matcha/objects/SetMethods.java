package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * The methods of set; frozenset gets the non-mutating ones ({@link #installFrozen}).
 * CPython: Objects/setobject.c.
 */
@PyClass(name = "set", doc = "set() -> new empty set object\n"
        + "set(iterable) -> new set object\n"
        + "\n"
        + "Build an unordered collection of unique elements.")
public final class SetMethods {
    public static final PyType TYPE = PySet.TYPE;
    private static final String[] MUTATORS = {"add", "discard", "remove", "pop", "clear", "update",
        "intersection_update", "difference_update", "symmetric_difference_update", "__ior__", "__iand__", "__isub__",
        "__ixor__", "__init__"};

    /** frozenset's __doc__ (frozenset shares set's annotated class, so its text lives here). */
    private static final String FROZENSET_DOC = "frozenset() -> empty frozenset object\n"
            + "frozenset(iterable) -> frozenset object\n"
            + "\n"
            + "Build an immutable unordered collection of unique elements.";

    private SetMethods() {}

    public static void installFrozen() {
        PyDict src = PySet.TYPE.dict();
        PyDict dst = PySet.FROZEN_TYPE.dict();
        java.util.Set<String> skip = new java.util.HashSet<>(java.util.Arrays.asList(MUTATORS));
        for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
            String name = ((PyStr) src.keyAt(i)).value;
            if (!skip.contains(name) && dst.getItem(name) == null) {
                PyObject v = src.valueAt(i);
                // frozenset's own descriptors, so frozenset.__repr__(frozenset_subclass()) applies
                dst.setItem(name, v instanceof PyMethodDescriptor md ? new PyMethodDescriptor(md.fn, PySet.FROZEN_TYPE) : v);
            }
        }
        PyStaticMethod setNew = (PyStaticMethod) src.getItem("__new__");
        PyBuiltinFunction fn = ((PyBuiltinFunctionObject) setNew.callable).fn;
        dst.setItem("__new__", new PyStaticMethod(new PyBuiltinFunctionObject(fn, PySet.FROZEN_TYPE)));
        PySet.TYPE.dict().setItem("__hash__", PyNone.NONE);
        PySet.FROZEN_TYPE.setBuiltinDoc(FROZENSET_DOC);
    }

    private static PySet asSet(PyObject o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet s = PySet.newSet();
        s.update(o);
        return s;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        PySet s = new PySet(cls);
        if (cls.isSubtype(PySet.FROZEN_TYPE)) {
            if (args.length > 1) {
                throw Errors.typeError("frozenset expected at most 1 argument, got " + args.length);
            }
            if (args.length == 1) {
                s.update(args[0]);
            }
        }
        return s;
    }

    @PyMethod(sig = "(iterable=NULL, /)")
    public static void __init__(PySet self, PyObject iterable) {
        self.clear();
        if (iterable != null) {
            self.update(iterable);
        }
    }

    @PyMethod
    public static PyObject __repr__(PySet self) {
        String name = self.type().name;
        if (self.used == 0) {
            return PyStr.of(name + "()");
        }
        if (!Abstract.enterRepr(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder b = new StringBuilder();
            boolean plain = self.type() == PySet.TYPE;
            b.append(plain ? "{" : name + "({");
            boolean first = true;
            for (int i = self.nextSlot(0); i >= 0; i = self.nextSlot(i + 1)) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Abstract.reprString(self.keyAt(i)));
            }
            b.append(plain ? "}" : "})");
            return PyStr.of(b.toString());
        } finally {
            Abstract.leaveRepr(self);
        }
    }

    /** CPython: set_reduce: (type, (list(self),), state). */
    @PyMethod
    public static PyObject __reduce__(PySet self) {
        PyList keys = new PyList();
        for (PyObject k : self.toArray()) {
            keys.append(k);
        }
        return PyTuple.of(self.type(), PyTuple.of(keys), ObjectReduce.getState(self, false));
    }

    @PyMethod
    public static int __len__(PySet self) {
        return self.used;
    }

    @PyMethod
    public static boolean __contains__(PySet self, PyObject key) {
        try {
            return self.contains(key);
        } catch (PyException e) {
            if (key instanceof PySet k && e.matches(ExceptionTypes.TypeError)) {
                return self.contains(k.copyAs(PySet.FROZEN_TYPE));
            }
            throw e;
        }
    }

    @PyMethod
    public static PyObject __iter__(PySet self) {
        return new PyIterators.SetIterator(self);
    }

    @PyMethod
    public static PyObject __hash__(PySet self) {
        return PyInt.of(self.frozenHash());
    }

    @PyMethod
    public static void add(PySet self, PyObject key) {
        self.add(key);
    }

    @PyMethod
    public static void discard(PySet self, PyObject key) {
        discardKey(self, key);
    }

    /** A set key (unhashable) stands for the equal frozenset. CPython: set_discard / set_remove. */
    private static boolean discardKey(PySet self, PyObject key) {
        try {
            return self.discard(key);
        } catch (PyException e) {
            if (key instanceof PySet k && e.matches(ExceptionTypes.TypeError)) {
                return self.discard(k.copyAs(PySet.FROZEN_TYPE));
            }
            throw e;
        }
    }

    @PyMethod
    public static void remove(PySet self, PyObject key) {
        if (!discardKey(self, key)) {
            throw Errors.keyError(key);
        }
    }

    @PyMethod
    public static PyObject pop(PySet self) {
        return self.pop();
    }

    @PyMethod
    public static void clear(PySet self) {
        self.clear();
    }

    @PyMethod
    public static PyObject copy(PySet self) {
        if (self.type() == PySet.FROZEN_TYPE) {
            return self;
        }
        return self.copyAs(self.baseType());
    }

    @PyMethod(sig = "(*others)")
    public static void update(PySet self, PyObject[] others) {
        for (PyObject o : others) {
            self.update(o);
        }
    }

    @PyMethod(sig = "(*others)")
    public static PyObject union(PySet self, PyObject[] others) {
        PySet r = self.copyAs(self.baseType());
        for (PyObject o : others) {
            r.update(o);
        }
        return r;
    }

    @PyMethod(sig = "(*others)")
    public static PyObject intersection(PySet self, PyObject[] others) {
        PySet r = self.copyAs(self.baseType());
        for (PyObject o : others) {
            r = r.intersectionWith(asSet(o));
        }
        return r;
    }

    @PyMethod(sig = "(*others)")
    public static void intersection_update(PySet self, PyObject[] others) {
        PySet r = self;
        for (PyObject o : others) {
            r = r.intersectionWith(asSet(o));
        }
        replace(self, r);
    }

    private static void replace(PySet self, PySet r) {
        if (r == self) {
            return;
        }
        self.table = r.table;
        self.hashes = r.hashes;
        self.mask = r.mask;
        self.fill = r.fill;
        self.used = r.used;
    }

    @PyMethod(sig = "(*others)")
    public static PyObject difference(PySet self, PyObject[] others) {
        PySet r = self.copyAs(self.baseType());
        for (PyObject o : others) {
            r = r.differenceWith(asSet(o));
        }
        return r;
    }

    @PyMethod(sig = "(*others)")
    public static void difference_update(PySet self, PyObject[] others) {
        for (PyObject o : others) {
            if (o == self) {
                self.clear();
                continue;
            }
            PyObject it = Abstract.iter(o);
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                self.discard(x);
            }
        }
    }

    @PyMethod
    public static PyObject symmetric_difference(PySet self, PyObject other) {
        return self.symmetricDifferenceWith(asSet(other));
    }

    @PyMethod
    public static void symmetric_difference_update(PySet self, PyObject other) {
        self.symmetricDifferenceUpdate(asSet(other));
    }

    @PyMethod
    public static boolean issubset(PySet self, PyObject other) {
        return self.isSubsetOf(asSet(other));
    }

    @PyMethod
    public static boolean issuperset(PySet self, PyObject other) {
        return asSet(other).isSubsetOf(self);
    }

    @PyMethod
    public static boolean isdisjoint(PySet self, PyObject other) {
        PyObject it = Abstract.iter(other);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (self.contains(x)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    public static PyObject __or__(PySet self, PyObject other) {
        if (!(other instanceof PySet o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PySet r = self.copyAs(self.baseType());
        r.update(o);
        return r;
    }

    @PyMethod
    public static PyObject __ror__(PySet self, PyObject other) {
        if (!(other instanceof PySet o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PySet r = o.copyAs(o.baseType());
        r.update(self);
        return r;
    }

    @PyMethod
    public static PyObject __and__(PySet self, PyObject other) {
        return other instanceof PySet o ? self.intersectionWith(o) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __rand__(PySet self, PyObject other) {
        return other instanceof PySet o ? o.intersectionWith(self) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __sub__(PySet self, PyObject other) {
        return other instanceof PySet o ? self.differenceWith(o) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __rsub__(PySet self, PyObject other) {
        return other instanceof PySet o ? o.differenceWith(self) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __xor__(PySet self, PyObject other) {
        return other instanceof PySet o ? self.symmetricDifferenceWith(o) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __rxor__(PySet self, PyObject other) {
        return other instanceof PySet o ? o.symmetricDifferenceWith(self) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __ior__(PySet self, PyObject other) {
        if (!(other instanceof PySet o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        self.update(o);
        return self;
    }

    @PyMethod
    public static PyObject __iand__(PySet self, PyObject other) {
        if (!(other instanceof PySet o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        replace(self, self.intersectionWith(o));
        return self;
    }

    @PyMethod
    public static PyObject __isub__(PySet self, PyObject other) {
        if (!(other instanceof PySet o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        difference_update(self, new PyObject[] {o});
        return self;
    }

    @PyMethod
    public static PyObject __ixor__(PySet self, PyObject other) {
        if (!(other instanceof PySet o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        self.symmetricDifferenceUpdate(o);
        return self;
    }

    @PyMethod
    public static PyObject __eq__(PySet self, PyObject other) {
        if (!(other instanceof PySet o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(self.used == o.used && self.isSubsetOf(o));
    }

    @PyMethod
    public static PyObject __ne__(PySet self, PyObject other) {
        if (!(other instanceof PySet o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(!(self.used == o.used && self.isSubsetOf(o)));
    }

    @PyMethod
    public static PyObject __le__(PySet self, PyObject other) {
        return other instanceof PySet o ? PyBool.of(self.isSubsetOf(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __lt__(PySet self, PyObject other) {
        return other instanceof PySet o ? PyBool.of(self.used < o.used && self.isSubsetOf(o))
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __ge__(PySet self, PyObject other) {
        return other instanceof PySet o ? PyBool.of(o.isSubsetOf(self)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __gt__(PySet self, PyObject other) {
        return other instanceof PySet o ? PyBool.of(o.used < self.used && o.isSubsetOf(self))
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}
