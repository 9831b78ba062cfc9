package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/**
 * The gc module. Memory in Matcha is reclaimed by the host's garbage collector (the JVM's, or the
 * browser's for Wasm GC), which finds cycles by itself and offers no object graph to Python: the
 * settings here are kept and reported as CPython does, collect() finds nothing to report, and the
 * functions that would need the object graph (get_objects, get_referrers, get_referents) raise
 * NotImplementedError. CPython: Modules/gcmodule.c.
 */
@PyModuleDef(name = "gc")
public final class GcModule {
    private GcModule() {}

    /** The settings of one interpreter's gc module. */
    static final class State {
        boolean enabled = true;
        final long[] thresholds = {700, 10, 10};
        long debug;
    }

    private static State state() {
        return org.matcha.vm.Interpreter.current().moduleState("gc", State::new);
    }

    public static void init(PyModule m) {
        m.add("garbage", new PyList());
        m.add("callbacks", new PyList());
        m.add("DEBUG_STATS", PyInt.of(1));
        m.add("DEBUG_COLLECTABLE", PyInt.of(2));
        m.add("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.add("DEBUG_SAVEALL", PyInt.of(32));
        m.add("DEBUG_LEAK", PyInt.of(38));
    }

    @PyMethod
    public static void enable() {
        state().enabled = true;
    }

    @PyMethod
    public static void disable() {
        state().enabled = false;
    }

    @PyMethod
    public static boolean isenabled() {
        return state().enabled;
    }

    /** Runs the callbacks in gc.callbacks as CPython does around a collection; returns 0 found. */
    @PyMethod(sig = "(generation=2)")
    public static long collect(int generation) {
        if (generation < 0 || generation > 2) {
            throw Errors.valueError("invalid generation");
        }
        PyObject callbacks = org.matcha.vm.Interpreter.current().modules.getItem("gc") instanceof PyModule gc
                ? gc.dict.getItem("callbacks") : null;
        PyDict info = new PyDict();
        info.setItem("generation", PyInt.of(generation));
        info.setItem("collected", PyInt.of(0));
        info.setItem("uncollectable", PyInt.of(0));
        for (String phase : new String[] {"start", "stop"}) {
            if (callbacks instanceof PyList list) {
                for (PyObject cb : Abstract.toArray(list)) {
                    Abstract.call(cb, PyStr.of(phase), info);
                }
            }
        }
        return 0;
    }

    @PyMethod
    public static PyObject get_count() {
        return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
    }

    @PyMethod
    public static PyObject get_threshold() {
        return PyTuple.of(PyInt.of(state().thresholds[0]), PyInt.of(state().thresholds[1]), PyInt.of(state().thresholds[2]));
    }

    @PyMethod(sig = "(threshold0, threshold1=NULL, threshold2=NULL, /)")
    public static void set_threshold(long t0, PyObject t1, PyObject t2) {
        long[] thresholds = state().thresholds;
        thresholds[0] = t0;
        if (t1 != null) {
            thresholds[1] = Abstract.index(t1).longValue();
        }
        if (t2 != null) {
            thresholds[2] = Abstract.index(t2).longValue();
        }
    }

    @PyMethod
    public static long get_debug() {
        return state().debug;
    }

    @PyMethod
    public static void set_debug(long flags) {
        state().debug = flags;
    }

    /** CPython tracks containers, not atoms such as numbers and strings. */
    @PyMethod
    public static boolean is_tracked(PyObject obj) {
        return !(obj instanceof PyInt || obj instanceof PyFloat || obj instanceof PyStr || obj instanceof PyBytes
                || obj == PyNone.NONE || obj instanceof PyComplex || obj instanceof PyBool);
    }

    @PyMethod
    public static boolean is_finalized(PyObject obj) {
        return false;
    }

    @PyMethod
    public static PyObject get_stats() {
        PyObject[] gens = new PyObject[3];
        for (int i = 0; i < 3; i++) {
            PyDict d = new PyDict();
            d.setItem("collections", PyInt.of(0));
            d.setItem("collected", PyInt.of(0));
            d.setItem("uncollectable", PyInt.of(0));
            gens[i] = d;
        }
        return PyList.of(gens);
    }

    @PyMethod
    public static void freeze() {
    }

    @PyMethod
    public static void unfreeze() {
    }

    @PyMethod
    public static long get_freeze_count() {
        return 0;
    }

    @PyMethod(sig = "(generation=None)")
    public static PyObject get_objects(PyObject generation) {
        throw Errors.notImplemented("gc.get_objects(): the host garbage collector does not expose its objects");
    }

    @PyMethod(sig = "(*objs)")
    public static PyObject get_referrers(PyObject[] objs) {
        throw Errors.notImplemented("gc.get_referrers(): the host garbage collector does not expose references");
    }

    @PyMethod(sig = "(*objs)")
    public static PyObject get_referents(PyObject[] objs) {
        throw Errors.notImplemented("gc.get_referents(): the host garbage collector does not expose references");
    }
}
