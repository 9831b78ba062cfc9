package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/**
 * The coroutine and async-generator protocol objects: coroutine.__await__'s wrapper, and the
 * awaitables returned by async generators' __anext__/asend/athrow/aclose.
 * CPython: Objects/genobject.c (coro_wrapper, async_gen_asend, async_gen_athrow, _PyAsyncGenValueWrapper).
 */
public final class AsyncSupport {
    private AsyncSupport() {}

    /** Methods coroutines and async generators share with generators, installed once. */
    static void install() {
        for (String name : new String[] {"send", "throw", "close", "__repr__", "__name__", "__qualname__"}) {
            share(PyGenerator.COROUTINE_TYPE, name, name);
        }
        for (String name : new String[] {"__repr__", "__name__", "__qualname__"}) {
            share(PyGenerator.ASYNC_GENERATOR_TYPE, name, name);
        }
        String[][] renames = {{"gi_frame", "frame"}, {"gi_running", "running"}, {"gi_code", "code"}, {"gi_suspended", "suspended"}};
        for (String[] r : renames) {
            share(PyGenerator.COROUTINE_TYPE, r[0], "cr_" + r[1]);
            share(PyGenerator.ASYNC_GENERATOR_TYPE, r[0], "ag_" + r[1]);
        }
        share(PyGenerator.COROUTINE_TYPE, "gi_yieldfrom", "cr_await");
    }

    /** Installs generator's descriptor {@code from} on {@code owner} as {@code to}, owned by that type. */
    private static void share(PyType owner, String from, String to) {
        PyObject d = PyGenerator.TYPE.dict().getItem(from);
        if (d instanceof org.matcha.objects.PyGetSetDescriptor g) {
            d = g.copyFor(owner, to);
        } else if (d instanceof org.matcha.objects.PyMethodDescriptor m) {
            d = new org.matcha.objects.PyMethodDescriptor(m.fn, owner);
        }
        owner.dict().setItem(to, d);
    }

    /** A value yielded by "yield" in an async generator (as opposed to an await passing through). */
    static final class Wrapped extends PyObject {
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }

    /** coroutine.__await__(): an iterator over the coroutine. */
    @PyClass(name = "coroutine_wrapper")
    public static final class CoroutineWrapper extends PyObject {
        public static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyType.OBJECT);
        final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            this.coro = coro;
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
            return coro.send(PyNone.NONE);
        }

        @PyMethod
        public PyObject send(PyObject v) {
            return coro.send(v);
        }

        @PyMethod(name = "throw", sig = "(typ, val=NULL, tb=NULL, /)")
        public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
            return coro.throw_(typ, val, tb);
        }

        @PyMethod
        public PyObject close() {
            return coro.close();
        }
    }

    /** Coroutine methods implemented here rather than on generators. */
    @PyClass(name = "coroutine")
    public static final class CoroutineMethods {
        public static final PyType TYPE = PyGenerator.COROUTINE_TYPE;

        private CoroutineMethods() {}

        @PyMethod
        public static PyObject __await__(PyGenerator self) {
            return new CoroutineWrapper(self);
        }
    }

    @PyClass(name = "async_generator")
    public static final class AsyncGeneratorMethods {
        public static final PyType TYPE = PyGenerator.ASYNC_GENERATOR_TYPE;

        private AsyncGeneratorMethods() {}

        @PyMethod
        public static PyObject __aiter__(PyGenerator self) {
            return self;
        }

        @PyMethod
        public static PyObject __anext__(PyGenerator self) {
            return new ASend(self, PyNone.NONE, null);
        }

        @PyMethod
        public static PyObject asend(PyGenerator self, PyObject value) {
            return new ASend(self, value, null);
        }

        @PyMethod(sig = "(typ, val=NULL, tb=NULL, /)")
        public static PyObject athrow(PyGenerator self, PyObject typ, PyObject val, PyObject tb) {
            return new ASend(self, PyNone.NONE, Interpreter.makeException(typ, val));
        }

        @PyMethod
        public static PyObject aclose(PyGenerator self) {
            ASend a = new ASend(self, PyNone.NONE, PyBaseException.create(ExceptionTypes.GeneratorExit));
            a.closing = true;
            return a;
        }
    }

    /** The awaitable of one async-generator step. */
    @PyClass(name = "async_generator_asend")
    public static final class ASend extends PyObject {
        public static final PyType TYPE = PyType.builtin("async_generator_asend", PyType.OBJECT);
        final PyGenerator gen;
        PyObject firstValue;
        PyBaseException firstThrow;
        boolean started;
        boolean done;
        boolean closing;

        ASend(PyGenerator gen, PyObject value, PyBaseException toThrow) {
            this.gen = gen;
            this.firstValue = value;
            this.firstThrow = toThrow;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** Classifies one step of the generator. */
        private PyObject step(PyObject value, PyBaseException exc) {
            if (done) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            PyObject r;
            try {
                if (exc != null) {
                    if (!gen.started && closing) {
                        gen.finished = true;
                        done = true;
                        throw Errors.stopIteration(null);
                    }
                    r = gen.throwInto(exc);
                } else {
                    r = gen.resume(value, null);
                }
            } catch (PyException e) {
                done = true;
                if (closing && (e.matches(ExceptionTypes.GeneratorExit) || e.matches(ExceptionTypes.StopAsyncIteration))) {
                    throw Errors.stopIteration(null);
                }
                throw e;
            }
            if (r == null) {
                done = true;
                if (closing) {
                    throw Errors.stopIteration(null);
                }
                throw new PyException(PyBaseException.create(ExceptionTypes.StopAsyncIteration));
            }
            if (r instanceof Wrapped w) {
                done = true;
                if (closing) {
                    throw Errors.runtimeError("async generator ignored GeneratorExit");
                }
                throw Errors.stopIteration(w.value);
            }
            return r;
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

        @PyMethod
        public PyObject send(PyObject v) {
            if (!started) {
                started = true;
                PyBaseException t = firstThrow;
                firstThrow = null;
                return step(firstValue, t);
            }
            return step(v, null);
        }

        @PyMethod(name = "throw", sig = "(typ, val=NULL, tb=NULL, /)")
        public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
            started = true;
            return step(PyNone.NONE, Interpreter.makeException(typ, val));
        }

        @PyMethod
        public PyObject close() {
            done = true;
            return PyNone.NONE;
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<async_generator_asend object>");
        }
    }

    static PyObject wrap(PyObject v) {
        return new Wrapped(v);
    }
}
