package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** A builtin method as found in its type's dict, e.g. {@code list.append}. CPython: method_descriptor. */
@PyClass(name = "method_descriptor")
public final class PyMethodDescriptor extends PyObject implements Descriptor, Callable {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT);
    public final PyBuiltinFunction fn;
    public final PyType owner;

    public PyMethodDescriptor(PyBuiltinFunction fn, PyType owner) {
        this.fn = fn;
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : new PyBuiltinFunctionObject(fn, obj);
    }

    /** Calls the method on {@code self}, checking that self is an instance of the owner. */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        return fn.call(self, args, kwnames);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Errors.typeError("unbound method " + owner.name + "." + fn.name + "() needs an argument");
        }
        PyObject self = args[0];
        if (!self.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + fn.name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + self.type().name + "' object");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return fn.call(self, rest, kwnames);
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<method '" + fn.name + "' of '" + owner.name + "' objects>");
    }

    @PyMethod(sig = "(instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject ownerType) {
        return instance == PyNone.NONE ? this : get(instance, null);
    }

    @org.matcha.annotations.PyGetter
    public PyObject __name__() {
        return PyStr.of(fn.name);
    }

    @org.matcha.annotations.PyGetter
    public PyObject __qualname__() {
        return PyStr.of(owner.name + "." + fn.name);
    }

    @org.matcha.annotations.PyGetter
    public PyObject __objclass__() {
        return owner;
    }

    /** The docstring, or None. CPython: meth_get__doc__ / method_get_doc. */
    @org.matcha.annotations.PyGetter
    public PyObject __doc__() {
        return fn.spec.doc == null ? PyNone.NONE : PyStr.of(fn.spec.doc);
    }

    /** CPython: method_get_text_signature. */
    @org.matcha.annotations.PyGetter
    public PyObject __text_signature__() {
        return fn.spec.textSignature == null ? PyNone.NONE : PyStr.of(fn.spec.textSignature);
    }

    /** The Python-visible __call__ (calls go through {@link Callable} directly). CPython: tp_call's slot wrapper. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(self, args, kwargs);
    }
}
