package org.matcha.objects;

/**
 * Every Python value. Protocol operations (attribute access, calls, operators) live in
 * {@link Abstract}; a Java class only says what its Python type is and, if it has one, its
 * instance {@code __dict__}. CPython: Include/object.h PyObject.
 */
public abstract class PyObject {
    public abstract PyType type();

    /** The instance {@code __dict__}, or null when the object has none. */
    public PyDict dict() {
        return null;
    }

    @Override
    public String toString() {
        return Abstract.reprString(this);
    }
}
