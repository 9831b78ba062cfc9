package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code staticmethod}. CPython: Objects/funcobject.c sm_descr_get. */
@PyClass(name = "staticmethod", doc = "staticmethod(function) -> method\n"
        + "\n"
        + "Convert a function to be a static method.\n"
        + "\n"
        + "A static method does not receive an implicit first argument.\n"
        + "To declare a static method, use this idiom:\n"
        + "\n"
        + "     class C:\n"
        + "         @staticmethod\n"
        + "         def f(arg1, arg2, argN):\n"
        + "             ...\n"
        + "\n"
        + "It can be called either on the class (e.g. C.f()) or on an instance\n"
        + "(e.g. C().f()). Both the class and the instance are ignored, and\n"
        + "neither is passed implicitly as the first argument to the method.\n"
        + "\n"
        + "Static methods in Python are similar to those found in Java or C++.\n"
        + "For a more advanced concept, see the classmethod builtin.")
public final class PyStaticMethod extends PyObject implements Descriptor, Callable {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, t -> new PyStaticMethod(PyNone.NONE));
    public PyObject callable;
    private PyDict dict;

    static {
        TYPE.hasInstanceDict = true;
        TYPE.addGetter("__dict__", PyObject::dict);
        TYPE.addGetter("__wrapped__", o -> ((PyStaticMethod) o).callable);
    }

    public PyStaticMethod(PyObject callable) {
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
        return callable;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Abstract.call(callable, args, kwnames);
    }

    @PyMethod
    public void __init__(PyObject f) {
        callable = f;
        copyWrapperAttributes(dict(), f);
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

    /**
     * staticmethod and classmethod look like the function they wrap: its __module__, __name__,
     * __qualname__, __doc__ and __annotations__ are copied into their __dict__ (__wrapped__ is a member).
     * CPython: functools_wraps.
     */
    static void copyWrapperAttributes(PyDict into, PyObject f) {
        for (String name : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = Abstract.lookupAttrOrNull(f, name);
            if (v != null) {
                into.setItem(name, v);
            }
        }
    }

    @PyMethod(sig = "(instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return callable;
    }

    /** CPython 3.10+: cm_repr / sm_repr. */
    @org.matcha.annotations.PyMethod
    public PyObject __repr__() {
        return PyStr.of("<staticmethod(" + Abstract.reprString(callable) + ")>");
    }

    /** The Python-visible __call__ (calls go through {@link Callable} directly). CPython: tp_call's slot wrapper. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(self, args, kwargs);
    }
}
