package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/** The _weakref module behind Lib/weakref.py. CPython: Modules/_weakref.c. */
@PyModuleDef(name = "_weakref")
public final class WeakrefModule {
    private WeakrefModule() {}

    public static void init(PyModule m) {
        m.add("ref", PyWeakRef.TYPE);
        m.add("ReferenceType", PyWeakRef.TYPE);
        m.add("ProxyType", PyWeakProxy.TYPE);
        m.add("CallableProxyType", PyWeakProxy.CALLABLE_TYPE);
    }

    @PyMethod(sig = "(object, /)")
    public static long getweakrefcount(PyObject object) {
        return PyWeakRef.countRefsTo(object);
    }

    @PyMethod(sig = "(object, /)")
    public static PyObject getweakrefs(PyObject object) {
        return PyWeakRef.refsList(object);
    }

    @PyMethod(sig = "(object, callback=None, /)")
    public static PyObject proxy(PyObject object, PyObject callback) {
        return PyWeakProxy.create(object, callback);
    }

    /**
     * Deletes dct[key] if it is a dead weak reference. CPython: _weakref__remove_dead_weakref.
     * References never die in Matcha (see PyWeakRef), so this removes nothing, but it checks its
     * arguments as CPython does.
     */
    @PyMethod(sig = "(dct, key, /)")
    public static void _remove_dead_weakref(PyObject dct, PyObject key) {
        if (!(dct instanceof PyDict)) {
            throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not " + dct.type().name);
        }
    }
}
