package org.matcha.objects;

/** Objects whose call is implemented in Java (builtins, bound methods, types). */
public interface Callable {
    /** Vectorcall: positional values then keyword values, the latter named by kwnames (or null). */
    PyObject call(PyObject[] args, String[] kwnames);
}
