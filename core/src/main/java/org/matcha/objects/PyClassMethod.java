package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code classmethod}. CPython: Objects/funcobject.c cm_descr_get. */
@PyClass(name = "classmethod")
public final class PyClassMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, t -> new PyClassMethod(PyNone.NONE));
    public PyObject callable;
    private PyDict dict;

    static {
        TYPE.hasInstanceDict = true;
        TYPE.addGetter("__dict__", PyObject::dict);
        TYPE.addGetter("__wrapped__", o -> ((PyClassMethod) o).callable);
    }

    public PyClassMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        PyObject owner = type != null ? type : obj.type();
        if (callable instanceof PyBuiltinFunctionObject b) {
            return new PyBuiltinFunctionObject(b.fn, owner);
        }
        return new PyBoundMethod(callable, owner);
    }

    @PyMethod
    public void __init__(PyObject f) {
        callable = f;
        PyStaticMethod.copyWrapperAttributes(dict(), f);
    }

    @PyGetter
    public PyObject __func__() {
        return callable;
    }

    @PyGetter
    public PyObject __isabstractmethod__() {
        PyObject v = Abstract.lookupAttrOrNull(callable, "__isabstractmethod__");
        return PyBool.of(v != null && Abstract.isTrue(v));
    }

    @PyMethod(sig = "(instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return get(instance == PyNone.NONE ? null : instance, owner instanceof PyType t ? t : null);
    }

    /** CPython 3.10+: cm_repr / sm_repr. */
    @org.matcha.annotations.PyMethod
    public PyObject __repr__() {
        return PyStr.of("<classmethod(" + Abstract.reprString(callable) + ")>");
    }
}
