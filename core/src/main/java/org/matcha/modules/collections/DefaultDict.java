package org.matcha.modules.collections;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** collections.defaultdict. CPython: Modules/_collectionsmodule.c (defdict_*). */
@PyClass(name = "collections.defaultdict")
public final class DefaultDict extends PyDict {
    public static final PyType TYPE = PyType.builtin("collections.defaultdict", PyDict.TYPE, DefaultDict::new);

    PyObject defaultFactory = PyNone.NONE;

    DefaultDict(PyType type) {
        super(type);
    }

    static {
        TYPE.addGetSet("default_factory", self -> ((DefaultDict) self).defaultFactory,
                (self, v) -> ((DefaultDict) self).defaultFactory = v);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new DefaultDict(cls);
    }

    /** CPython: defdict_init; the first positional argument is the factory. */
    @PyMethod(sig = "(*args, **kwargs)")
    public void __init__(PyObject[] args, PyDict kwargs) {
        PyObject factory = PyNone.NONE;
        PyObject[] rest = args;
        if (args.length > 0) {
            factory = args[0];
            if (factory != PyNone.NONE && !Abstract.isCallable(factory)) {
                throw Errors.typeError("first argument must be callable or None");
            }
            rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        defaultFactory = factory;
        super.__init__(rest, kwargs);
    }

    /** CPython: defdict_missing. */
    @PyMethod
    public PyObject __missing__(PyObject key) {
        if (defaultFactory == PyNone.NONE) {
            throw Errors.keyError(key);
        }
        PyObject value = Abstract.call(defaultFactory);
        Abstract.setItem(this, key, value);
        return value;
    }

    @PyMethod
    public PyObject copy() {
        return Abstract.call(type(), defaultFactory, this);
    }

    @PyMethod
    public PyObject __copy__() {
        return copy();
    }

    /** CPython: defdict_reduce. */
    @PyMethod
    public PyObject __reduce__() {
        PyObject args = defaultFactory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(defaultFactory);
        return PyTuple.of(type(), args, PyNone.NONE, PyNone.NONE,
                Abstract.iter(Abstract.callSpecial(this, "items")));
    }

    /** CPython: defdict_repr, "defaultdict(<class 'list'>, {...})". */
    @PyMethod
    public PyObject __repr__() {
        String factory;
        if (defaultFactory == PyNone.NONE) {
            factory = "None";
        } else if (!Abstract.enterRepr(defaultFactory)) {
            factory = "...";
        } else {
            try {
                factory = Abstract.reprString(defaultFactory);
            } finally {
                Abstract.leaveRepr(defaultFactory);
            }
        }
        return PyStr.of(type().shortName() + "(" + factory + ", " + super.__repr__() + ")");
    }

    /** CPython: defdict_or, the result takes the defaultdict's type and factory. */
    @PyMethod
    public PyObject __or__(PyObject other) {
        if (!(other instanceof PyDict)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyObject result = copy();
        DictMethods.update((PyDict) result, other);
        return result;
    }

    @PyMethod
    public PyObject __ror__(PyObject other) {
        if (!(other instanceof PyDict)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyObject result = Abstract.call(type(), defaultFactory, other);
        DictMethods.update((PyDict) result, this);
        return result;
    }
}
