package org.matcha.modules.js;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyException;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;
import org.matcha.vm.Interpreter;

/**
 * What {@code await} on a JS Promise (or thenable) iterates: it yields the JsProxy once, to the
 * driver of the coroutine (the JS side awaits the promise), and then returns the value that is
 * sent back in. Pyodide: jsproxy.c JsProxy_Await.
 */
@PyClass(name = "JsPromiseIterator")
public final class JsPromiseIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("JsPromiseIterator", PyType.OBJECT);

    private final JsProxy promise;
    private boolean yielded;

    JsPromiseIterator(JsProxy promise) {
        this.promise = promise;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod
    public PyObject __iter__() {
        return this;
    }

    @PyMethod
    public PyObject __next__() {
        return send(PyNone.NONE);
    }

    @PyMethod
    public PyObject send(PyObject value) {
        if (!yielded) {
            yielded = true;
            return promise;
        }
        throw Errors.stopIteration(value);
    }

    /** The promise rejected: the driver throws the JsException in here, and it propagates. */
    @PyMethod(name = "throw", sig = "(typ, val=None, tb=None, /)")
    public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
        yielded = true;
        PyBaseException e = Interpreter.makeException(typ, val);
        throw new PyException(e);
    }

    @PyMethod
    public PyObject close() {
        yielded = true;
        return PyNone.NONE;
    }
}
