package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * A {@code __slots__} member, or a read-only member of a builtin type computed in Java (function.__globals__,
 * type.__mro__). CPython: member_descriptor (PyMemberDef, READONLY).
 */
@PyClass(name = "member_descriptor")
public class PySlotDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT);
    final String name;
    final PyType owner;
    final int index;
    /** The value of a read-only builtin member; null for a slot. */
    private final java.util.function.Function<PyObject, PyObject> readonly;

    PySlotDescriptor(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
        this.readonly = null;
    }

    PySlotDescriptor(String name, PyType owner, java.util.function.Function<PyObject, PyObject> readonly) {
        this.name = name;
        this.owner = owner;
        this.index = -1;
        this.readonly = readonly;
    }

    private void checkOwner(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject[] slots(PyObject obj) {
        if (obj instanceof PyInstance i && i.slots != null && obj.type().isSubtype(owner)) {
            return i.slots;
        }
        if (obj instanceof SlotHolder h && h.slotArray() != null && obj.type().isSubtype(owner)) {
            return h.slotArray();
        }
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                + obj.type().name + "' object");
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (readonly != null) {
            checkOwner(obj);
            return readonly.apply(obj);
        }
        PyObject v = slots(obj)[index];
        if (v == null) {
            throw Errors.attributeError("'" + obj.type().name + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (readonly != null) {
            checkOwner(obj);
            throw Errors.attributeError("readonly attribute");
        }
        slots(obj)[index] = value;
    }

    @Override
    public void delete(PyObject obj) {
        if (readonly != null) {
            set(obj, null);
        }
        PyObject[] s = slots(obj);
        if (s[index] == null) {
            // CPython: member_set on an empty slot raises AttributeError(name)
            throw Errors.attributeError(name);
        }
        s[index] = null;
    }

    @PyMethod(sig = "(instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return instance == PyNone.NONE ? this : get(instance, null);
    }

    @PyMethod
    public void __set__(PyObject instance, PyObject value) {
        set(instance, value);
    }

    @PyMethod
    public void __delete__(PyObject instance) {
        delete(instance);
    }

    @org.matcha.annotations.PyGetter
    public PyObject __name__() {
        return PyStr.of(name);
    }

    @org.matcha.annotations.PyGetter
    public PyObject __qualname__() {
        return PyStr.of(owner.qualname + "." + name);
    }

    @org.matcha.annotations.PyGetter
    public PyObject __objclass__() {
        return owner;
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<member '" + name + "' of '" + owner.name + "' objects>");
    }
}
