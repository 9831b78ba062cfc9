package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code list[int]} and friends. CPython: Objects/genericaliasobject.c. */
@PyClass(name = "types.GenericAlias")
public final class PyGenericAlias extends PyObject implements Callable {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyType.OBJECT);
    final PyObject origin;
    final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject item) {
        this.origin = origin;
        this.args = item instanceof PyTuple t ? t : PyTuple.of(item);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] a, String[] kwnames) {
        return Abstract.call(origin, a, kwnames);
    }

    private static String reprItem(PyObject o) {
        if (o == PySingletons.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            return t.fullName();
        }
        return Abstract.reprString(o);
    }

    /** types.GenericAlias(origin, args): what classmethod(GenericAlias) as __class_getitem__ calls. CPython: ga_new. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError("GenericAlias() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("GenericAlias expected 2 arguments, got " + args.length);
        }
        return new PyGenericAlias(args[0], args[1]);
    }

    @PyMethod
    public PyObject __repr__() {
        StringBuilder b = new StringBuilder(reprItem(origin)).append('[');
        for (int i = 0; i < args.items.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(reprItem(args.items[i]));
        }
        if (args.items.length == 0) {
            b.append("()");
        }
        return PyStr.of(b.append(']').toString());
    }

    @PyGetter
    public PyObject __origin__() {
        return origin;
    }

    @PyGetter
    public PyObject __args__() {
        return args;
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyGenericAlias g)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(Abstract.eqBool(origin, g.origin) && Abstract.eqBool(args, g.args));
    }

    /** The Python-visible __call__ (calls go through {@link Callable} directly). CPython: tp_call's slot wrapper. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(self, args, kwargs);
    }
}
