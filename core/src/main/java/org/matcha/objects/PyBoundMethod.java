package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** A function bound to an instance: {@code obj.method}. CPython: Objects/classobject.c. */
@PyClass(name = "method")
public final class PyBoundMethod extends PyObject implements Callable {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        TYPE.customAttributes = true;
    }

    public final PyObject function;
    public final PyObject self;

    public PyBoundMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython: method_new: types.MethodType(function, instance). */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(function, instance, /)")
    public static PyObject __new__(PyType cls, PyObject function, PyObject instance) {
        if (!Abstract.isCallable(function)) {
            throw Errors.typeError("first argument must be callable");
        }
        if (instance == PyNone.NONE) {
            throw Errors.typeError("instance must not be None");
        }
        return new PyBoundMethod(function, instance);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Abstract.call(function, all, kwnames);
    }

    @PyMethod
    public PyObject __repr__() {
        PyObject name = Abstract.lookupAttrOrNull(function, "__qualname__");
        if (name == null) {
            name = Abstract.lookupAttrOrNull(function, "__name__");
        }
        return PyStr.of("<bound method " + (name == null ? "?" : Abstract.strString(name)) + " of "
                + Abstract.reprString(self) + ">");
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyBoundMethod m)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(m.self == self && Abstract.eqBool(function, m.function));
    }

    @PyMethod
    public PyObject __hash__() {
        return PyInt.of(Abstract.hash(function) ^ System.identityHashCode(self));
    }

    /**
     * The method type's own attributes first (bound as descriptors), then the function's: a flag a
     * decorator set on the function is visible on the bound method. CPython: method_getattro.
     */
    @PyMethod
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        String n = ObjectMethods.attrName(name);
        if (TYPE.lookup(n) != null) {
            return ObjectMethods.__getattribute__(self, name);
        }
        return Abstract.getAttr(((PyBoundMethod) self).function, n);
    }

    /** (getattr, (self, name)). CPython: method_reduce. */
    @PyMethod
    public PyObject __reduce__() {
        return PyTuple.of(PyIterators.builtin("getattr"),
                PyTuple.of(self, Abstract.getAttr(function, "__name__")));
    }

    @PyGetter
    public PyObject __func__() {
        return function;
    }

    @PyGetter
    public PyObject __self__() {
        return self;
    }

    @PyGetter
    public PyObject __name__() {
        return Abstract.getAttr(function, "__name__");
    }

    @PyGetter
    public PyObject __qualname__() {
        return Abstract.getAttr(function, "__qualname__");
    }

    @PyGetter
    public PyObject __doc__() {
        return Abstract.getAttr(function, "__doc__");
    }

    @PyGetter
    public PyObject __module__() {
        PyObject m = Abstract.lookupAttrOrNull(function, "__module__");
        return m == null ? PyNone.NONE : m;
    }

    /** The Python-visible __call__ (calls go through {@link Callable} directly). CPython: tp_call's slot wrapper. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(self, args, kwargs);
    }
}
