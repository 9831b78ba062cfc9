package org.matcha.modules.asyncio;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.modules.ContextvarsModule;
import org.matcha.objects.*;
import org.matcha.vm.PyGenerator;

/**
 * _asyncio.Task: a Future that drives a coroutine, one step per event-loop callback.
 * Java methods have names of their own (taskCancel, ...) so that Future.cancel(task) called
 * through the base class still runs Future's method. CPython: Modules/_asynciomodule.c (TaskObj).
 */
@PyClass(name = "_asyncio.Task")
public final class Task extends Future {
    public static final PyType TYPE = PyType.builtin("_asyncio.Task", Future.TYPE, Task::new);

    static {
        TYPE.weakrefable = true;
        TYPE.hasInstanceDict = true;
        TYPE.dict().setItem("__doc__", PyStr.of("A coroutine wrapped in a Future."));
        TYPE.addGetSet("_log_destroy_pending", self -> PyBool.of(((Task) self).logDestroyPending), (self, v) -> {
            if (v == null) {
                throw Errors.attributeError("cannot delete attribute");
            }
            ((Task) self).logDestroyPending = Abstract.isTrue(v);
        });
        TYPE.addGetSet("_must_cancel", self -> PyBool.of(((Task) self).mustCancel), null);
        TYPE.addGetSet("_coro", self -> orNone(((Task) self).coro), null);
        TYPE.addGetSet("_fut_waiter", self -> orNone(((Task) self).futWaiter), null);
    }

    PyObject coro;
    PyObject context;
    PyObject futWaiter;
    PyObject name;
    boolean mustCancel;
    boolean logDestroyPending;
    long numCancelsRequested;

    Task(PyType type) {
        super(type);
    }

    /** CPython: _asyncio_Task___init___impl. */
    @PyMethod(name = "__init__", sig = "(coro, *, loop=None, name=None, context=None)")
    public void taskInit(PyObject coroArg, PyObject loopArg, PyObject nameArg, PyObject contextArg) {
        initFuture(loopArg);
        if (!AsyncioModule.isCoroutine(coroArg)) {
            logDestroyPending = false;
            throw Errors.typeError("a coroutine was expected, got " + Abstract.reprString(coroArg));
        }
        context = contextArg == PyNone.NONE ? ContextvarsModule.copy_context() : contextArg;
        mustCancel = false;
        logDestroyPending = true;
        numCancelsRequested = 0;
        coro = coroArg;
        if (nameArg == PyNone.NONE) {
            name = PyStr.of("Task-" + AsyncioModule.nextTaskNumber());
        } else if (nameArg instanceof PyStr) {
            name = nameArg;
        } else {
            name = Abstract.str(nameArg);
        }
        callStepSoon(null);
        AsyncioModule.registerTask(this);
    }

    private void callStepSoon(PyObject exc) {
        Future.callSoonNoArg(loop, new StepWrapper(this, exc), context);
    }

    // ---- Python-visible methods ----

    @PyMethod(name = "cancel", sig = "(msg=None)")
    public boolean taskCancel(PyObject msg) {
        alive(this);
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        numCancelsRequested++;
        if (futWaiter != null) {
            PyObject r = Abstract.call(Abstract.getAttr(futWaiter, "cancel"), msg);
            if (Abstract.isTrue(r)) {
                return true;
            }
        }
        mustCancel = true;
        cancelMessage = msg;
        return true;
    }

    @PyMethod
    public long cancelling() {
        return numCancelsRequested;
    }

    @PyMethod
    public long uncancel() {
        if (numCancelsRequested > 0) {
            numCancelsRequested--;
        }
        return numCancelsRequested;
    }

    @PyMethod(name = "set_result")
    public PyObject taskSetResult(PyObject value) {
        throw Errors.runtimeError("Task does not support set_result operation");
    }

    @PyMethod(name = "set_exception")
    public PyObject taskSetException(PyObject exc) {
        throw Errors.runtimeError("Task does not support set_exception operation");
    }

    @PyMethod
    public PyObject get_coro() {
        return orNone(coro);
    }

    @PyMethod
    public PyObject get_name() {
        return orNone(name);
    }

    @PyMethod
    public PyObject set_name(PyObject value) {
        name = value instanceof PyStr && value.type() == PyStr.TYPE ? value : Abstract.str(value);
        return PyNone.NONE;
    }

