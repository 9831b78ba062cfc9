package org.matcha.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** An attribute of a builtin type computed in Java. CPython: getset_descriptor. */
@PyClass(name = "getset_descriptor")
public final class PyGetSetDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT);
    final String name;
    final PyType owner;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;

    PyGetSetDescriptor(String name, PyType owner, Function<PyObject, PyObject> getter,
            BiConsumer<PyObject, PyObject> setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The same accessor installed on another type under another name (gi_frame as cr_frame). */
    public PyGetSetDescriptor copyFor(PyType newOwner, String newName) {
        return new PyGetSetDescriptor(newName, newOwner, getter, setter);
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (!obj.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
        return getter.apply(obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
        }
        setter.accept(obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
        }
        setter.accept(obj, null);
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<attribute '" + name + "' of '" + owner.name + "' objects>");
    }

    /** CPython: getset_get via descr_check (None as instance gives the descriptor itself). */
    @PyMethod(sig = "(instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return instance == PyNone.NONE ? this : get(instance, null);
    }

    @PyMethod
    public void __set__(PyObject instance, PyObject value) {
        checkOwner(instance);
        set(instance, value);
    }

    @PyMethod
    public void __delete__(PyObject instance) {
        checkOwner(instance);
        delete(instance);
    }

    private void checkOwner(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
    }

    @PyGetter
    public PyObject __name__() {
        return PyStr.of(name);
    }

    @PyGetter
    public PyObject __qualname__() {
        return PyStr.of(owner.name + "." + name);
    }

    @PyGetter
    public PyObject __objclass__() {
        return owner;
    }
}
