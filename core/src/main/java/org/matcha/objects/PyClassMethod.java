package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code classmethod}. CPython: Objects/funcobject.c cm_descr_get. */
@PyClass(name = "classmethod", doc = "classmethod(function) -> method\n"
        + "\n"
        + "Convert a function to be a class method.\n"
        + "\n"
        + "A class method receives the class as implicit first argument,\n"
        + "just like an instance method receives the instance.\n"
        + "To declare a class method, use this idiom:\n"
        + "\n"
        + "  class C:\n"
        + "      @classmethod\n"
        + "      def f(cls, arg1, arg2, argN):\n"
        + "          ...\n"
        + "\n"
        + "It can be called either on the class (e.g. C.f()) or on an instance\n"
        + "(e.g. C().f()).  The instance is ignored except for its class.\n"
        + "If a class method is called for a derived class, the derived class\n"
        + "object is passed as the implied first argument.\n"
        + "\n"
        + "Class methods are different than C++ or Java static methods.\n"
        + "If you want those, see the staticmethod builtin.")
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
