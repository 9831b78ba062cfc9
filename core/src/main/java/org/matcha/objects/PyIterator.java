package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * Base of the iterators implemented in Java. {@link #nextOrNull} returns null at the end: the VM
 * and builtins never throw StopIteration to end a loop. Each concrete iterator has its own Python
 * type (list_iterator, ...); {@link PyIterators#install} gives them __iter__ and __next__.
 */
@PyClass(name = "iterator")
public abstract class PyIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT);

    /** The next item, or null when exhausted. */
    public abstract PyObject nextOrNull();

    @PyMethod
    public PyObject __iter__() {
        return this;
    }

    @PyMethod
    public PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) {
            throw Errors.stopIteration(null);
        }
        return v;
    }
}
