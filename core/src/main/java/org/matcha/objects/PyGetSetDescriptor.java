package org.matcha.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.matcha.annotations.PyClass;
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
}
