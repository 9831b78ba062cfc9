package org.matcha.objects;

/** Generators: iterated by the VM and builtins without a StopIteration per step. */
public interface PyGeneratorLike {
    /** The next yielded value, or null when the generator returned. */
    PyObject nextOrNull();
}
