package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Errors;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.PyCell;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFunction;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/**
 * One activation of a code object, and the Python {@code frame} object. The eval loop keeps ip
 * and sp in Java locals and writes them back here when it switches frames, so calls, returns and
 * generator resumption never recurse on the host stack. CPython: Include/internal/pycore_frame.h.
 */
@PyClass(name = "frame")
public final class Frame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    public final PyCode code;
    public final PyDict globals;
    /** Usually a dict; any mapping from globals['__builtins__'] (CPython's slow paths then use __getitem__). */
    public final PyObject builtins;
    /** The namespace of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
    public PyObject locals;
    public final PyObject[] fast;
    public final PyCell[] cells;
    public final PyObject[] stack;
    public int sp;
    /** The next instruction to execute. */
    public int ip;
    /** The caller while this frame runs; null otherwise. */
    public Frame back;
    /** The generator, coroutine or async generator that owns this frame, if any. */
    public PyGenerator generator;
    /** For a frame made by a class call: the new instance, which replaces __init__'s None result. */
    public PyObject initSelf;
    /** How the caller resumed this frame: the opcode (FOR_ITER, SEND) and its jump target. */
    int resumeOp = -1;
    int resumeTarget;
    /** The next resumption must not push the sent value (it is already on the stack). */
    boolean resumeWithoutPush;
    /** Set by YIELD_VALUE when the frame stops by yielding rather than returning. */
    boolean yielded;
    /** The dict locals() returns for this (optimised) frame, kept between calls as CPython does. */
    PyDict localsSnapshot;
    /** The exception being handled in the caller when this generator frame was resumed. */
    PyObject callerExcInfo;
    /**
     * Set once the frame object may be seen from Python or kept past its return (a traceback entry,
     * sys._getframe, f_back, a signal handler): such a frame is never recycled.
     */
    boolean escaped;
    /** The interpreter that parked this finished frame as its code object's spare (see {@link #reuse}). */
    Interpreter spareOwner;
    /** The next parked frame of the same code (a LIFO list, so recursive calls reuse frames too). */
    private Frame nextSpare;
    /** How many parked frames lie under this one in its code's list. */
    private int spareDepth;
    /** The most frames a code object keeps parked: enough for the recursion of typical programs. */
    private static final int MAX_SPARES = 32;

    public Frame(PyCode code, PyDict globals, PyObject builtins, PyObject locals, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.fast = new PyObject[code.varnames.length];
        int ncells = code.cellvars.length;
        int nfree = code.freevars.length;
        if (ncells + nfree == 0) {
            this.cells = null;
        } else {
            this.cells = new PyCell[ncells + nfree];
            for (int i = 0; i < ncells; i++) {
                cells[i] = new PyCell(null);
            }
            for (int i = 0; i < nfree; i++) {
                cells[ncells + i] = closure[i];
            }
        }
        this.stack = new PyObject[code.stacksize];
        if (VmProfile.ENABLED) {
            VmProfile.called(code);
        }
    }

    /**
     * Frame reuse: a function frame that returned normally and never escaped is parked on its code
     * object's list of spares (at most {@link #MAX_SPARES}) and handed to the next call of the same
     * code with the same globals, so a call allocates nothing but its arguments. Only frames without cells qualify (cells are new
     * per call). CPython reaches the same end with its per-thread frame stack (_PyFrame_Push).
     */
    void park(Interpreter interp, int sp) {
        java.util.Arrays.fill(fast, null);
        for (int i = 0; i < sp; i++) {
            stack[i] = null;
        }
        initSelf = null;
        back = null;
        callerExcInfo = null;
        Frame top = code.spareFrame instanceof Frame f ? f : null;
        int depth = top == null ? 0 : top.spareDepth + 1;
        if (depth >= MAX_SPARES) {
            return;
        }
        spareOwner = interp;
        nextSpare = top;
        spareDepth = depth;
        code.spareFrame = this;
    }

    /** The code object's parked frame, taken for a new call, or null when none fits. */
    static Frame reuse(Interpreter interp, PyCode code, PyDict globals, PyObject builtins) {
        if (code.spareFrame instanceof Frame f && f.spareOwner == interp && f.globals == globals
                && f.builtins == builtins) {
            code.spareFrame = f.nextSpare;
            f.nextSpare = null;
            f.spareOwner = null;
            f.sp = 0;
            f.ip = 0;
            f.resumeOp = -1;
            f.resumeWithoutPush = false;
            f.yielded = false;
            if (VmProfile.ENABLED) {
                VmProfile.called(code);
            }
            return f;
        }
        return null;
    }

    /** After arguments are bound: cells that are also parameters take the argument's value. */
    void initCellsFromArgs() {
        int[] c2a = code.cell2arg;
        if (c2a == null) {
            return;
        }
        for (int i = 0; i < c2a.length; i++) {
            if (c2a[i] >= 0) {
                cells[i].value = fast[c2a[i]];
            }
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The line being executed; a generator that has not started is at its def line, as in CPython. */
    public int lineno() {
        if (ip == 0 && code.isGeneratorLike()) {
            return code.firstlineno;
        }
        return code.lineOf(Math.max(0, ip - 1));
    }

    @PyGetter
    public int f_lineno() {
        return lineno();
    }

    @PyGetter
    public PyObject f_code() {
        return code;
    }

    @PyGetter
    public PyObject f_globals() {
        return globals;
    }

    @PyGetter
    public PyObject f_builtins() {
        return builtins;
    }

    @PyGetter
    public PyObject f_back() {
        if (back == null) {
            return PyNone.NONE;
        }
        back.escaped = true;
        return back;
    }

    @PyGetter
    public PyObject f_lasti() {
        return PyInt.of(Math.max(0, ip - 1) * 2L);
    }

    @PyGetter
    public PyObject f_locals() {
        return Locals.snapshot(this);
    }

    /**
     * CPython: frame_clear. Drops the local variables of a frame that has finished (traceback.clear_frames
     * calls it for every frame of a traceback); a suspended generator's frame closes the generator first.
     */
    @PyMethod
    public void clear() {
        for (Frame f = Interpreter.current().currentFrame(); f != null; f = f.back) {
            if (f == this) {
                throw Errors.runtimeError("cannot clear an executing frame");
            }
        }
        if (generator != null) {
            if (generator.running) {
                throw Errors.runtimeError("cannot clear an executing frame");
            }
            generator.close();
        }
        java.util.Arrays.fill(fast, null);
        java.util.Arrays.fill(stack, null);
        localsSnapshot = null;
    }
}
