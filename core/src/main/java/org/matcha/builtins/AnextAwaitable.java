package org.matcha.builtins;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyException;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;
import org.matcha.vm.PyGenerator;

/**
 * What anext(it, default) returns: it awaits it.__anext__() and turns StopAsyncIteration into
 * the default value. CPython: Objects/iterobject.c anextawaitable.
 */
@PyClass(name = "anext_awaitable")
public final class AnextAwaitable extends PyObject {
    public static final PyType TYPE = PyType.builtin("anext_awaitable", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    private final PyObject wrapped;
    private final PyObject dflt;

    AnextAwaitable(PyObject wrapped, PyObject dflt) {
        this.wrapped = wrapped;
        this.dflt = dflt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * The iterator of the awaitable __anext__ returns, asked for anew at each step as CPython 3.11
     * does. CPython: anextawaitable_getiter.
     */
    private PyObject iterator() {
        PyObject awaitable = Abstract.callMethodRaw(wrapped.type().lookup("__anext__"), wrapped);
        if (awaitable instanceof PyGenerator g && g.isCoroutine()) {
            return awaitable;
        }
        PyObject await = awaitable.type().lookup("__await__");
        if (await == null) {
            throw Errors.typeError("'" + awaitable.type().name + "' object is not awaitable");
        }
        return Abstract.callMethodRaw(await, awaitable);
    }

    private PyException translate(PyException e) {
        if (e.matches(ExceptionTypes.StopAsyncIteration)) {
            return Errors.stopIteration(dflt);
        }
        return e;
    }

    @PyMethod
    public PyObject __await__() {
        return this;
    }

    @PyMethod
    public PyObject __iter__() {
        return this;
    }

    @PyMethod
    public PyObject __next__() {
        return send(PyNone.NONE);
    }

    @PyMethod(sig = "(value, /)")
    public PyObject send(PyObject value) {
        try {
            PyObject it = iterator();
            if (value == PyNone.NONE && !(it instanceof PyGenerator)) {
                return Abstract.callMethodRaw(it.type().lookup("__next__"), it);
            }
            return Abstract.call(Abstract.getAttr(it, "send"), value);
        } catch (PyException e) {
            throw translate(e);
        }
    }

    @PyMethod(name = "throw", sig = "(*args)")
    public PyObject throw_(PyObject[] args) {
        try {
            PyObject it = iterator();
            return Abstract.call(Abstract.getAttr(it, "throw"), args);
        } catch (PyException e) {
            throw translate(e);
        }
    }

    @PyMethod
    public PyObject close() {
        PyObject it = iterator();
        PyObject m = Abstract.lookupAttrOrNull(it, "close");
        return m == null ? PyNone.NONE : Abstract.call(m);
    }
}
