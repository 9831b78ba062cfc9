package org.matcha.objects;

import java.util.function.Function;

/**
 * A read-only member of a built-in type (function.__globals__): a member_descriptor like a __slots__
 * entry, so types.MemberDescriptorType is the type of both. CPython: Objects/descrobject.c with a
 * READONLY PyMemberDef.
 */
public final class PyMemberDescriptor extends PySlotDescriptor {
    private final Function<PyObject, PyObject> getter;

    PyMemberDescriptor(String name, PyType owner, Function<PyObject, PyObject> getter) {
        super(name, owner, -1);
        this.getter = getter;
    }

    /** Installs a read-only member {@code name} on {@code owner}. */
    public static void install(PyType owner, String name, Function<PyObject, PyObject> getter) {
        owner.dict().setItem(name, new PyMemberDescriptor(name, owner, getter));
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
    public void set(PyObject obj, PyObject value) {
        throw Errors.attributeError("readonly attribute");
    }

    @Override
    public void delete(PyObject obj) {
        throw Errors.attributeError("readonly attribute");
    }
}
