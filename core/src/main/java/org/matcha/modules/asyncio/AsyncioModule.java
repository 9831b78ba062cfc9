package org.matcha.modules.asyncio;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/**
 * The _asyncio module: the accelerated Future and Task that asyncio.futures and asyncio.tasks
 * use in place of their Python classes, the running-loop functions asyncio.events takes, and the
 * task registry (_all_tasks, _current_tasks). Python helpers (reprs, exceptions, stacks) are
 * imported on first use. Matcha has one thread, so the running loop is per interpreter.
 * CPython: Modules/_asynciomodule.c.
 */
@PyModuleDef(name = "_asyncio")
public final class AsyncioModule {
    private AsyncioModule() {}

    /** Per-interpreter state: CPython's module globals. */
    static final class State {
        PyObject runningLoop;
        PyDict currentTasks;
        PyObject allTasks;
        long taskCounter;
        final PyDict helpers = new PyDict();
    }

    static State state() {
        return Interpreter.current().moduleState("_asyncio", State::new);
    }

    public static void init(PyModule m) {
        m.add("Future", Future.TYPE);
        m.add("Task", Task.TYPE);
        State s = state();
        s.currentTasks = new PyDict();
        s.allTasks = Abstract.call(helper("weakref", "WeakSet"));
        m.add("_current_tasks", s.currentTasks);
        m.add("_all_tasks", s.allTasks);
    }

    /** module.attr, imported once per interpreter. */
    static PyObject helper(String module, String attr) {
        State s = state();
        String key = module + ":" + attr;
        PyObject v = s.helpers.getItem(key);
        if (v == null) {
            PyObject mod = Interpreter.current().imports.importAbsolute(module);
            v = Abstract.getAttr(mod, attr);
            s.helpers.setItem(key, v);
        }
        return v;
    }

    static PyObject cancelledErrorType() {
        return helper("asyncio.exceptions", "CancelledError");
    }

    static PyObject invalidStateErrorType() {
        return helper("asyncio.exceptions", "InvalidStateError");
    }

    /** CPython: is_coroutine (exact coroutines fast, else asyncio.coroutines.iscoroutine). */
    static boolean isCoroutine(PyObject coro) {
        if (coro instanceof org.matcha.vm.PyGenerator g && g.isCoroutine()) {
            return true;
        }
        return Abstract.isTrue(Abstract.call(helper("asyncio.coroutines", "iscoroutine"), coro));
    }

    static long nextTaskNumber() {
        return ++state().taskCounter;
    }

    /** A future's loop: get_loop() when it has one, else _loop. CPython: get_future_loop. */
    static PyObject futureLoop(PyObject fut) {
        if (fut instanceof Future f && (f.type() == Future.TYPE || f.type() == Task.TYPE)) {
            return Future.alive(f).loop;
        }
        PyObject getLoop = Abstract.lookupAttrOrNull(fut, "get_loop");
        if (getLoop != null) {
            return Abstract.call(getLoop);
        }
        return Abstract.getAttr(fut, "_loop");
    }

    // ---- the running loop ----

    @PyMethod
    public static PyObject _get_running_loop() {
        PyObject loop = state().runningLoop;
        return loop == null ? PyNone.NONE : loop;
    }

    @PyMethod
    public static PyObject _set_running_loop(PyObject loop) {
        state().runningLoop = loop == PyNone.NONE ? null : loop;
        return PyNone.NONE;
    }

    @PyMethod
    public static PyObject get_running_loop() {
        PyObject loop = state().runningLoop;
        if (loop == null) {
            throw Errors.runtimeError("no running event loop");
        }
        return loop;
    }

    /** CPython: get_event_loop (the running loop, else the policy's loop). */
    static PyObject getEventLoop() {
        PyObject loop = state().runningLoop;
        if (loop != null) {
            return loop;
        }
        PyObject policy = Abstract.call(helper("asyncio.events", "get_event_loop_policy"));
        return Abstract.call(Abstract.getAttr(policy, "get_event_loop"));
    }

    @PyMethod
    public static PyObject get_event_loop() {
        return getEventLoop();
    }

    @PyMethod(sig = "(stacklevel=3)")
    public static PyObject _get_event_loop(PyObject stacklevel) {
        return getEventLoop();
    }

    // ---- the task registry ----

    static void registerTask(PyObject task) {
        Abstract.call(Abstract.getAttr(state().allTasks, "add"), task);
    }

    @PyMethod
    public static PyObject _register_task(PyObject task) {
        registerTask(task);
        return PyNone.NONE;
    }

    @PyMethod
    public static PyObject _unregister_task(PyObject task) {
        Abstract.call(Abstract.getAttr(state().allTasks, "discard"), task);
        return PyNone.NONE;
    }

    /** CPython: enter_task. */
    static void enterTask(PyObject loop, PyObject task) {
        PyDict current = state().currentTasks;
        PyObject running = current.getItem(loop);
        if (running != null) {
            throw Errors.runtimeError("Cannot enter into task " + Abstract.reprString(task)
                    + " while another task " + Abstract.reprString(running) + " is being executed.");
        }
        current.setItem(loop, task);
    }

    /** CPython: leave_task. */
    static void leaveTask(PyObject loop, PyObject task) {
        PyDict current = state().currentTasks;
        PyObject running = current.getItem(loop);
        if (running != task) {
            throw Errors.runtimeError("Leaving task " + Abstract.reprString(task) + " does not match the current task "
                    + Abstract.reprString(running == null ? PyNone.NONE : running) + ".");
        }
        current.removeItem(loop);
    }

    @PyMethod
    public static PyObject _enter_task(PyObject loop, PyObject task) {
        enterTask(loop, task);
        return PyNone.NONE;
    }

    @PyMethod
    public static PyObject _leave_task(PyObject loop, PyObject task) {
        leaveTask(loop, task);
        return PyNone.NONE;
    }
}
