package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.bytecode.Opcode;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyException;
import org.matcha.objects.PyGeneratorLike;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/**
 * Generators, coroutines and async generators: a suspended {@link Frame}. Resumption from the
 * eval loop (for loops, yield from, await) happens inside the loop; send/throw/close called from
 * Java run a nested loop. CPython: Objects/genobject.c.
 */
@PyClass(name = "generator")
public class PyGenerator extends PyObject implements PyGeneratorLike {
    public static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT);
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", PyType.OBJECT);
    public static final PyType ASYNC_GENERATOR_TYPE = PyType.builtin("async_generator", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        COROUTINE_TYPE.subclassable = false;
        ASYNC_GENERATOR_TYPE.subclassable = false;
        // CPython: gen_set_name, gen_set_qualname
        TYPE.addGetSet("__name__", g -> ((PyGenerator) g).name, (g, v) -> {
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("__name__ must be set to a string object");
            }
            ((PyGenerator) g).name = v;
        });
        TYPE.addGetSet("__qualname__", g -> ((PyGenerator) g).qualname, (g, v) -> {
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("__qualname__ must be set to a string object");
            }
            ((PyGenerator) g).qualname = v;
        });
    }

    public final Frame frame;
    final PyType kind;
    boolean started;
    /** Where it was made: the calling frame's code and the instruction after the call. */
    PyCode creatorCode;
    int creatorIp;
    /** Held only by a for loop's value stack (see {@link #claimIfFreshFrom}). */
    boolean ownedByLoop;
    boolean running;
    boolean finished;
    /** The exception being handled inside the generator while it is suspended. */
    PyObject savedExcInfo = PyNone.NONE;
    PyObject name;
    PyObject qualname;

    /**
     * The exception sys.exc_info() sees when the generator resumes: its own handled exception, or,
     * when it handles none, the resumer's (CPython walks exc_info->previous_item the same way).
     */
    PyObject excInfoOnResume(PyObject callerExcInfo) {
        return savedExcInfo == PyNone.NONE ? callerExcInfo : savedExcInfo;
    }

    /** What to keep at a yield: the generator's own handled exception, not one it inherited. */
    PyObject ownExcInfo(PyObject current) {
        return current == frame.callerExcInfo ? PyNone.NONE : current;
    }

    PyGenerator(Frame frame, PyObject name, PyObject qualname) {
        this.frame = frame;
        int flags = frame.code.flags;
        this.kind = (flags & PyCode.CO_COROUTINE) != 0 ? COROUTINE_TYPE
                : (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? ASYNC_GENERATOR_TYPE : TYPE;
        this.name = name;
        this.qualname = qualname;
        frame.generator = this;
    }

    @Override
    public PyType type() {
        return kind;
    }

    public boolean isCoroutine() {
        return kind == COROUTINE_TYPE;
    }

    String kindName() {
        return kind == COROUTINE_TYPE ? "coroutine" : kind == ASYNC_GENERATOR_TYPE ? "async generator" : "generator";
    }

    /** The iterator this generator is delegating to with yield from / await, or null. CPython: _PyGen_yf. */
    PyObject yieldingFrom() {
        if (!started || finished || frame.ip < 2) {
            return null;
        }
        int prev = frame.code.code[frame.ip - 2] & 0xFF;
        int cur = frame.code.code[frame.ip - 1] & 0xFF;
        if (cur == Opcode.YIELD_VALUE && prev == Opcode.SEND) {
            return frame.stack[frame.sp - 1];
        }
        return null;
    }

    /**
     * Resumes with a value (or an exception to raise at the yield point) from Java. Returns the next
     * yielded value, or null when the generator returned; {@link #returnValue} then holds the result.
     */
    PyObject resume(PyObject value, PyBaseException exc) {
        if (running) {
            throw Errors.valueError(kindName() + " already executing");
        }
        if (finished) {
            if (exc != null) {
                throw new PyException(exc);
            }
            if (kind == COROUTINE_TYPE) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            returnValue = PyNone.NONE;
            return null;
        }
        if (!started && exc != null) {
            // nothing has run yet: the exception is raised at the start, outside any try block
            finished = true;
            throw new PyException(exc);
        }
        if (!started && value != PyNone.NONE && exc == null) {
            throw Errors.typeError("can't send non-None value to a just-started " + kindName());
        }
        Interpreter interp = Interpreter.current();
        return interp.resumeGenerator(this, value, exc);
    }

    PyObject returnValue;

    @Override
    public PyObject nextOrNull() {
        return resume(PyNone.NONE, null);
    }

    /** send(value): the next yielded value, or StopIteration carrying the return value. */
    @PyMethod
    public PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) {
            throw stopWith(returnValue);
        }
        return r;
    }

    static PyException stopWith(PyObject value) {
        return Errors.stopIteration(value);
    }

    @PyMethod(name = "__next__")
    public PyObject next() {
        if (kind != TYPE) {
            throw Errors.attributeError("'" + kind.name + "' object has no attribute '__next__'");
        }
        return send(PyNone.NONE);
    }

    @PyMethod
    public PyObject __iter__() {
        return this;
    }

    /** throw(exc) / throw(type, value, tb). CPython: gen_throw, _gen_throw. */
    @PyMethod(name = "throw", sig = "(typ, val=NULL, tb=NULL, /)")
    public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException exc = Interpreter.makeException(typ, val);
        PyObject r = throwInto(exc);
        if (r == null) {
            throw stopWith(returnValue);
        }
        return r;
    }

    /** CPython: _gen_throw, including the delegation to a subiterator under yield from / await. */
    PyObject throwInto(PyBaseException exc) {
        PyObject yf = yieldingFrom();
        if (yf == null) {
            return resume(PyNone.NONE, exc);
        }
        if (exc.type().isSubtype(ExceptionTypes.GeneratorExit)) {
            running = true;
            try {
                closeIterator(yf);
            } catch (PyException e) {
                running = false;
                return resumeAfterDelegation(e.value);
            } finally {
                running = false;
            }
            return resume(PyNone.NONE, exc);
        }
        PyObject r;
        running = true;
        try {
            if (yf instanceof PyGenerator g) {
                running = false;
                r = g.throwIntoAndReport(exc);
                if (r == DONE) {
                    return finishDelegation(g.returnValue);
                }
                return r;
            }
            PyObject thrower = Abstract.lookupAttrOrNull(yf, "throw");
            if (thrower == null) {
                running = false;
                return resume(PyNone.NONE, exc);
            }
            r = Abstract.call(thrower, exc);
            return r;
        } catch (PyException e) {
            running = false;
            return resumeAfterDelegation(e.value);
        } finally {
            running = false;
        }
    }

    /** The subiterator raised: leave the SEND loop and continue with its result or exception. */
    private PyObject resumeAfterDelegation(PyBaseException e) {
        if (e.type().isSubtype(ExceptionTypes.StopIteration)) {
            return finishDelegation(Interpreter.stopIterationValue(e));
        }
        int sendIndex = frame.ip - 2;
        frame.sp--;
        frame.stack[frame.sp] = null;
        frame.ip = frame.code.code[sendIndex] >> 8;
        return resume(PyNone.NONE, e);
    }

    private static final PyObject DONE = PyNone.NONE;

    /** Like throwInto but reports "returned" as DONE instead of null. */
    private PyObject throwIntoAndReport(PyBaseException exc) {
        try {
            PyObject r = throwInto(exc);
            return r == null ? DONE : r;
        } catch (PyException e) {
            throw e;
        }
    }

    /** The delegate finished with a value: leave the SEND loop as if it had returned. */
    private PyObject finishDelegation(PyObject value) {
        int sendIndex = frame.ip - 2;
        frame.sp--;
        frame.ip = frame.code.code[sendIndex] >> 8;
        frame.stack[frame.sp++] = value;
        frame.resumeWithoutPush = true;
        return resume(PyNone.NONE, null);
    }

    private static void closeIterator(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject closer = Abstract.lookupAttrOrNull(yf, "close");
        if (closer != null) {
            Abstract.call(closer);
        }
    }

    /**
     * GET_ITER of a for statement over a call: a plain generator made by that very call (the caller's
     * code and position match, and it has not run) is referenced by nothing but the loop.
     */
    void claimIfFreshFrom(PyCode code, int ip) {
        if (creatorCode == code && creatorIp == ip && !started && !finished && kind == TYPE) {
            ownedByLoop = true;
        }
    }

    /** The loop let go of it: CPython's refcount would reach zero and finalize it (gen_dealloc). */
    void dropFromLoop() {
        ownedByLoop = false;
        __del__();
    }

    /** close(): raise GeneratorExit inside; it must not yield. CPython: gen_close. */
    @PyMethod
    public PyObject close() {
        if (finished || !started) {
            finished = true;
            return PyNone.NONE;
        }
        try {
            PyObject r = throwInto(PyBaseException.create(ExceptionTypes.GeneratorExit));
            if (r != null) {
                throw Errors.runtimeError(kindName() + " ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GeneratorExit) || e.matches(ExceptionTypes.StopIteration)) {
                return PyNone.NONE;
            }
            throw e;
        }
        return PyNone.NONE;
    }

    /**
     * CPython: _PyGen_Finalize, what the collector runs; a suspended generator is closed and an error
     * from close() is reported as unraisable. (Matcha has no finalizing collector, so only an explicit
     * call runs it.)
     */
    @PyMethod
    public void __del__() {
        if (finished || !started) {
            return;
        }
        try {
            close();
        } catch (PyException e) {
            org.matcha.modules.AtexitModule.reportUnraisable(Interpreter.current(), e.value, null, this);
        }
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<" + kind.name + " object " + Abstract.strString(qualname) + " at "
                + Abstract.address(this) + ">");
    }

    @PyGetter
    public PyObject gi_frame() {
        return finished ? PyNone.NONE : frame;
    }

    /** New in 3.11: paused at a yield (started, not running, not finished). */
    @PyGetter
    public PyObject gi_suspended() {
        return PyBool.of(started && !running && !finished);
    }

    @PyGetter
    public PyObject gi_running() {
        return PyBool.of(running);
    }

    @PyGetter
    public PyObject gi_code() {
        return frame.code;
    }

    @PyGetter
    public PyObject gi_yieldfrom() {
        PyObject y = yieldingFrom();
        return y == null ? PyNone.NONE : y;
    }

}
