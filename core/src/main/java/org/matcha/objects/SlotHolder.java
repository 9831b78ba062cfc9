package org.matcha.objects;

/**
 * A builtin object whose Python subclasses may declare {@code __slots__}: it keeps an array of
 * {@code type.slotCount} values for them (PyInstance has its own).
 */
public interface SlotHolder {
    /** The slot values, or null when the type declares none. */
    PyObject[] slotArray();
}
