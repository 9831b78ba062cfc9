package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/**
 * {@code builtin_function_or_method}: a module function ({@code len}) or a builtin method bound to
 * its instance ({@code [].append}). For {@code __new__}, {@link #newOwner} is the type and the
 * first argument is the class to instantiate.
 */
@PyClass(name = "builtin_function_or_method")
public final class PyBuiltinFunctionObject extends PyObject implements Callable {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }
    public final PyBuiltinFunction fn;
    /** The bound instance or the module; null for a static method. */
    public final PyObject self;
    final PyType newOwner;

    public PyBuiltinFunctionObject(PyBuiltinFunction fn, PyObject self) {
        this.fn = fn;
        this.self = fn.isNew ? null : self;
        this.newOwner = fn.isNew ? (PyType) self : null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (newOwner != null) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (args.length - nkw < 1) {
                throw Errors.typeError(newOwner.name + ".__new__(): not enough arguments");
            }
            if (!(args[0] instanceof PyType cls)) {
                throw Errors.typeError(newOwner.name + ".__new__(X): X is not a type object ("
                        + args[0].type().name + ")");
            }
            if (!cls.isSubtype(newOwner)) {
                throw Errors.typeError(newOwner.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of "
                        + newOwner.name);
            }
            checkNewIsSafe(cls);
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return fn.call(cls, rest, kwnames);
        }
        return fn.call(self, args, kwnames);
    }

    /**
     * int.__new__(bool) would skip bool's own constructor: the nearest class of cls whose __new__ is not
     * written in Python must use this same __new__. CPython: tp_new_wrapper ("is not safe").
     */
    private void checkNewIsSafe(PyType cls) {
        PyType staticBase = cls;
        while (staticBase != null && staticBase.heap && definesPythonNew(staticBase)) {
            staticBase = staticBase.base;
        }
        if (staticBase == null || staticBase == newOwner) {
            return;
        }
        PyObject mine = newOwner.lookup("__new__");
        if (mine != null && staticBase.lookup("__new__") != mine) {
            throw Errors.typeError(newOwner.name + ".__new__(" + cls.name + ") is not safe, use "
                    + staticBase.name + ".__new__()");
        }
    }

    private static boolean definesPythonNew(PyType t) {
        PyObject n = t.lookup("__new__");
        if (n instanceof PyStaticMethod sm) {
            n = sm.callable;
        }
        return !(n instanceof PyBuiltinFunctionObject);
    }

    @PyMethod
    public PyObject __repr__() {
        if (self == null || self instanceof PyModule) {
            return PyStr.of("<built-in function " + fn.name + ">");
        }
        return PyStr.of("<built-in method " + fn.name + " of " + self.type().name + " object>");
    }

    @PyGetter
    public PyObject __name__() {
        return PyStr.of(fn.name);
    }

    @PyGetter
    public PyObject __qualname__() {
        if (fn.ownerType != null) {
            return PyStr.of(fn.ownerType.name + "." + fn.name);
        }
        return PyStr.of(fn.name);
    }

    /** CPython: meth_reduce; functions pickle by name, bound methods as getattr(self, name). */
    @PyMethod
    public PyObject __reduce__() {
        if (self == null || self instanceof PyModule) {
            return PyStr.of(fn.name);
        }
        PyObject getattr = org.matcha.vm.Interpreter.current().builtinsModule.dict.getItem("getattr");
        return PyTuple.of(getattr, PyTuple.of(self, PyStr.of(fn.name)));
    }

    /** The defining module's name for a module function, else None. CPython: meth_members m_module. */
    @PyGetter
    public PyObject __module__() {
        if (self instanceof PyModule m) {
            PyObject name = m.dict.getItem("__name__");
            return name == null ? PyStr.of(m.name()) : name;
        }
        return PyNone.NONE;
    }

    @PyGetter
    public PyObject __self__() {
        return self == null ? PyNone.NONE : self;
    }

    /** The docstring, or None. CPython: meth_get__doc__ / method_get_doc. */
    @PyGetter
    public PyObject __doc__() {
        return fn.spec.doc == null ? PyNone.NONE : PyStr.of(fn.spec.doc);
    }

    /** CPython: meth_get__text_signature__. */
    @PyGetter
    public PyObject __text_signature__() {
        return fn.spec.textSignature == null ? PyNone.NONE : PyStr.of(fn.spec.textSignature);
    }

    /** The type's __call__ slot, as Python code sees it. CPython: tp_call. */
    @PyMethod(sig = "(*args, **kwargs)")
    public PyObject __call__(PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(this, args, kwargs);
    }
}
