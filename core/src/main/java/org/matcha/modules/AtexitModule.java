package org.matcha.modules;

import java.util.ArrayList;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/**
 * The atexit module: functions run, last registered first, when the program ends (after the main
 * module finishes or raises, before the streams are flushed). CPython: Modules/atexitmodule.c.
 */
@PyModuleDef(name = "atexit")
public final class AtexitModule {
    private AtexitModule() {}

    /** One registered call: function, positional arguments, keyword arguments (or null). */
    public record Callback(PyObject function, PyObject[] args, PyDict kwargs) {}

    private static ArrayList<Callback> callbacks() {
        return Interpreter.current().atexitCallbacks;
    }

    @PyMethod(sig = "(func, /, *args, **kwargs)")
    public static PyObject register(PyObject func, PyObject[] args, PyDict kwargs) {
        if (!Abstract.isCallable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        callbacks().add(new Callback(func, args.clone(), kwargs));
        return func;
    }

    /** Removes every registration of func (compared with ==). CPython: atexit_unregister. */
    @PyMethod(sig = "(func, /)")
    public static void unregister(PyObject func) {
        ArrayList<Callback> list = callbacks();
        for (int i = list.size() - 1; i >= 0; i--) {
            if (Abstract.isTrue(Abstract.richCompare(list.get(i).function, func, "=="))) {
                list.remove(i);
            }
        }
    }

    @PyMethod
    public static void _clear() {
        callbacks().clear();
    }

    @PyMethod
    public static long _ncallbacks() {
        return callbacks().size();
    }

    @PyMethod
    public static void _run_exitfuncs() {
        runExitFuncs(Interpreter.current());
    }

    /**
     * Runs and clears the callbacks, newest first; an exception is reported through
     * sys.unraisablehook and the others still run. CPython: atexit_callfuncs.
     */
    public static void runExitFuncs(Interpreter interp) {
        ArrayList<Callback> list = interp.atexitCallbacks;
        while (!list.isEmpty()) {
            Callback cb = list.remove(list.size() - 1);
            try {
                Abstract.callWithKwargs(cb.function, cb.args, cb.kwargs);
            } catch (PyException e) {
                reportUnraisable(interp, e.value, "Exception ignored in atexit callback", cb.function);
            }
        }
    }

    /** sys.unraisablehook(UnraisableHookArgs). CPython: PyErr_WriteUnraisable / _PyErr_WriteUnraisableMsg. */
    public static void reportUnraisable(Interpreter interp, PyBaseException exc, String message, PyObject object) {
        // CPython: _PyErr_WriteUnraisableMsg gives an exception without a traceback the current frame
        if (exc.traceback == null || exc.traceback == PyNone.NONE) {
            org.matcha.vm.Frame frame = interp.currentFrame();
            if (frame != null) {
                exc.traceback = new org.matcha.vm.PyTraceback(frame, Math.max(0, frame.ip - 1), null);
            }
        }
        PyDict attrs = new PyDict();
        attrs.setItem("exc_type", exc.type());
        attrs.setItem("exc_value", exc);
        attrs.setItem("exc_traceback", exc.traceback);
        attrs.setItem("err_msg", message == null ? PyNone.NONE : PyStr.of(message));
        attrs.setItem("object", object);
        PyObject hook = interp.sysModule.dict.getItem("unraisablehook");
        try {
            Abstract.call(hook != null ? hook : interp.sysModule.dict.getItem("__unraisablehook__"),
                    PyNamespace.of(attrs));
        } catch (PyException e) {
            interp.host.writeStderr(org.matcha.vm.TracebackPrinter.format(e.value));
        }
    }
}