    @PyMethod(sig = "(*, limit=None)")
    public PyObject get_stack(PyObject limit) {
        return Abstract.call(AsyncioModule.helper("asyncio.base_tasks", "_task_get_stack"), this, limit);
    }

    @PyMethod(sig = "(*, limit=None, file=None)")
    public PyObject print_stack(PyObject limit, PyObject file) {
        return Abstract.call(AsyncioModule.helper("asyncio.base_tasks", "_task_print_stack"), this, limit, file);
    }

    @PyMethod(name = "__repr__")
    public PyObject taskRepr() {
        return Abstract.call(AsyncioModule.helper("asyncio.base_tasks", "_task_repr"), this);
    }

    /** Reports a task destroyed while pending. CPython: TaskObj_finalize. */
    @PyMethod(name = "__del__")
    public void taskDel() {
        if (state == PENDING && logDestroyPending && loop != null) {
            logDestroyPending = false;
            PyDict ctx = new PyDict();
            ctx.setItem("task", this);
            ctx.setItem("message", PyStr.of("Task was destroyed but it is pending!"));
            if (sourceTraceback != null) {
                ctx.setItem("source_traceback", sourceTraceback);
            }
            Abstract.call(Abstract.getAttr(loop, "call_exception_handler"), ctx);
        }
        __del__();
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, name = "__class_getitem__")
    public static PyObject taskClassGetitem(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    // ---- stepping ----

    /** CPython: task_step. */
    void step(PyObject exc) {
        AsyncioModule.enterTask(loop, this);
        try {
            stepImpl(exc);
        } catch (PyException e) {
            try {
                AsyncioModule.leaveTask(loop, this);
            } catch (PyException ignored) {
                // the first error wins, as in task_step
            }
            throw e;
        }
        AsyncioModule.leaveTask(loop, this);
    }

    /** CPython: task_step_impl. */
    private void stepImpl(PyObject excArg) {
        PyObject exc = excArg;
        if (state != PENDING) {
            throw invalidState("_step(): already done: " + Abstract.reprString(this) + " "
                    + Abstract.reprString(orNone(exc)));
        }
        if (mustCancel) {
            if (exc == null || !(exc.type().isSubtype((PyType) AsyncioModule.cancelledErrorType()))) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        PyObject yielded;
        try {
            if (exc == null) {
                yielded = Abstract.call(Abstract.getAttr(coro, "send"), PyNone.NONE);
            } else {
                yielded = Abstract.call(Abstract.getAttr(coro, "throw"), exc);
            }
        } catch (PyException e) {
            finishWith(e);
            return;
        }
        handleYield(yielded);
    }

    /** The coroutine returned or raised. */
    private void finishWith(PyException e) {
        if (e.matches(ExceptionTypes.StopIteration)) {
            if (mustCancel) {
                mustCancel = false;
                cancelFuture(cancelMessage);
            } else {
                setResult(org.matcha.vm.Interpreter.stopIterationValue(e.value));
            }
            return;
        }
        if (e.matches((PyType) AsyncioModule.cancelledErrorType())) {
            cancelledExc = e.value;
            cancelFuture(PyNone.NONE);
            return;
        }
        setException(e.value);
        if (e.matches(ExceptionTypes.KeyboardInterrupt) || e.matches(ExceptionTypes.SystemExit)) {
            throw e;
        }
    }

    /** What the coroutine yielded decides how it is woken up. */
    private void handleYield(PyObject result) {
        if (result == this) {
            scheduleError("Task cannot await on itself: " + Abstract.reprString(this));
            return;
        }
        if (result instanceof Future f && (f.type() == Future.TYPE || f.type() == TYPE)) {
            if (f.loop != loop) {
                scheduleError("Task " + Abstract.reprString(this) + " got Future " + Abstract.reprString(f)
                        + " attached to a different loop");
                return;
            }
            if (!f.blocking) {
                scheduleError("yield was used instead of yield from in task " + Abstract.reprString(this)
                        + " with " + Abstract.reprString(f));
                return;
            }
            f.blocking = false;
            f.addDoneCallback(new WakeupCallback(this), context);
            futWaiter = f;
            if (mustCancel) {
                boolean cancelled = f instanceof Task t ? t.taskCancel(cancelMessage) : f.cancel(cancelMessage);
                if (cancelled) {
                    mustCancel = false;
                }
            }
            return;
        }
        if (result == PyNone.NONE) {
            // a bare yield gives up one loop iteration
            callStepSoon(null);
            return;
        }
        if (result instanceof PyGenerator g && g.type() == PyGenerator.TYPE) {
            scheduleError("yield was used instead of yield from for generator in task " + Abstract.reprString(this)
                    + " with " + Abstract.reprString(result));
            return;
        }
        PyObject blockingAttr = Abstract.lookupAttrOrNull(result, "_asyncio_future_blocking");
        if (blockingAttr != null && blockingAttr != PyNone.NONE) {
            PyObject otherLoop = AsyncioModule.futureLoop(result);
            if (otherLoop != loop) {
                scheduleError("Task " + Abstract.reprString(this) + " got Future " + Abstract.reprString(result)
                        + " attached to a different loop");
                return;
            }
            if (Abstract.isTrue(blockingAttr)) {
                Abstract.setAttr(result, "_asyncio_future_blocking", PyBool.FALSE);
                Abstract.call(Abstract.getAttr(result, "add_done_callback"), new PyObject[] {new WakeupCallback(this), context},
                        new String[] {"context"});
                futWaiter = result;
                if (mustCancel) {
                    PyObject r = Abstract.call(Abstract.getAttr(result, "cancel"), cancelMessage);
                    if (Abstract.isTrue(r)) {
                        mustCancel = false;
                    }
                }
                return;
            }
            scheduleError("yield was used instead of yield from in task " + Abstract.reprString(this)
                    + " with " + Abstract.reprString(result));
            return;
        }
        scheduleError("Task got bad yield: " + Abstract.reprString(result));
    }

    private void scheduleError(String message) {
        callStepSoon(Errors.runtimeError(message).value);
    }

    /** CPython: task_wakeup. */
    void wakeup(PyObject fut) {
        try {
            if (fut instanceof Future f && (f.type() == Future.TYPE || f.type() == TYPE)) {
                f.result();
            } else {
                Abstract.call(Abstract.getAttr(fut, "result"));
            }
        } catch (PyException e) {
            step(e.value);
            return;
        }
        step(null);
    }

    /** The callable loop.call_soon runs for one step. CPython: TaskStepMethWrapper. */
    @PyClass(name = "TaskStepMethWrapper")
    public static final class StepWrapper extends PyObject {
        public static final PyType TYPE = PyType.builtin("TaskStepMethWrapper", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
            TYPE.addGetSet("__self__", self -> ((StepWrapper) self).task, null);
        }

        final Task task;
        final PyObject exc;

        StepWrapper(Task task, PyObject exc) {
            this.task = task;
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod(sig = "(*args, **kwargs)")
        public PyObject __call__(PyObject[] args, PyDict kwargs) {
            if (kwargs != null && kwargs.size() > 0) {
                throw Errors.typeError("function takes no keyword arguments");
            }
            if (args.length != 0) {
                throw Errors.typeError("function takes no positional arguments");
            }
            task.step(exc);
            return PyNone.NONE;
        }
    }

    /** The done callback a task puts on the future it waits for. CPython: task_wakeup (TaskWakeupDef). */
    @PyClass(name = "task_wakeup")
    public static final class WakeupCallback extends PyObject {
        public static final PyType TYPE = PyType.builtin("task_wakeup", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
            TYPE.addGetSet("__self__", self -> ((WakeupCallback) self).task, null);
            TYPE.addGetSet("__name__", self -> PyStr.of("task_wakeup"), null);
            TYPE.addGetSet("__qualname__", self -> PyStr.of(
                    Abstract.strString(Abstract.getAttr(((WakeupCallback) self).task.type(), "__qualname__"))
                    + ".task_wakeup"), null);
        }

        final Task task;

        WakeupCallback(Task task) {
            this.task = task;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod
        public PyObject __call__(PyObject fut) {
            task.wakeup(fut);
            return PyNone.NONE;
        }

        @PyMethod
        public PyObject __eq__(PyObject other) {
            return PyBool.of(other instanceof WakeupCallback w && w.task == task);
        }

        @PyMethod
        public long __hash__() {
            return Abstract.identityHash(task);
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<built-in method task_wakeup of " + task.type().shortName() + " object at "
                    + Abstract.address(task) + ">");
        }
    }
}
