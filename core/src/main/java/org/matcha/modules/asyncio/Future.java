package org.matcha.modules.asyncio;

import java.util.ArrayList;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.modules.ContextvarsModule;
import org.matcha.objects.*;

/**
 * _asyncio.Future: the C accelerated asyncio.Future. The first done callback is kept apart from
 * the list as CPython does (most futures have exactly one). CPython: Modules/_asynciomodule.c (FutureObj).
 */
@PyClass(name = "_asyncio.Future")
public class Future extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("_asyncio.Future", PyType.OBJECT, Future::new);

    static final int PENDING = 0;
    static final int CANCELLED = 1;
    static final int FINISHED = 2;
    private static final String[] STATE_NAMES = {"PENDING", "CANCELLED", "FINISHED"};

    static {
        TYPE.weakrefable = true;
        TYPE.hasInstanceDict = true;
        TYPE.dict().setItem("__doc__", PyStr.of("This class is *almost* compatible with concurrent.futures.Future.\n\n"
                + "    Differences:\n\n"
                + "    - result() and exception() do not take a timeout argument and\n"
                + "      raise an exception when the future isn't done yet.\n\n"
                + "    - Callbacks registered with add_done_callback() are always called\n"
                + "      via the event loop's call_soon_threadsafe().\n\n"
                + "    - This class is not compatible with the wait() and as_completed()\n"
                + "      methods in the concurrent.futures package."));
        TYPE.addGetSet("_asyncio_future_blocking", self -> PyBool.of(((Future) self).blocking), (self, v) -> {
            if (v == null) {
                throw Errors.attributeError("cannot delete attribute");
            }
            alive(self).blocking = Abstract.isTrue(v);
        });
        TYPE.addGetSet("_log_traceback", self -> PyBool.of(alive(self).logTraceback), (self, v) -> {
            alive(self);
            if (v == null) {
                throw Errors.attributeError("cannot delete attribute");
            }
            if (Abstract.isTrue(v)) {
                throw Errors.valueError("_log_traceback can only be set to False");
            }
            ((Future) self).logTraceback = false;
        });
        TYPE.addGetSet("_loop", self -> orNone(((Future) self).loop), null);
        TYPE.addGetSet("_callbacks", self -> alive(self).callbacksList(), null);
        TYPE.addGetSet("_result", self -> orNone(alive(self).result), null);
        TYPE.addGetSet("_exception", self -> orNone(alive(self).exception), null);
        TYPE.addGetSet("_source_traceback", self -> orNone(((Future) self).sourceTraceback), null);
        TYPE.addGetSet("_cancel_message", self -> orNone(((Future) self).cancelMessage),
                (self, v) -> {
                    if (v == null) {
                        throw Errors.attributeError("cannot delete attribute");
                    }
                    ((Future) self).cancelMessage = v;
                });
        TYPE.addGetSet("_state", self -> PyStr.of(STATE_NAMES[alive(self).state]), null);
    }

    private final PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    /** Null until __init__ ran: "Future object is not initialized." */
    PyObject loop;
    int state = PENDING;
    PyObject result;
    PyObject exception;
    PyObject exceptionTb;
    PyObject sourceTraceback;
    PyObject cancelMessage;
    /** The CancelledError to re-raise (set when a task's coroutine raised it). */
    PyObject cancelledExc;
    boolean blocking;
    boolean logTraceback;
    private PyObject callback0;
    private PyObject context0;
    /** Further callbacks as (callback, context) tuples, or null. */
    private ArrayList<PyTuple> callbacks;

    Future(PyType type) {
        this.type = type;
        this.slots = type.slotCount > 0 ? new PyObject[type.slotCount] : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** CPython: ENSURE_FUTURE_ALIVE. */
    static Future alive(PyObject self) {
        Future f = (Future) self;
        if (f.loop == null) {
            throw Errors.runtimeError("Future object is not initialized.");
        }
        return f;
    }

    // ---- construction ----

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.isSubtype(Task.TYPE) ? new Task(cls) : new Future(cls);
    }

    /** CPython: future_init. */
    @PyMethod(sig = "(*, loop=None)")
    public void __init__(PyObject loop) {
        initFuture(loop);
    }

    final void initFuture(PyObject loopArg) {
        if (loop != null) {
            // re-initialisation clears everything, as future_init does
            callback0 = null;
            context0 = null;
            callbacks = null;
            result = null;
            exception = null;
            exceptionTb = null;
            sourceTraceback = null;
            cancelMessage = null;
            cancelledExc = null;
            state = PENDING;
            logTraceback = false;
            blocking = false;
        }
        PyObject l = loopArg == PyNone.NONE ? AsyncioModule.getEventLoop() : loopArg;
        loop = l;
        if (Abstract.isTrue(Abstract.call(Abstract.getAttr(l, "get_debug")))) {
            sourceTraceback = Abstract.call(AsyncioModule.helper("traceback", "extract_stack"));
        }
    }

    // ---- state queries ----

    @PyMethod
    public PyObject get_loop() {
        return alive(this).loop;
    }

    @PyMethod
    public boolean cancelled() {
        return loop != null && state == CANCELLED;
    }

    @PyMethod
    public boolean done() {
        return loop != null && state != PENDING;
    }

    /** CPython: create_cancelled_error. */
    PyObject makeCancelledError() {
        PyObject exc = cancelledExc;
        if (exc != null) {
            cancelledExc = null;
            return exc;
        }
        PyObject cls = AsyncioModule.cancelledErrorType();
        return cancelMessage == null || cancelMessage == PyNone.NONE ? Abstract.call(cls)
                : Abstract.call(cls, cancelMessage);
    }

    @PyMethod
    public PyObject _make_cancelled_error() {
        return makeCancelledError();
    }

    static PyException raise(PyObject exc) {
        return new PyException((PyBaseException) exc);
    }

    /** CPython: _asyncio_Future_result_impl / future_get_result. */
    @PyMethod
    public PyObject result() {
        aliveForResult();
        if (state == CANCELLED) {
            throw raise(makeCancelledError());
        }
        if (state != FINISHED) {
            throw invalidState("Result is not set.");
        }
        logTraceback = false;
        if (exception != null) {
            PyBaseException e = (PyBaseException) exception;
            e.traceback = exceptionTb == null ? PyNone.NONE : exceptionTb;
            exceptionTb = null;
            throw new PyException(e);
        }
        return result;
    }

    @PyMethod
    public PyObject exception() {
        aliveForResult();
        if (state == CANCELLED) {
            throw raise(makeCancelledError());
        }
        if (state != FINISHED) {
            throw invalidState("Exception is not set.");
        }
        logTraceback = false;
        return orNone(exception);
    }

    /** result() and exception() report an uninitialised future as InvalidStateError. */
    private void aliveForResult() {
        if (loop == null) {
            throw invalidState("Future object is not initialized.");
        }
    }

    static PyException invalidState(String message) {
        return raise(Abstract.call(AsyncioModule.invalidStateErrorType(), PyStr.of(message)));
    }

    // ---- completing ----

    @PyMethod
    public PyObject set_result(PyObject value) {
        setResult(value);
        return PyNone.NONE;
    }

    /** CPython: future_set_result. */
    final void setResult(PyObject value) {
        alive(this);
        if (state != PENDING) {
            throw invalidState("invalid state");
        }
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    @PyMethod
    public PyObject set_exception(PyObject exc) {
        setException(exc);
        return PyNone.NONE;
    }

    /** CPython: future_set_exception. */
    final void setException(PyObject exc) {
        alive(this);
        if (state != PENDING) {
            throw invalidState("invalid state");
        }
        PyObject value = exc;
        if (exc instanceof PyType t && t.isSubtype(PyBaseException.TYPE)) {
            value = Abstract.call(exc);
            if (state != PENDING) {
                throw invalidState("invalid state");
            }
        }
        if (!(value instanceof PyBaseException e)) {
            throw Errors.typeError("invalid exception object");
        }
        if (value.type() == ExceptionTypes.StopIteration) {
            throw Errors.typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        exception = value;
        exceptionTb = e.traceback == PyNone.NONE ? null : e.traceback;
        state = FINISHED;
        scheduleCallbacks();
        logTraceback = true;
    }

    @PyMethod(sig = "(msg=None)")
    public boolean cancel(PyObject msg) {
        alive(this);
        return cancelFuture(msg);
    }

    /** CPython: future_cancel. */
    final boolean cancelFuture(PyObject msg) {
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMessage = msg;
        scheduleCallbacks();
        return true;
    }

    // ---- callbacks ----

    /** CPython: future_schedule_callbacks. */
    private void scheduleCallbacks() {
        if (callback0 != null) {
            PyObject cb = callback0;
            PyObject ctx = context0;
            callback0 = null;
            context0 = null;
            callSoon(loop, cb, this, ctx);
        }
        if (callbacks == null) {
            return;
        }
        ArrayList<PyTuple> list = callbacks;
        callbacks = null;
        for (PyTuple t : list) {
            callSoon(loop, t.items[0], this, t.items[1]);
        }
    }

    /** loop.call_soon(func, arg, context=ctx). CPython: call_soon. */
    static void callSoon(PyObject loop, PyObject func, PyObject arg, PyObject ctx) {
        PyObject callSoon = Abstract.getAttr(loop, "call_soon");
        if (ctx == null) {
            Abstract.call(callSoon, func, arg);
        } else {
            Abstract.call(callSoon, new PyObject[] {func, arg, ctx}, new String[] {"context"});
        }
    }

    /** loop.call_soon(func, context=ctx). */
    static void callSoonNoArg(PyObject loop, PyObject func, PyObject ctx) {
        Abstract.call(Abstract.getAttr(loop, "call_soon"), new PyObject[] {func, ctx}, new String[] {"context"});
    }

    @PyMethod(sig = "(fn, /, *, context=None)")
    public PyObject add_done_callback(PyObject fn, PyObject context) {
        if (loop == null) {
            throw Errors.runtimeError("uninitialized Future object");
        }
        PyObject ctx = context == PyNone.NONE ? ContextvarsModule.copy_context() : context;
        addDoneCallback(fn, ctx);
        return PyNone.NONE;
    }

    /** CPython: future_add_done_callback. */
    final void addDoneCallback(PyObject fn, PyObject ctx) {
        if (state != PENDING) {
            callSoon(loop, fn, this, ctx);
            return;
        }
        if (callback0 == null && callbacks == null) {
            callback0 = fn;
            context0 = ctx;
            return;
        }
        if (callbacks == null) {
            callbacks = new ArrayList<>();
        }
        callbacks.add(PyTuple.of(fn, ctx));
    }

    /** Removes every callback equal to fn; returns how many. CPython: _asyncio_Future_remove_done_callback. */
    @PyMethod
    public long remove_done_callback(PyObject fn) {
        alive(this);
        long removed = 0;
        if (callback0 != null && Abstract.eqBool(callback0, fn)) {
            callback0 = null;
            context0 = null;
            removed++;
        }
        if (callbacks == null) {
            return removed;
        }
        ArrayList<PyTuple> snapshot = callbacks;
        ArrayList<PyTuple> kept = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            PyTuple t = snapshot.get(i);
            if (Abstract.eqBool(t.items[0], fn)) {
                removed++;
            } else {
                kept.add(t);
            }
        }
        callbacks = kept.isEmpty() ? null : kept;
        return removed;
    }

    /** The _callbacks attribute: a list of (callback, context) or None. */
    private PyObject callbacksList() {
        if (callback0 == null && callbacks == null) {
            return PyNone.NONE;
        }
        PyList out = new PyList();
        if (callback0 != null) {
            out.append(PyTuple.of(callback0, context0));
        }
        if (callbacks != null) {
            for (PyTuple t : callbacks) {
                out.append(t);
            }
        }
        return out;
    }

    // ---- awaiting, repr, finalisation ----

    @PyMethod
    public PyObject __await__() {
        return new FutureIter(this);
    }

    @PyMethod
    public PyObject __iter__() {
        return new FutureIter(this);
    }

    @PyMethod
    public PyObject __repr__() {
        return Abstract.call(AsyncioModule.helper("asyncio.base_futures", "_future_repr"), this);
    }

    /** Logs an exception nobody retrieved. CPython: FutureObj_finalize. */
    @PyMethod
    public void __del__() {
        if (!logTraceback || exception == null || loop == null) {
            return;
        }
        logTraceback = false;
        PyDict context = new PyDict();
        context.setItem("message", PyStr.of(type.shortName() + " exception was never retrieved"));
        context.setItem("exception", exception);
        context.setItem("future", this);
        if (sourceTraceback != null) {
            context.setItem("source_traceback", sourceTraceback);
        }
        Abstract.call(Abstract.getAttr(loop, "call_exception_handler"), context);
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}
