package org.matcha.modules.functools;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/**
 * What cmp_to_key returns: called with an object it wraps it, and wrapped objects compare by calling
 * the comparison function. CPython: Modules/_functoolsmodule.c keyobject (functools.KeyWrapper).
 */
@PyClass(name = "functools.KeyWrapper")
public final class KeyWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("functools.KeyWrapper", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        TYPE.dict().setItem("__hash__", PyNone.NONE);
        // CPython: the obj member (T_OBJECT, writable; None while unset)
        TYPE.addGetSet("obj", o -> {
            PyObject v = ((KeyWrapper) o).object;
            return v == null ? PyNone.NONE : v;
        }, (o, v) -> ((KeyWrapper) o).object = v);
    }

    private final PyObject cmp;
    private PyObject object;

    KeyWrapper(PyObject cmp, PyObject object) {
        this.cmp = cmp;
        this.object = object;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Py_TPFLAGS_DISALLOW_INSTANTIATION. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        throw Errors.typeError("cannot create 'functools.KeyWrapper' instances");
    }

    /** CPython: keyobject_call, which parses "O:K" with the keyword obj. */
    @PyMethod(sig = "(*args, **kwargs)")
    public PyObject __call__(PyObject[] args, PyDict kwargs) {
        return new KeyWrapper(cmp, oneArgument("K", "obj", args, kwargs));
    }

    /** One argument, positional or by keyword. CPython: Python/getargs.c vgetargskeywords messages. */
    static PyObject oneArgument(String fname, String kwname, PyObject[] args, PyDict kwargs) {
        int nk = kwargs == null ? 0 : kwargs.size();
        if (args.length + nk > 1) {
            throw Errors.typeError(fname + "() takes at most 1 argument (" + (args.length + nk) + " given)");
        }
        if (args.length == 1) {
            return args[0];
        }
        PyObject v = nk == 0 ? null : kwargs.getItem(PyStr.of(kwname));
        if (v == null) {
            throw Errors.typeError(fname + "() missing required argument '" + kwname + "' (pos 1)");
        }
        return v;
    }

    /** CPython: keyobject_richcompare. */
    private PyObject compare(PyObject other, String op) {
        if (!(other instanceof KeyWrapper k)) {
            throw Errors.typeError("other argument must be K instance");
        }
        if (object == null || k.object == null) {
            throw Errors.attributeError("object");
        }
        PyObject res = Abstract.call(cmp, object, k.object);
        return Abstract.richCompare(res, PyInt.of(0), op);
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
}
