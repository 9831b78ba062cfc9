package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** A variable shared between a function and the closures it makes. CPython: Objects/cellobject.c. */
@PyClass(name = "cell")
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT);
    /** The value, or null when the variable is unbound. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** cell([contents]). CPython: cell_new. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError("cell() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError("cell expected at most 1 argument, got " + args.length);
        }
        return new PyCell(args.length == 1 ? args[0] : null);
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of(value == null ? "<cell: empty>" : "<cell: " + value.type().name + " object>");
    }

    public static void installGetSets() {
        TYPE.addGetSet("cell_contents", c -> {
            PyObject v = ((PyCell) c).value;
            if (v == null) {
                throw Errors.valueError("Cell is empty");
            }
            return v;
        }, (c, v) -> ((PyCell) c).value = v);
    }
}
