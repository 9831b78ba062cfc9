package org.matcha.vm;

import org.matcha.bytecode.PyCode;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyCell;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFunction;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.objects.Abstract;

/**
 * The state of one running interpreter: builtins, sys.modules, the exception being handled, the
 * recursion depth, and the host. Python-to-Python calls run in {@link EvalLoop} without host
 * recursion; this class is the entry point for calls that start in Java.
 * CPython: Include/cpython/pystate.h (PyThreadState) and Python/ceval.c entry points.
 */
public final class Interpreter {
    private static Interpreter current;

    public final Host host;
    /** The file system Python code sees: the host's, plus the frozen stdlib as read-only files. */
    private final HostFileSystem fileSystem;

    public HostFileSystem fileSystem() {
        return fileSystem;
    }
    /** Descriptor I/O (standard streams plus the host's file system): os and _io go through it. */
    public final FileDescriptors fds;
    /** The builtins namespace: the builtins module's dict. */
    public PyDict builtins = new PyDict();
    public final PyDict modules = new PyDict();
    public PyModule builtinsModule;
    public PyModule sysModule;
    /** sys.exc_info()[1]: the exception being handled, or None. */
    public PyObject excInfo = PyNone.NONE;
    /** _imp.acquire_lock() nesting (CPython: the import lock). */
    public int importLockDepth;
    /** Python frames plus recursive Java entries, checked against the limit. */
    int depth;
    public int recursionLimit = 1000;
    /** The innermost running frame. */
    Frame currentFrame;
    /** Eval loops running now (nested through Java), and the host's limit on them. */
    private int evalLoops;
    /**
     * Native (Java, and in the browser Wasm) recursion in use, in units: one per enterRecursive,
     * EVAL_LOOP_UNITS per nested eval loop; and the level at which the host last said its stack
     * was not low (see nativeStackDeeper).
     */
    private int nativeStack;
    private int stackProbedAt;
    /** A nested eval loop holds about three times the stack of one level of repr or compare. */
    static final int EVAL_LOOP_UNITS = 3;
    static final int STACK_PROBE_STEP = 16;
    private final int maxEvalLoops;
    /** The exception an instruction raised, from EvalLoop.dispatch to run(). */
    PyBaseException raisedInLoop;
    /** Set from another context (the Stop button) to raise KeyboardInterrupt at the next backward jump. */
    public volatile boolean interruptRequested;
    /**
     * A host's own interrupt signal, polled every {@link #POLL_INTERVAL} backward jumps when set:
     * the browser worker reads a SharedArrayBuffer (Pyodide: setInterruptBuffer).
     */
    public java.util.function.BooleanSupplier interruptPoll;
    private int pollCountdown;
    private static final int POLL_INTERVAL = 1000;

    /** Whether the host's poll asks for an interrupt now (called at backward jumps). */
    boolean pollInterrupt() {
        if (interruptPoll == null || --pollCountdown > 0) {
            return false;
        }
        pollCountdown = POLL_INTERVAL;
        return interruptPoll.getAsBoolean();
    }
    public final Imports imports;
    /** Every weak reference made, by referent (see PyWeakRef). */
    public final java.util.IdentityHashMap<PyObject, java.util.ArrayList<PyObject>> weakrefs =
            new java.util.IdentityHashMap<>();
    /** Per-interpreter state of native modules, by module name (see {@link #moduleState}). */
    private final java.util.HashMap<String, Object> moduleStates = new java.util.HashMap<>();

    /** The state object a native module keeps for this interpreter, made on first use. */
    @SuppressWarnings("unchecked")
    public <T> T moduleState(String module, java.util.function.Supplier<T> make) {
        return (T) moduleStates.computeIfAbsent(module, k -> make.get());
    }

    /** Functions registered with atexit.register. */
    public final java.util.ArrayList<org.matcha.modules.AtexitModule.Callback> atexitCallbacks =
            new java.util.ArrayList<>();
    /** Hooks and settings kept by the sys module. */
    public final SysHooks sysHooks = new SysHooks();

    /** State behind sys.settrace, sys.set_asyncgen_hooks, sys.addaudithook and friends. */
    public static final class SysHooks {
        public PyObject trace = PyNone.NONE;
        public PyObject profile = PyNone.NONE;
        public PyObject asyncgenFirstiter = PyNone.NONE;
        public PyObject asyncgenFinalizer = PyNone.NONE;
        public final java.util.ArrayList<PyObject> auditHooks = new java.util.ArrayList<>();
        public double switchInterval = 0.005;
        public int coroutineOriginTrackingDepth;
    }

    public Interpreter(Host host) {
        this.host = host;
        this.maxEvalLoops = host.maxNestedEvalLoops();
        this.fds = new FileDescriptors(host);
        Runtime.initTypes();
        current = this;
        this.imports = new Imports(this);
        this.fileSystem = new StdlibFiles(host, imports);
        fds.useFileSystem(fileSystem);
        for (FrozenBundle b : FrozenBundle.defaults()) {
            b.installInto(imports);
        }
        Builtins.install(this);
    }

