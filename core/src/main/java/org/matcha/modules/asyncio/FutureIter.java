package org.matcha.modules.asyncio;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;
import org.matcha.vm.PyTraceback;

/**
 * The iterator returned by Future.__await__ / __iter__: yields the future itself while it is pending
 * (marking it as blocking), then ends with its result. CPython: Modules/_asynciomodule.c (futureiterobject).
 */
@PyClass(name = "_asyncio.FutureIter")
public final class FutureIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("_asyncio.FutureIter", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    /** Null once the iterator finished or was closed. */
    private Future future;

    FutureIter(Future future) {
        this.future = future;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod
    public PyObject __iter__() {
        return this;
    }

    /** CPython: FutureIter_iternext. */
    @PyMethod
    public PyObject __next__() {
        Future fut = future;
        if (fut == null) {
            throw Errors.stopIteration(PyNone.NONE);
        }
        if (fut.state == Future.PENDING) {
            if (!fut.blocking) {
                fut.blocking = true;
                return fut;
            }
            throw Errors.runtimeError("await wasn't used with future");
        }
        future = null;
        throw Errors.stopIteration(fut.result());
    }

    @PyMethod
    public PyObject send(PyObject unused) {
        return __next__();
    }

    /** CPython: FutureIter_throw. */
    @PyMethod(name = "throw", sig = "(type, value=None, traceback=None, /)")
    public PyObject throw_(PyObject type, PyObject value, PyObject tb) {
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback");
        }
        PyBaseException exc;
        if (type instanceof PyType t && t.isSubtype(PyBaseException.TYPE)) {
            exc = Interpreter.makeException(type, value);
        } else if (type instanceof PyBaseException e) {
            if (value != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw Errors.typeError("exceptions must be classes deriving BaseException or instances of such a class");
        }
        if (tb != PyNone.NONE) {
            exc.traceback = tb;
        }
        future = null;
        throw new PyException(exc);
    }

    @PyMethod
    public PyObject close() {
        future = null;
        return PyNone.NONE;
    }
}
