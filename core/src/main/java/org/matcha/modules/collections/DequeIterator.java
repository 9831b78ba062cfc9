package org.matcha.modules.collections;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** _collections._deque_iterator and _deque_reverse_iterator. CPython: dequeiter_next. */
@PyClass(name = "_collections._deque_iterator")
public final class DequeIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("_collections._deque_iterator", PyType.OBJECT);
    public static final PyType REVERSE_TYPE = PyType.builtin("_collections._deque_reverse_iterator", PyType.OBJECT);

    private final Deque deque;
    private final boolean reverse;
    private final long startState;
    private int position;

    DequeIterator(Deque deque, boolean reverse) {
        this.deque = deque;
        this.reverse = reverse;
        this.startState = deque.state;
    }

    @Override
    public PyType type() {
        return reverse ? REVERSE_TYPE : TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        if (deque.state != startState) {
            throw Errors.runtimeError("deque mutated during iteration");
        }
        if (position >= deque.size()) {
            return null;
        }
        int i = reverse ? deque.size() - 1 - position : position;
        position++;
        return deque.at(i);
    }

    @PyMethod
    public long __length_hint__() {
        return Math.max(0, deque.size() - position);
    }
}