    public static Interpreter current() {
        return current;
    }

    public static void makeCurrent(Interpreter i) {
        current = i;
    }

    void builtinsDictIsModule(PyModule m) {
        builtins = m.dict;
    }

    // ---- calls from Java ----

    public PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        Frame f = newFrame(fn, args, 0, args.length, kwnames);
        if (fn.code.isGeneratorLike()) {
            PyGenerator g = new PyGenerator(f, fn.name, fn.qualname);
            Frame caller = currentFrame;
            if (caller != null) {
                g.creatorCode = caller.code;
                g.creatorIp = caller.ip;
            }
            return g;
        }
        return run(f, null);
    }

    Frame newFrame(PyFunction fn, PyObject[] args, int from, int n, String[] kwnames) {
        PyCode code = fn.code;
        Frame f = code.spareFrame == null ? null : Frame.reuse(this, code, fn.globals, fn.builtins);
        if (f == null) {
            f = new Frame(code, fn.globals, fn.builtins, null, fn.closure);
        }
        ArgBinder.bind(fn, f.fast, args, from, n, kwnames);
        f.initCellsFromArgs();
        return f;
    }

    /**
     * globals['__builtins__'] (a module stands for its dict), else this interpreter's builtins.
     * CPython: _PyEval_BuiltinsFromGlobals.
     */
    public PyObject builtinsFor(PyDict globals) {
        PyObject b = globals.getItem("__builtins__");
        if (b == null) {
            return builtins;
        }
        return b instanceof PyModule m ? m.dict : b;
    }

    /** Runs a frame to completion (or its first yield) in a nested eval loop. */
    PyObject run(Frame f, PyBaseException pending) {
        // the host's native stack bounds the nesting (Host.maxNestedEvalLoops, Host.nativeStackLow);
        // CPython's C recursion check plays this part (Py_EnterRecursiveCall)
        if (evalLoops >= maxEvalLoops || !nativeStackDeeper(EVAL_LOOP_UNITS)) {
            throw Errors.recursion("maximum recursion depth exceeded while calling a Python object");
        }
        Frame saved = currentFrame;
        f.back = saved;
        try {
            enterFrame();
        } catch (RuntimeException e) {
            nativeStackShallower(EVAL_LOOP_UNITS);
            throw e;
        }
        evalLoops++;
        try {
            return EvalLoop.run(this, f, pending);
        } finally {
            evalLoops--;
            nativeStackShallower(EVAL_LOOP_UNITS);
            currentFrame = saved;
        }
    }

    /**
     * Adds units of native recursion; false (and nothing added) when the host says its stack is
     * low. The host is asked only when the depth is STACK_PROBE_STEP units past the level of its
     * last answer, and that level drops back only once the depth has unwound STACK_PROBE_STEP
     * below it, so code going up and down at one depth does not ask again and again. Between two
     * questions the stack grows by at most 2 * STACK_PROBE_STEP units beyond what the host last
     * measured, which the host's reserve must cover. The first question comes at STACK_PROBE_STEP
     * units: shallower nesting is assumed to fit whatever stack the host calls in from (the
     * browser's probe costs tens of microseconds, too much for every call from JS into Python).
     */
    private boolean nativeStackDeeper(int units) {
        int level = nativeStack + units;
        if (level >= stackProbedAt + STACK_PROBE_STEP) {
            if (host.nativeStackLow()) {
                return false;
            }
            stackProbedAt = level;
        }
        nativeStack = level;
        return true;
    }

    private void nativeStackShallower(int units) {
        nativeStack -= units;
        if (nativeStack < stackProbedAt - STACK_PROBE_STEP) {
            // the frames of the last answer are gone; those up to here were there when it was given
            stackProbedAt = nativeStack + STACK_PROBE_STEP;
        }
    }

    /** Python frames plus recursive Java entries now (CPython: the thread state's recursion depth). */
    public int recursionDepth() {
        return depth;
    }

    /**
     * For deep Java recursion that keeps its own count (the parser, the compiler): whether the
     * host's native stack is low now. Asks the host every time; call it every few levels.
     */
    public static boolean nativeStackLowNow() {
        Interpreter i = current;
        return i != null && i.host.nativeStackLow();
    }

    void enterFrame() {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.recursion("maximum recursion depth exceeded");
        }
    }

    /** Runs module or class-body code with a namespace. */
    public PyObject runCode(PyCode code, PyDict globals, PyObject locals) {
        Frame f = new Frame(code, globals, builtinsFor(globals), locals, null);
        if ((code.flags & PyCode.CO_COROUTINE) != 0) {
            // module code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT: running it makes a coroutine
            // (CPython: _PyEval_Vector makes a generator-like object for CO_COROUTINE code)
            return new PyGenerator(f, PyStr.of(code.name), PyStr.of(code.qualname));
        }
        return run(f, null);
    }

    /** Runs code with a closure (class bodies that define __class__ or refer to outer names). */
    public PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyCell[] closure) {
        Frame f = new Frame(code, globals, builtinsFor(globals), locals, closure);
        return run(f, null);
    }

    PyObject resumeGenerator(PyGenerator gen, PyObject value, PyBaseException exc) {
        Frame gf = gen.frame;
        if (gen.started && exc == null && !gf.resumeWithoutPush) {
            gf.stack[gf.sp++] = value;
        }
        gf.resumeWithoutPush = false;
        gen.started = true;
        gen.running = true;
        gf.callerExcInfo = excInfo;
        excInfo = gen.excInfoOnResume(excInfo);
        gf.yielded = false;
        PyObject r;
        try {
            r = run(gf, exc);
        } catch (PyException e) {
            gen.running = false;
            throw e;
        }
        gen.running = false;
        if (gf.yielded) {
            gf.back = null; // a suspended frame has no caller (f_back is None)
            return r;
        }
        gen.returnValue = r;
        return null;
    }

    // ---- helpers for builtins ----

    public PyObject currentGlobalsName() {
        Frame f = currentFrame;
        return f == null ? null : f.globals.getItem("__name__");
    }

    /** The innermost frame, handed to Java code that may give it to Python: it can no longer be recycled. */
    public Frame currentFrame() {
        if (currentFrame != null) {
            currentFrame.escaped = true;
        }
        return currentFrame;
    }

    /** super() without arguments: the __class__ cell and the first argument of the calling frame. */
    public PyObject[] zeroArgSuper() {
        Frame f = currentFrame;
        if (f == null) {
            throw Errors.runtimeError("super(): no current frame");
        }
        PyCode co = f.code;
        if (co.argcount == 0 && (co.flags & PyCode.CO_VARARGS) == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        PyObject first = f.fast[0];
        if (first == null && co.cell2arg != null) {
            for (int i = 0; i < co.cell2arg.length; i++) {
                if (co.cell2arg[i] == 0) {
                    first = f.cells[i].value;
                }
            }
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        for (int i = 0; i < co.freevars.length; i++) {
            if (co.freevars[i].equals("__class__")) {
                PyObject cls = f.cells[co.cellvars.length + i].value;
                if (cls == null) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw Errors.runtimeError("super(): __class__ is not a type (" + cls.type().name + ")");
                }
                return new PyObject[] {cls, first};
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }

    /** The exception instance for raise X / raise X(...) / gen.throw(...). CPython: do_raise. */
    public static PyBaseException makeException(PyObject typ, PyObject val) {
        if (typ instanceof PyType t) {
            if (!t.isSubtype(PyBaseException.TYPE)) {
                throw Errors.typeError("exceptions must derive from BaseException");
            }
            PyObject inst;
            if (val == null || val == PyNone.NONE) {
                inst = Abstract.call(t);
            } else if (val instanceof PyBaseException be && be.type().isSubtype(t)) {
                inst = be;
            } else if (val instanceof PyTuple tu) {
                inst = Abstract.call(t, tu.items);
            } else {
                inst = Abstract.call(t, val);
            }
            if (!(inst instanceof PyBaseException e)) {
                throw Errors.typeError("calling " + Abstract.reprString(t)
                        + " should have returned an instance of BaseException, not " + inst.type().name);
            }
            return e;
        }
        if (typ instanceof PyBaseException e) {
            if (val != null && val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    public static PyObject stopIterationValue(PyBaseException e) {
        if (e.args.items.length > 0) {
            return e.args.items[0];
        }
        return PyNone.NONE;
    }

    /** Raises KeyboardInterrupt when a stop was requested (long loops inside builtins call this). */
    public static void checkInterrupt() {
        Interpreter i = current;
        if (i != null && i.interruptRequested) {
            i.interruptRequested = false;
            if (i.currentFrame != null) {
                i.currentFrame.escaped = true;
            }
            org.matcha.modules.SignalModule.deliverSigint(i.currentFrame);
        }
    }

    // ---- recursion guard for Java paths that call back into Python (CPython: Py_EnterRecursiveCall) ----

    public static void enterRecursive(String where) {
        Interpreter i = current;
        if (i != null) {
            if (++i.depth > i.recursionLimit + 50 || !i.nativeStackDeeper(1)) {
                i.depth--;
                throw Errors.recursion("maximum recursion depth exceeded" + where);
            }
        }
    }

    public static void leaveRecursive() {
        Interpreter i = current;
        if (i != null) {
            i.depth--;
            i.nativeStackShallower(1);
        }
    }

    public static boolean isException(PyObject o, PyType t) {
        return o instanceof PyBaseException e && e.type().isSubtype(t);
    }

    static PyBaseException stopIterationToRuntime(PyBaseException exc, String kind) {
        if (exc.type().isSubtype(ExceptionTypes.StopIteration)) {
            PyBaseException r = PyBaseException.create(ExceptionTypes.RuntimeError,
                    org.matcha.objects.PyStr.of(kind + " raised StopIteration"));
            r.cause = exc;
            r.context = exc;
            return r;
        }
        return exc;
    }
}
