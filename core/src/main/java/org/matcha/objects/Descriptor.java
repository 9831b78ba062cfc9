package org.matcha.objects;

/**
 * Java-implemented descriptors (functions, properties, slots, getsets). User classes with
 * {@code __get__} are handled by looking the method up instead. CPython: tp_descr_get/tp_descr_set.
 */
public interface Descriptor {
    /** {@code __get__(obj, type)}; obj is null for access through the class. */
    PyObject get(PyObject obj, PyType type);

    /** A data descriptor (has __set__ or __delete__) wins over the instance dict. */
    default boolean isData() {
        return false;
    }

    default void set(PyObject obj, PyObject value) {
        throw Errors.attributeError("readonly attribute");
    }

    default void delete(PyObject obj) {
        throw Errors.attributeError("readonly attribute");
    }
}
