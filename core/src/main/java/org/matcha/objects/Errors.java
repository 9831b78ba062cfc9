package org.matcha.objects;

/** Shorthands that make the common Python exceptions with CPython's messages. */
public final class Errors {
    private Errors() {}

    public static PyException of(PyType type, String message) {
        return new PyException(PyBaseException.create(type, PyStr.of(message)));
    }

    public static PyException typeError(String message) {
        return of(ExceptionTypes.TypeError, message);
    }

    public static PyException bufferError(String message) {
        return of(ExceptionTypes.BufferError, message);
    }

    public static PyException valueError(String message) {
        return of(ExceptionTypes.ValueError, message);
    }

    public static PyException indexError(String message) {
        return of(ExceptionTypes.IndexError, message);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(PyBaseException.create(ExceptionTypes.KeyError, key));
    }

    public static PyException attributeError(String message) {
        return of(ExceptionTypes.AttributeError, message);
    }

    public static PyException nameError(String name) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.NameError,
                PyStr.of("name '" + name + "' is not defined"));
        e.setAttr("name", PyStr.of(name));
        return new PyException(e);
    }

    public static PyException zeroDivision(String message) {
        return of(ExceptionTypes.ZeroDivisionError, message);
    }

    public static PyException overflow(String message) {
        return of(ExceptionTypes.OverflowError, message);
    }

    public static PyException runtimeError(String message) {
        return of(ExceptionTypes.RuntimeError, message);
    }

    public static PyException notImplemented(String message) {
        return of(ExceptionTypes.NotImplementedError, message);
    }

    public static PyException recursion(String message) {
        return of(ExceptionTypes.RecursionError, message);
    }

    public static PyException memory() {
        return new PyException(PyBaseException.create(ExceptionTypes.MemoryError));
    }

    public static PyException stopIteration(PyObject value) {
        return new PyException(value == null || value == PyNone.NONE
                ? PyBaseException.create(ExceptionTypes.StopIteration)
                : PyBaseException.create(ExceptionTypes.StopIteration, value));
    }

    /** "'int' object is not subscriptable" and friends. */
    public static PyException notA(PyObject o, String what) {
        return typeError("'" + o.type().name + "' object " + what);
    }
}
