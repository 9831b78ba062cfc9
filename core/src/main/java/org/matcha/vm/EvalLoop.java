package org.matcha.vm;

import static org.matcha.bytecode.Opcode.*;

import org.matcha.bytecode.PyCode;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBoundMethod;
import org.matcha.objects.PyCell;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyFunction;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyIterator;
import org.matcha.objects.PyList;
import org.matcha.objects.PyMethodDescriptor;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySet;
import org.matcha.objects.PySlice;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/**
 * The bytecode interpreter. One Java activation runs many Python frames: calls push a frame and
 * continue the loop, returns and yields pop one, and a Python exception unwinds frame by frame
 * through the exception tables without a Java throw. Each case is short; the work is in
 * {@link Ops}. CPython: Python/ceval.c _PyEval_EvalFrameDefault.
 */
public final class EvalLoop {
    private EvalLoop() {}

    static PyObject run(Interpreter interp, Frame entry, PyBaseException pendingIn) {
        interp.currentFrame = entry;
        PyBaseException pending = pendingIn;
        boolean reraise = false;
        // generator.throw(): chained only with the generator's own handled exception (gen_send_ex2)
        boolean thrownIn = pendingIn != null && entry.generator != null;
        while (true) {
            if (pending == null) {
                try {
                    PyObject result = dispatch(interp, entry);
                    if (result != RAISED && result != RERAISED) {
                        return result;
                    }
                    pending = interp.raisedInLoop;
                    interp.raisedInLoop = null;
                    reraise = result == RERAISED;
                } catch (PyException e) {
                    pending = e.value;
                    reraise = false;
                } catch (StackOverflowError e) {
                    pending = PyBaseException.create(ExceptionTypes.RecursionError,
                            PyStr.of("maximum recursion depth exceeded"));
                    reraise = false;
                } catch (OutOfMemoryError e) {
                    pending = PyBaseException.create(ExceptionTypes.MemoryError);
                    reraise = false;
                } catch (RuntimeException e) {
                    // a bug in Matcha, not in the program: still a Python exception, never a host crash
                    if (debugInternalErrors) {
                        e.printStackTrace();
                    }
                    pending = PyBaseException.create(ExceptionTypes.SystemError,
                            PyStr.of(INTERNAL_ERROR + e));
                    reraise = false;
                }
            }
            if (thrownIn) {
                thrownIn = false;
                Ops.chainContextWith(entry.generator.ownExcInfo(interp.excInfo), pending);
            } else if (!reraise) {
                Ops.chainContext(interp, pending);
            }
            // ---- unwind: find a handler in this frame, or pop it and continue in the caller ----
            Frame frame = interp.currentFrame; // where the exception was raised
            while (true) {
                int lasti = Math.max(0, frame.ip - 1);
                if (!reraise) {
                    PyObject tb = pending.traceback;
                    pending.traceback = new PyTraceback(frame, lasti,
                            tb instanceof PyTraceback t ? t : null);
                }
                reraise = false;
                int[] table = frame.code.exceptionTable;
                int handler = -1;
                for (int i = 0; i < table.length; i += 5) {
                    if (lasti >= table[i] && lasti < table[i + 1]) {
                        handler = i;
                        break;
                    }
                }
                if (handler >= 0) {
                    int depth = table[handler + 3];
                    dropLoopGenerators(interp, frame, depth, null);
                    clear(frame.stack, depth, frame.stack.length);
                    int sp = depth;
                    if (table[handler + 4] != 0) {
                        frame.stack[sp++] = PyInt.of(lasti);
                    }
                    frame.stack[sp++] = pending;
                    frame.sp = sp;
                    frame.ip = table[handler + 2];
                    interp.currentFrame = frame;
                    pending = null;
                    break;
                }
                // no handler: the frame is finished
                interp.depth--;
                PyGenerator gen = frame.generator;
                if (gen != null) {
                    gen.finished = true;
                    gen.running = false;
                    interp.excInfo = frame.callerExcInfo;
                    pending = Ops.generatorExitException(gen, pending);
                }
                dropLoopGenerators(interp, frame, 0, pending);
                clear(frame.stack, 0, frame.stack.length);
                if (frame == entry) {
                    throw new PyException(pending);
                }
                Frame caller = frame.back;
                frame.back = null;
                frame = caller;
                interp.currentFrame = frame;
                frame.resumeOp = -1;
            }
        }
    }

    /** dispatch()'s results when an instruction set a pending exception (raise, or a re-raise). */
    private static final PyObject RAISED = new PyList();
    private static final PyObject RERAISED = new PyList();

