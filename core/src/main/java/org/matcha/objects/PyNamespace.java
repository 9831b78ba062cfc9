package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * {@code types.SimpleNamespace}: an object whose attributes are its keyword arguments.
 * CPython: Objects/namespaceobject.c.
 */
@PyClass(name = "SimpleNamespace")
public final class PyNamespace {
    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", PyType.OBJECT, PyInstance::new);

    static {
        TYPE.hasInstanceDict = true;
        TYPE.dict().setItem("__hash__", PyNone.NONE);
        // CPython: namespace_members, a read-only __dict__ member
        TYPE.addGetter("__dict__", PyObject::dict);
    }

    private PyNamespace() {}

    /** A namespace holding {@code attrs} (for sys.implementation). */
    public static PyObject of(PyDict attrs) {
        PyInstance ns = new PyInstance(TYPE);
        DictMethods.update(ns.dict(), attrs);
        return ns;
    }

    /** CPython: namespace_init. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static void __init__(PyObject self, PyObject[] args, PyDict kwargs) {
        if (args.length != 0) {
            throw Errors.typeError("no positional arguments expected");
        }
        if (kwargs != null) {
            DictMethods.update(self.dict(), kwargs);
        }
    }

    /** CPython: namespace_repr; "namespace(...)" for a recursive reference. */
    @PyMethod
    public static PyObject __repr__(PyObject self) {
        String name = self.type() == TYPE ? "namespace" : self.type().shortName();
        if (!Abstract.enterRepr(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (PyObject key : Abstract.toArray(self.dict())) {
                if (!(key instanceof PyStr k)) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(k.toString()).append('=').append(Abstract.repr(self.dict().getItem(key)).toString());
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            Abstract.leaveRepr(self);
        }
    }

    /** CPython: namespace_richcompare, equal when both are namespaces with equal dicts. */
    @PyMethod
    public static PyObject __eq__(PyObject self, PyObject other) {
        if (!self.type().isSubtype(TYPE) || !other.type().isSubtype(TYPE)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(self.dict(), other.dict(), "==");
    }

    @PyMethod
    public static PyObject __ne__(PyObject self, PyObject other) {
        if (!self.type().isSubtype(TYPE) || !other.type().isSubtype(TYPE)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(self.dict(), other.dict(), "!=");
    }

    /** CPython: namespace_reduce, (type, (), __dict__). */
    @PyMethod
    public static PyObject __reduce__(PyObject self) {
        return PyTuple.of(self.type(), PyTuple.EMPTY, self.dict());
    }
}
