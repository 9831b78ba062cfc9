package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** {@code bool}: a subclass of int with exactly two instances. CPython: Objects/boolobject.c. */
@PyClass(name = "bool", doc = "bool(x) -> bool\n"
        + "\n"
        + "Returns True when the argument x is true, False otherwise.\n"
        + "The builtins True and False are the only two instances of the class bool.\n"
        + "The class bool is a subclass of the class int, and cannot be subclassed.")
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, t -> PyBool.FALSE);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    static {
        TYPE.subclassable = false;
    }

    private PyBool(long v) {
        super(TYPE, v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(x=False, /)")
    public static PyObject __new__(PyType cls, PyObject x) {
        return of(Abstract.isTrue(x));
    }

    @Override
    @PyMethod
    public PyObject __repr__() {
        return PyStr.of(this == TRUE ? "True" : "False");
    }

    @Override
    @PyMethod
    public PyObject __and__(PyObject o) {
        return o instanceof PyBool b ? of(this == TRUE && b == TRUE) : super.__and__(o);
    }

    @Override
    @PyMethod
    public PyObject __rand__(PyObject o) {
        return o instanceof PyBool b ? of(this == TRUE && b == TRUE) : super.__rand__(o);
    }

    @Override
    @PyMethod
    public PyObject __or__(PyObject o) {
        return o instanceof PyBool b ? of(this == TRUE || b == TRUE) : super.__or__(o);
    }

    @Override
    @PyMethod
    public PyObject __ror__(PyObject o) {
        return o instanceof PyBool b ? of(this == TRUE || b == TRUE) : super.__ror__(o);
    }

    @Override
    @PyMethod
    public PyObject __xor__(PyObject o) {
        return o instanceof PyBool b ? of(this != b) : super.__xor__(o);
    }

    @Override
    @PyMethod
    public PyObject __rxor__(PyObject o) {
        return o instanceof PyBool b ? of(this != b) : super.__rxor__(o);
    }
}