    /**
     * Runs instructions from interp.currentFrame until the entry frame returns or yields (its
     * value), or an instruction sets a pending exception (RAISED/RERAISED, the exception in
     * interp.raisedInLoop). It has no try/catch of its own: run() catches around it, so the big
     * switch is not one exception-handling region (the WASI build's setjmp lowering multiplied the
     * code of such a region by the number of its calls; see ARCHITECTURE.md, "WASI").
     */
    private static PyObject dispatch(Interpreter interp, Frame entry) {
        Frame frame = interp.currentFrame;
        PyCode co = frame.code;
        int[] code = co.code;
        PyObject[] stack = frame.stack;
        PyObject[] fast = frame.fast;
        int sp = frame.sp;
        int ip = frame.ip;
        String[] kwnames = null;
        PyBaseException pending = null;
        boolean reraise = false;
        while (true) {

            int instr = code[ip++];
            frame.ip = ip; // the unwinder in run() reads it (CPython: frame->prev_instr)
            int arg = instr >> 8;
            if (VmProfile.ENABLED) {
                VmProfile.count(instr & 0xFF, code, ip);
            }
            switch (instr & 0xFF) {
                case NOP:
                    break;
                case POP_TOP:
                    stack[--sp] = null;
                    break;
                case PUSH_NULL:
                    stack[sp++] = null;
                    break;
                case SWAP: {
                    PyObject t = stack[sp - 1];
                    stack[sp - 1] = stack[sp - arg];
                    stack[sp - arg] = t;
                    break;
                }
                case COPY:
                    stack[sp] = stack[sp - arg];
                    sp++;
                    break;
                case LOAD_CONST:
                    stack[sp++] = co.consts[arg];
                    break;
                case LOAD_FAST: {
                    PyObject v = fast[arg];
                    if (v == null) {
                        throw Ops.unboundLocal(co.varnames[arg]);
                    }
                    stack[sp++] = v;
                    break;
                }
                case STORE_FAST:
                    fast[arg] = stack[--sp];
                    stack[sp] = null;
                    break;
                case DELETE_FAST:
                    if (fast[arg] == null) {
                        throw Ops.unboundLocal(co.varnames[arg]);
                    }
                    fast[arg] = null;
                    break;
                case LOAD_DEREF:
                    stack[sp++] = Ops.loadDeref(frame, arg);
                    break;
                case STORE_DEREF:
                    frame.cells[arg].value = stack[--sp];
                    stack[sp] = null;
                    break;
                case DELETE_DEREF:
                    Ops.loadDeref(frame, arg);
                    frame.cells[arg].value = null;
                    break;
                case LOAD_CLASSDEREF:
                    stack[sp++] = Ops.loadClassDeref(frame, arg);
                    break;
                case LOAD_CLOSURE:
                    stack[sp++] = frame.cells[arg];
                    break;
                case LOAD_NAME:
                    stack[sp++] = Ops.loadName(frame, co.nameObjects[arg]);
                    break;
                case STORE_NAME:
                    Ops.storeName(frame, co.nameObjects[arg], stack[--sp]);
                    stack[sp] = null;
                    break;
                case DELETE_NAME:
                    Ops.deleteName(frame, co.nameObjects[arg]);
                    break;
                case LOAD_GLOBAL:
                    stack[sp++] = loadGlobal(frame, co, ip - 1, arg);
                    break;
                case STORE_GLOBAL:
                    frame.globals.setItem(co.nameObjects[arg], stack[--sp]);
                    stack[sp] = null;
                    break;
                case DELETE_GLOBAL:
                    if (frame.globals.removeItem(co.nameObjects[arg]) == null) {
                        throw Errors.nameError(co.names[arg]);
                    }
                    break;
                case LOAD_ATTR:
                                stack[sp - 1] = AttrCache.load(co, ip - 1, stack[sp - 1], co.nameObjects[arg]);
                    break;
                case STORE_ATTR: {
                    PyObject owner = stack[--sp];
                    PyObject value = stack[--sp];
                    stack[sp] = null;
                    stack[sp + 1] = null;
                                AttrCache.store(co, ip - 1, owner, co.nameObjects[arg], value);
                    break;
                }
                case DELETE_ATTR:
                    Abstract.setAttr(stack[--sp], co.names[arg], null);
                    stack[sp] = null;
                    break;
                case LOAD_METHOD:
                                sp = AttrCache.loadMethod(co, ip - 1, stack, sp, co.nameObjects[arg]);
                    break;
                case KW_NAMES:
                    kwnames = Ops.kwnames(co.consts[arg]);
                    break;
                case CALL: {
                    String[] kw = kwnames;
                    kwnames = null;
                    int base = sp - arg - 2;
                    PyObject callable = stack[base];
                    PyObject self = stack[base + 1];
                    int first = self == null ? base + 2 : base + 1;
                    int n = sp - first;
                    PyFunction fn = null;
                    PyObject initSelf = null;
                    if (callable instanceof PyFunction f) {
                        fn = f;
                    } else if (callable instanceof PyBoundMethod bm && bm.function instanceof PyFunction f
                            && self == null && !f.code.isGeneratorLike()) {
                        fn = f;
                        stack[base + 1] = bm.self;
                        first = base + 1;
                        n++;
                    } else if (callable instanceof PyType t && t.heap) {
                        PyFunction init = Ops.plainInit(t);
                        if (init != null && self == null && !init.code.isGeneratorLike()) {
                            initSelf = t.factory.apply(t);
                            fn = init;
                            stack[base + 1] = initSelf;
                            first = base + 1;
                            n++;
                        }
                    }
                    if (fn != null && !fn.code.isGeneratorLike()) {
                        Frame callee = interp.newFrame(fn, stack, first, n, kw);
                        callee.initSelf = initSelf;
                        for (int i = base; i < sp; i++) {
                            stack[i] = null;
                        }
                        sp = base;
                        frame.sp = sp;
                        frame.ip = ip;
                        if (++interp.depth > interp.recursionLimit) {
                            interp.depth--;
                            throw Errors.recursion("maximum recursion depth exceeded");
                        }
                        callee.back = frame;
                        frame = callee;
                        interp.currentFrame = frame;
                        co = frame.code;
                        code = co.code;
                        stack = frame.stack;
                        fast = frame.fast;
                        sp = 0;
                        ip = 0;
                        break;
                    }
                    PyObject result;
                    frame.ip = ip;
                    frame.sp = sp;
                    if (callable instanceof PyMethodDescriptor d && self != null) {
                        PyObject[] args = new PyObject[n - 1];
                        System.arraycopy(stack, first + 1, args, 0, n - 1);
                        result = d.fn.call(self, args, kw);
                    } else {
                        PyObject[] args = new PyObject[n];
                        System.arraycopy(stack, first, args, 0, n);
                        result = Abstract.call(callable, args, kw);
                    }
                    for (int i = base + 1; i < sp; i++) {
                        stack[i] = null;
                    }
                    stack[base] = result;
                    sp = base + 1;
                    break;
                }
                case CALL_FUNCTION_EX: {
                    PyObject kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                    PyObject args = stack[--sp];
                    sp--;
                    PyObject callable = stack[--sp];
                    frame.ip = ip;
                    frame.sp = sp;
                    PyObject r = Ops.callEx(callable, args, kwargs);
                    stack[sp++] = r;
                    for (int i = sp; i < sp + 4 && i < stack.length; i++) {
                        stack[i] = null;
                    }
                    break;
                }
                case MAKE_FUNCTION:
                    sp = Ops.makeFunction(frame, stack, sp, arg);
                    break;
                case LOAD_BUILD_CLASS:
                    stack[sp++] = Ops.buildClassFunction(frame);
                    break;
                case BINARY_OP: {
                    PyObject b = stack[--sp];
                    PyObject a = stack[sp - 1];
                    stack[sp] = null;
                    stack[sp - 1] = Ops.binaryOp(a, b, arg);
                    break;
                }
                case UNARY_NEGATIVE:
                    stack[sp - 1] = Abstract.negative(stack[sp - 1]);
                    break;
                case UNARY_POSITIVE:
                    stack[sp - 1] = Abstract.positive(stack[sp - 1]);
                    break;
                case UNARY_INVERT:
                    stack[sp - 1] = Abstract.invert(stack[sp - 1]);
                    break;
                case UNARY_NOT:
                    stack[sp - 1] = PyBool.of(!Abstract.isTrue(stack[sp - 1]));
                    break;
                case COMPARE_OP: {
                    PyObject b = stack[--sp];
                    PyObject a = stack[sp - 1];
                    stack[sp] = null;
                    stack[sp - 1] = Ops.compare(a, b, arg);
                    break;
                }
                case IS_OP: {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = PyBool.of((stack[sp - 1] == b) != (arg != 0));
                    break;
                }
                case CONTAINS_OP: {
                    PyObject container = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = PyBool.of(Abstract.contains(container, stack[sp - 1]) != (arg != 0));
                    break;
                }
                case BINARY_SUBSCR: {
                    PyObject key = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = Ops.subscript(stack[sp - 1], key);
                    break;
                }
                case STORE_SUBSCR: {
                    PyObject key = stack[--sp];
                    PyObject container = stack[--sp];
                    PyObject value = stack[--sp];
                    stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                    Abstract.setItem(container, key, value);
                    break;
                }
                case DELETE_SUBSCR: {
                    PyObject key = stack[--sp];
                    PyObject container = stack[--sp];
                    stack[sp] = stack[sp + 1] = null;
                    Abstract.delItem(container, key);
                    break;
                }
                case BUILD_SLICE: {
                    PyObject step = arg == 3 ? stack[--sp] : PyNone.NONE;
                    PyObject stop = stack[--sp];
                    PyObject start = stack[sp - 1];
                    stack[sp] = stack[sp + 1] = null;
                    stack[sp - 1] = new PySlice(start, stop, step);
                    break;
                }
                case BUILD_TUPLE: {
                    PyObject[] items = new PyObject[arg];
                    sp -= arg;
                    System.arraycopy(stack, sp, items, 0, arg);
                    clear(stack, sp, sp + arg);
                    stack[sp++] = PyTuple.of(items);
                    break;
                }
                case BUILD_LIST: {
                    PyObject[] items = new PyObject[Math.max(arg, 4)];
                    sp -= arg;
                    System.arraycopy(stack, sp, items, 0, arg);
                    clear(stack, sp, sp + arg);
                    stack[sp++] = new PyList(items, arg);
                    break;
                }
                case BUILD_SET: {
                    PySet s = PySet.newSet();
                    sp -= arg;
                    for (int i = 0; i < arg; i++) {
                        s.add(stack[sp + i]);
                    }
                    clear(stack, sp, sp + arg);
                    stack[sp++] = s;
                    break;
                }
                case BUILD_MAP: {
                    PyDict d = new PyDict();
                    sp -= 2 * arg;
                    for (int i = 0; i < arg; i++) {
                        d.setItem(stack[sp + 2 * i], stack[sp + 2 * i + 1]);
                    }
                    clear(stack, sp, sp + 2 * arg);
                    stack[sp++] = d;
                    break;
                }
                case BUILD_CONST_KEY_MAP: {
                    PyTuple keys = (PyTuple) stack[--sp];
                    PyDict d = new PyDict();
                    sp -= arg;
                    for (int i = 0; i < arg; i++) {
                        d.setItem(keys.items[i], stack[sp + i]);
                    }
                    clear(stack, sp, sp + arg + 1);
                    stack[sp++] = d;
                    break;
                }
                case BUILD_STRING: {
                    sp -= arg;
                    stack[sp] = Ops.buildString(stack, sp, arg);
                    clear(stack, sp + 1, sp + arg);
                    sp++;
                    break;
                }
                case LIST_APPEND: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    ((PyList) stack[sp - arg]).append(v);
                    break;
                }
                case SET_ADD: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    ((PySet) stack[sp - arg]).add(v);
                    break;
                }
                case MAP_ADD: {
                    PyObject v = stack[--sp];
                    PyObject k = stack[--sp];
                    stack[sp] = stack[sp + 1] = null;
                    ((PyDict) stack[sp - arg]).setItem(k, v);
                    break;
                }
                case LIST_EXTEND: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    Ops.listExtend((PyList) stack[sp - arg], v);
                    break;
                }
                case SET_UPDATE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    ((PySet) stack[sp - arg]).update(v);
                    break;
                }
                case DICT_UPDATE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    Ops.dictUpdate((PyDict) stack[sp - arg], v);
                    break;
                }
                case DICT_MERGE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    Ops.dictMerge((PyDict) stack[sp - arg], v, stack[sp - arg - 3]);
                    break;
                }
                case LIST_TO_TUPLE:
                    stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
                    break;
                case FORMAT_VALUE: {
                    PyObject spec = (arg & 4) != 0 ? stack[--sp] : null;
                    if (spec != null) {
                        stack[sp] = null;
                    }
                    stack[sp - 1] = Ops.formatValue(stack[sp - 1], arg & 3, spec);
                    break;
                }
                case UNPACK_SEQUENCE:
                    sp = Ops.unpackSequence(stack, sp, arg);
                    break;
                case UNPACK_EX:
                    sp = Ops.unpackEx(stack, sp, arg & 0xFF, arg >> 8);
                    break;
                case GET_ITER: {
                    PyObject iterable = stack[sp - 1];
                    if (arg != 0 && iterable instanceof PyGenerator g) {
                        g.claimIfFreshFrom(co, ip - 1);
                    }
                    stack[sp - 1] = Abstract.iter(iterable);
                    break;
                }
                case POP_ITER: {
                    PyObject it = stack[--sp];
                    stack[sp] = null;
                    if (it instanceof PyGenerator g && g.ownedByLoop) {
                        frame.ip = ip;
                        frame.sp = sp;
                        g.dropFromLoop();
                    }
                    break;
                }
                case FOR_ITER:
                case FOR_ITER__STORE_FAST: {
                    // the superinstruction stores the item itself only on this path; the others
                    // push it and go on to the STORE_FAST word
                    PyObject it = stack[sp - 1];
                    if (it instanceof PyIterator pi) {
                        PyObject v = pi.nextOrNull();
                        if (v == null) {
                            stack[--sp] = null;
                            ip = arg;
                        } else if ((instr & 0xFF) == FOR_ITER__STORE_FAST) {
                            fast[code[ip++] >> 8] = v;
                        } else {
                            stack[sp++] = v;
                        }
                        break;
                    }
                    if (it instanceof PyGenerator g && g.kind == PyGenerator.TYPE && !g.running
                            && !g.finished) {
                        frame.ip = ip;
                        frame.sp = sp;
                        frame.resumeOp = FOR_ITER;
                        frame.resumeTarget = arg;
                        Frame gf = Ops.enterGenerator(interp, g, frame, PyNone.NONE);
                        frame = gf;
                        co = frame.code;
                        code = co.code;
                        stack = frame.stack;
                        fast = frame.fast;
                        sp = frame.sp;
                        ip = frame.ip;
                        break;
                    }
                    frame.ip = ip;
                    PyObject v = Abstract.next(it);
                    if (v == null) {
                        stack[--sp] = null;
                        ip = arg;
                    } else {
                        stack[sp++] = v;
                    }
                    break;
                }
                case JUMP:
                    if (arg < ip && (interp.interruptRequested || interp.pollInterrupt())) {
                        interp.interruptRequested = false;
                        frame.ip = ip;
                        frame.escaped = true;
                        org.matcha.modules.SignalModule.deliverSigint(frame);
                    }
                    ip = arg;
                    break;
                case POP_JUMP_IF_FALSE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (v == PyBool.FALSE || (v != PyBool.TRUE && !Abstract.isTrue(v))) {
                        ip = arg;
                    }
                    break;
                }
                case POP_JUMP_IF_TRUE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v))) {
                        ip = arg;
                    }
                    break;
                }
                case POP_JUMP_IF_NONE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (v == PyNone.NONE) {
                        ip = arg;
                    }
                    break;
                }
                case POP_JUMP_IF_NOT_NONE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    if (v != PyNone.NONE) {
                        ip = arg;
                    }
                    break;
                }
                case JUMP_IF_FALSE_OR_POP:
                    if (!Abstract.isTrue(stack[sp - 1])) {
                        ip = arg;
                    } else {
                        stack[--sp] = null;
                    }
                    break;
                case JUMP_IF_TRUE_OR_POP:
                    if (Abstract.isTrue(stack[sp - 1])) {
                        ip = arg;
                    } else {
                        stack[--sp] = null;
                    }
                    break;
                case RETURN_VALUE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    frame.sp = sp;
                    frame.ip = ip;
                    interp.depth--;
                    PyGenerator gen = frame.generator;
                    if (gen != null) {
                        gen.finished = true;
                        gen.running = false;
                        interp.excInfo = frame.callerExcInfo;
                    }
                    String initError = null;
                    if (frame.initSelf != null) {
                        if (v != PyNone.NONE) {
                            initError = "__init__() should return None, not '" + v.type().name + "'";
                        }
                        v = frame.initSelf;
                    }
                    if (frame == entry) {
                        frame.yielded = false;
                        return v;
                    }
                    Frame caller = frame.back;
                    frame.back = null;
                    if (gen == null && !frame.escaped && frame.cells == null && frame.locals == null) {
                        frame.park(interp, sp);
                    }
                    frame = caller;
                    interp.currentFrame = frame;
                    co = frame.code;
                    code = co.code;
                    stack = frame.stack;
                    fast = frame.fast;
                    sp = frame.sp;
                    ip = frame.ip;
                    if (gen != null) {
                        if (frame.resumeOp == FOR_ITER) {
                            stack[--sp] = null;
                        } else {
                            stack[sp - 1] = v;
                        }
                        ip = frame.resumeTarget;
                        frame.resumeOp = -1;
                    } else {
                        stack[sp++] = v;
                    }
                    if (initError != null) {
                        throw Errors.typeError(initError); // raised in the caller, as CPython does
                    }
                    break;
                }
                case YIELD_VALUE: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    frame.sp = sp;
                    frame.ip = ip;
                    PyGenerator gen = frame.generator;
                    gen.running = false;
                    gen.savedExcInfo = gen.ownExcInfo(interp.excInfo);
                    interp.excInfo = frame.callerExcInfo;
                    interp.depth--;
                    if (frame == entry) {
                        frame.yielded = true;
                        return v;
                    }
                    Frame caller = frame.back;
                    frame.back = null;
                    frame = caller;
                    interp.currentFrame = frame;
                    co = frame.code;
                    code = co.code;
                    stack = frame.stack;
                    fast = frame.fast;
                    sp = frame.sp;
                    ip = frame.ip;
                    frame.resumeOp = -1;
                    stack[sp++] = v;
                    break;
                }
                case GET_YIELD_FROM_ITER:
                    stack[sp - 1] = Ops.yieldFromIter(stack[sp - 1], co);
                    break;
                case SEND: {
                    PyObject v = stack[--sp];
                    stack[sp] = null;
                    PyObject receiver = stack[sp - 1];
                    if (receiver instanceof PyGenerator g && !g.running && !g.finished
                            && (g.started || v == PyNone.NONE)) {
                        frame.ip = ip;
                        frame.sp = sp;
                        frame.resumeOp = SEND;
                        frame.resumeTarget = arg;
                        Frame gf = Ops.enterGenerator(interp, g, frame, v);
                        frame = gf;
                        co = frame.code;
                        code = co.code;
                        stack = frame.stack;
                        fast = frame.fast;
                        sp = frame.sp;
                        ip = frame.ip;
                        break;
                    }
                    frame.ip = ip;
                    PyObject[] result = Ops.send(receiver, v);
                    if (result[1] != null) {
                        stack[sp - 1] = result[1];
                        ip = arg;
                    } else {
                        stack[sp++] = result[0];
                    }
                    break;
                }
                case GET_AWAITABLE:
                    stack[sp - 1] = Ops.getAwaitable(stack[sp - 1], arg);
                    break;
                case GET_AITER:
                    stack[sp - 1] = Ops.getAiter(stack[sp - 1]);
                    break;
                case GET_ANEXT:
                    stack[sp] = Ops.getAnext(stack[sp - 1]);
                    sp++;
                    break;
                case END_ASYNC_FOR: {
                    PyObject exc = stack[--sp];
                    if (Interpreter.isException(exc, ExceptionTypes.StopAsyncIteration)) {
                        stack[sp] = null;
                        stack[--sp] = null;
                        break;
                    }
                    pending = (PyBaseException) exc;
                    reraise = true;
                    break;
                }
                case BEFORE_WITH:
                    sp = Ops.beforeWith(stack, sp, false);
                    break;
                case BEFORE_ASYNC_WITH:
                    sp = Ops.beforeWith(stack, sp, true);
                    break;
                case WITH_EXCEPT_START: {
                    PyObject exc = stack[sp - 1];
                    PyObject exit = stack[sp - 4];
                    PyObject tb = exc instanceof PyBaseException be ? be.traceback : PyNone.NONE;
                    stack[sp++] = Abstract.call(exit, exc.type(), exc, tb);
                    break;
                }
                case PUSH_EXC_INFO: {
                    PyObject exc = stack[sp - 1];
                    stack[sp - 1] = interp.excInfo;
                    interp.excInfo = exc;
                    stack[sp++] = exc;
                    break;
                }
                case POP_EXCEPT:
                    interp.excInfo = stack[--sp];
                    stack[sp] = null;
                    break;
                case RERAISE: {
                    // the handler search continues from this instruction; the saved lasti only
                    // mattered for the traceback entry, which was made when first caught
                    PyObject exc = stack[--sp];
                    pending = (PyBaseException) exc;
                    reraise = true;
                    break;
                }
                case RAISE_VARARGS: {
                    frame.ip = ip;
                    pending = Ops.raise(interp, stack, sp, arg);
                    sp -= arg;
                    reraise = arg == 0;
                    break;
                }
                case CHECK_EXC_MATCH: {
                    PyObject type = stack[sp - 1];
                    stack[sp - 1] = PyBool.of(Ops.exceptionMatches(stack[sp - 2], type));
                    break;
                }
                case CHECK_EG_MATCH: {
                    PyObject type = stack[sp - 1];
                    PyObject eg = stack[sp - 2];
                    PyObject[] split = ExceptionGroups.matchForExceptStar(eg, type);
                    if (split == null) {
                        stack[sp - 1] = PyNone.NONE;
                    } else {
                        stack[sp - 2] = split[1];
                        stack[sp - 1] = split[0];
                        // CPython: the handler body sees the matched group as the current exception
                        interp.excInfo = split[0];
                    }
                    break;
                }
                case PREP_RERAISE_STAR: {
                    PyObject raised = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = ExceptionGroups.prepReraiseStar(stack[sp - 1], (PyList) raised);
                    break;
                }
                case LOAD_ASSERTION_ERROR:
                    stack[sp++] = ExceptionTypes.AssertionError;
                    break;
                case SETUP_ANNOTATIONS:
                    Ops.setupAnnotations(frame);
                    break;
                case IMPORT_NAME: {
                    PyObject fromlist = stack[--sp];
                    PyObject level = stack[sp - 1];
                    stack[sp] = null;
                    frame.ip = ip;
                    stack[sp - 1] = interp.imports.importName(co.names[arg], frame.globals, fromlist,
                            ((PyInt) level).intValue());
                    break;
                }
                case IMPORT_FROM:
                    stack[sp] = interp.imports.importFrom(stack[sp - 1], co.names[arg]);
                    sp++;
                    break;
                case IMPORT_STAR:
                    interp.imports.importStar(stack[--sp], frame);
                    stack[sp] = null;
                    break;
                case MATCH_CLASS: {
                    PyObject names = stack[--sp];
                    PyObject cls = stack[--sp];
                    PyObject subject = stack[sp - 1];
                    stack[sp] = stack[sp + 1] = null;
                    stack[sp - 1] = Patterns.matchClass(subject, cls, arg, (PyTuple) names);
                    break;
                }
                case MATCH_MAPPING:
                    stack[sp] = PyBool.of(Patterns.isMapping(stack[sp - 1]));
                    sp++;
                    break;
                case MATCH_SEQUENCE:
                    stack[sp] = PyBool.of(Patterns.isSequence(stack[sp - 1]));
                    sp++;
                    break;
                case MATCH_KEYS:
                    stack[sp] = Patterns.matchKeys(stack[sp - 2], (PyTuple) stack[sp - 1]);
                    sp++;
                    break;
                case GET_LEN:
                    stack[sp] = PyInt.of(Abstract.len(stack[sp - 1]));
                    sp++;
                    break;
                case ASYNC_GEN_WRAP:
                    stack[sp - 1] = AsyncSupport.wrap(stack[sp - 1]);
                    break;
                case PRINT_EXPR:
                    Ops.printExpr(interp, stack[--sp]);
                    stack[sp] = null;
                    break;
                // ---- superinstructions (bytecode.Quickener): the second half's argument is the
                // next word's; frame.ip moves past that word before the second half can raise ----
                case LOAD_FAST__LOAD_FAST: {
                    PyObject v = fast[arg];
                    if (v == null) {
                        throw Ops.unboundLocal(co.varnames[arg]);
                    }
                    stack[sp++] = v;
                    int arg2 = code[ip++] >> 8;
                    v = fast[arg2];
                    if (v == null) {
                        frame.ip = ip;
                        throw Ops.unboundLocal(co.varnames[arg2]);
                    }
                    stack[sp++] = v;
                    break;
                }
                case LOAD_FAST__LOAD_CONST: {
                    PyObject v = fast[arg];
                    if (v == null) {
                        throw Ops.unboundLocal(co.varnames[arg]);
                    }
                    stack[sp++] = v;
                    stack[sp++] = co.consts[code[ip++] >> 8];
                    break;
                }
                case LOAD_FAST__LOAD_ATTR: {
                    PyObject v = fast[arg];
                    if (v == null) {
                        throw Ops.unboundLocal(co.varnames[arg]);
                    }
                    int at = ip++;
                    frame.ip = ip;
                    stack[sp++] = AttrCache.load(co, at, v, co.nameObjects[code[at] >> 8]);
                    break;
                }
                case LOAD_FAST__BINARY_OP: {
                    PyObject v = fast[arg];
                    if (v == null) {
                        throw Ops.unboundLocal(co.varnames[arg]);
                    }
                    int op = code[ip++] >> 8;
                    frame.ip = ip;
                    stack[sp - 1] = Ops.binaryOp(stack[sp - 1], v, op);
                    break;
                }
                case STORE_FAST__LOAD_FAST: {
                    fast[arg] = stack[--sp];
                    int arg2 = code[ip++] >> 8;
                    PyObject v = fast[arg2];
                    if (v == null) {
                        stack[sp] = null;
                        frame.ip = ip;
                        throw Ops.unboundLocal(co.varnames[arg2]);
                    }
                    stack[sp++] = v;
                    break;
                }
                case LOAD_CONST__BINARY_OP: {
                    int op = code[ip++] >> 8;
                    frame.ip = ip;
                    stack[sp - 1] = Ops.binaryOp(stack[sp - 1], co.consts[arg], op);
                    break;
                }
                case BINARY_OP__BINARY_OP: {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = Ops.binaryOp(stack[sp - 1], b, arg);
                    int op = code[ip++] >> 8;
                    frame.ip = ip;
                    b = stack[--sp];
                    stack[sp] = null;
                    stack[sp - 1] = Ops.binaryOp(stack[sp - 1], b, op);
                    break;
                }
                case BINARY_OP__STORE_FAST: {
                    PyObject b = stack[--sp];
                    stack[sp] = null;
                    PyObject r = Ops.binaryOp(stack[sp - 1], b, arg);
                    stack[--sp] = null;
                    fast[code[ip++] >> 8] = r;
                    break;
                }
                case COMPARE_OP__POP_JUMP_IF_FALSE:
                case COMPARE_OP__POP_JUMP_IF_TRUE: {
                    PyObject b = stack[--sp];
                    PyObject a = stack[--sp];
                    stack[sp] = null;
                    stack[sp + 1] = null;
                    PyObject v = Ops.compare(a, b, arg);
                    int target = code[ip++] >> 8;
                    boolean truth;
                    if (v == PyBool.TRUE || v == PyBool.FALSE) {
                        truth = v == PyBool.TRUE;
                    } else {
                        frame.ip = ip;
                        truth = Abstract.isTrue(v);
                    }
                    if (truth == ((instr & 0xFF) == COMPARE_OP__POP_JUMP_IF_TRUE)) {
                        ip = target;
                    }
                    break;
                }
                case LOAD_GLOBAL__PUSH_NULL:
                    stack[sp++] = loadGlobal(frame, co, ip - 1, arg);
                    stack[sp++] = null;
                    ip++;
                    break;
                default:
                    throw Errors.runtimeError("unknown opcode " + (instr & 0xFF));
            }
            if (pending != null) {
                interp.raisedInLoop = pending;
                return reraise ? RERAISED : RAISED;
            }
        }
    }

    /** LOAD_GLOBAL of co_names[arg] at instruction {@code at}: cached unless globals or builtins is not a plain dict. */
    private static PyObject loadGlobal(Frame frame, PyCode co, int at, int arg) {
        if (frame.globals.type() == PyDict.TYPE && frame.builtins instanceof PyDict bd
                && bd.type() == PyDict.TYPE) {
            return GlobalCache.load(co, at, frame.globals, bd, co.nameObjects[arg]);
        }
        return Ops.loadGlobalSlow(frame, co.nameObjects[arg]);
    }

    /** The message prefix of SystemErrors made from Java exceptions (the fuzz test looks for it). */
    static final String INTERNAL_ERROR = "matcha internal error: ";
    /** Print the Java stack of internal errors (the JVM runner sets it from MATCHA_DEBUG=1). */
    public static boolean debugInternalErrors;

    /**
     * Unwinding pops the value stack down to {@code depth}; a generator owned by a for loop dies
     * there, and CPython's reference counting closes it at that moment (its finally blocks run
     * before the handler). An error from close() is reported as unraisable, as in gen_dealloc.
     * A comprehension's iterator is also its argument `.0`: when the frame exits with an exception
     * that a traceback keeps (anything but the GeneratorExit of close()), the iterator lives on with
     * the frame, so it is left open ({@code exiting} is that exception, null while a handler stays
     * in the frame).
     */
    private static void dropLoopGenerators(Interpreter interp, Frame frame, int depth, PyBaseException exiting) {
        PyObject[] stack = frame.stack;
        for (int i = stack.length - 1; i >= depth; i--) {
            if (stack[i] instanceof PyGenerator g && g.ownedByLoop) {
                if (isFastLocal(frame, g) && (exiting == null
                        || !exiting.type().isSubtype(ExceptionTypes.GeneratorExit))) {
                    continue;
                }
                stack[i] = null;
                Frame saved = interp.currentFrame;
                interp.currentFrame = frame;
                try {
                    g.dropFromLoop();
                } finally {
                    interp.currentFrame = saved;
                }
            }
        }
    }

    private static boolean isFastLocal(Frame frame, PyObject o) {
        for (PyObject v : frame.fast) {
            if (v == o) {
                return true;
            }
        }
        return false;
    }

    static void clear(PyObject[] stack, int from, int to) {
        for (int i = from; i < to; i++) {
            stack[i] = null;
        }
    }
}
