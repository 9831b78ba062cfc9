package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** {@code None}. CPython: Objects/object.c _Py_NoneStruct. */
@PyClass(name = "NoneType")
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, t -> PyNone.NONE);
    public static final PyNone NONE = new PyNone();

    static {
        TYPE.subclassable = false;
    }

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("None");
    }

    @PyMethod
    public boolean __bool__() {
        return false;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls) {
        return NONE;
    }
}
