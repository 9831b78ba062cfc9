package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code int | str}. CPython: Objects/unionobject.c. */
@PyClass(name = "types.UnionType")
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.UnionType", PyType.OBJECT);
    final PyTuple args;

    PyUnionType(PyObject a, PyObject b) {
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        for (PyObject x : new PyObject[] {a, b}) {
            if (x instanceof PyUnionType u) {
                items.addAll(java.util.Arrays.asList(u.args.items));
            } else {
                items.add(x == PyNone.NONE ? PyNone.TYPE : x);
            }
        }
        java.util.List<PyObject> unique = new java.util.ArrayList<>();
        for (PyObject x : items) {
            if (!unique.contains(x)) {
                unique.add(x);
            }
        }
        args = PyTuple.of(unique.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod
    public PyObject __repr__() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.items.length; i++) {
            if (i > 0) {
                b.append(" | ");
            }
            PyObject x = args.items[i];
            b.append(x == PyNone.TYPE ? "None" : x instanceof PyType t ? t.fullName() : Abstract.reprString(x));
        }
        return PyStr.of(b.toString());
    }

    @PyGetter
    public PyObject __args__() {
        return args;
    }

    @PyMethod
    public PyObject __or__(PyObject o) {
        return new PyUnionType(this, o);
    }

    @PyMethod
    public boolean __instancecheck__(PyObject o) {
        for (PyObject t : args.items) {
            if (t instanceof PyType type && o.type().isSubtype(type)) {
                return true;
            }
        }
        return false;
    }
}
