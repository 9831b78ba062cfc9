package org.matcha.vm;

import org.matcha.bytecode.PyCode;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.ObjectMethods;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyCell;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyFunction;
import org.matcha.objects.PyInstance;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyMethodDescriptor;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySingletons;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.objects.PyModule;
import org.matcha.objects.Descriptor;

/** The work behind the eval loop's cases. CPython: Python/ceval.c and Python/bytecodes.c bodies. */
final class Ops {
    private Ops() {}

    static PyException unboundLocal(String name) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.UnboundLocalError,
                PyStr.of("cannot access local variable '" + name + "' where it is not associated with a value"));
        e.setAttr("name", PyStr.of(name));
        return new PyException(e);
    }

    static PyObject loadDeref(Frame f, int i) {
        PyObject v = f.cells[i].value;
        if (v == null) {
            PyCode co = f.code;
            if (i < co.cellvars.length) {
                throw unboundLocal(co.cellvars[i]);
            }
            String name = co.freevars[i - co.cellvars.length];
            PyBaseException e = PyBaseException.create(ExceptionTypes.NameError, PyStr.of("cannot access free variable '"
                    + name + "' where it is not associated with a value in enclosing scope"));
            e.setAttr("name", PyStr.of(name));
            throw new PyException(e);
        }
        return v;
    }

    private static String cellName(Frame f, int i) {
        PyCode co = f.code;
        return i < co.cellvars.length ? co.cellvars[i] : co.freevars[i - co.cellvars.length];
    }

    static PyObject loadClassDeref(Frame f, int i) {
        PyObject name = PyStr.of(cellName(f, i));
        if (f.locals instanceof PyDict d) {
            PyObject v = d.getItem(name);
            if (v != null) {
                return v;
            }
        } else if (f.locals != null) {
            try {
                return Abstract.getItem(f.locals, name);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.KeyError)) {
                    throw e;
                }
            }
        }
        return loadDeref(f, i);
    }

    static PyObject loadName(Frame f, PyStr name) {
        PyObject locals = f.locals;
        if (locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            PyObject v = d.getItem(name);
            if (v != null) {
                return v;
            }
        } else if (locals != null) {
            try {
                return Abstract.getItem(locals, name);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.KeyError)) {
                    throw e;
                }
            }
        }
        PyObject v = f.globals.getItem(name);
        if (v == null) {
            v = lookupBuiltin(f, name);
            if (v == null) {
                throw Errors.nameError(name.value);
            }
        }
        return v;
    }

    /** builtins[name], or null when missing; a non-dict builtins mapping is asked through __getitem__. */
    private static PyObject lookupBuiltin(Frame f, PyObject name) {
        if (f.builtins instanceof PyDict d && d.type() == PyDict.TYPE) {
            return d.getItem(name);
        }
        try {
            return Abstract.getItem(f.builtins, name);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.KeyError)) {
                throw e;
            }
            return null;
        }
    }

    /** LOAD_GLOBAL when globals or builtins is not an exact dict: both through __getitem__. CPython: LOAD_GLOBAL. */
    static PyObject loadGlobalSlow(Frame f, PyStr name) {
        try {
            return Abstract.getItem(f.globals, name);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.KeyError)) {
                throw e;
            }
        }
        PyObject v = lookupBuiltin(f, name);
        if (v == null) {
            throw Errors.nameError(name.value);
        }
        return v;
    }

    static void storeName(Frame f, PyStr name, PyObject value) {
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            d.setItem(name, value);
        } else if (f.locals == null) {
            throw Errors.of(ExceptionTypes.SystemError, "no locals found when storing " + Abstract.reprString(name));
        } else {
            Abstract.setItem(f.locals, name, value);
        }
    }

    static void deleteName(Frame f, PyStr name) {
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            if (d.removeItem(name) == null) {
                throw Errors.nameError(name.value);
            }
        } else {
            try {
                Abstract.delItem(f.locals, name);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.KeyError)) {
                    throw Errors.nameError(name.value);
                }
                throw e;
            }
        }
    }

    static String[] kwnames(PyObject names) {
        PyObject[] items = ((PyTuple) names).items;
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = ((PyStr) items[i]).value;
        }
        return out;
    }

    /** A heap class whose instances can be made directly and initialised by a Python __init__. */
    static PyFunction plainInit(PyType t) {
        int version = t.version();
        if (t.plainInitVersion == version) {
            return (PyFunction) t.plainInit;
        }
        PyFunction found = null;
        if (t.lookup("__new__") == ObjectMethods.NEW && t.type() == PyType.TYPE
                && t.lookup("__init__") instanceof PyFunction f) {
            found = f;
        }
        if (t.isAbstract) {
            found = null; // cached too: setting __abstractmethods__ changes every type's version
        }
        t.plainInit = found;
        t.plainInitVersion = version;
        return found;
    }

    static PyObject callEx(PyObject callable, PyObject args, PyObject kwargs) {
        PyObject[] positional;
        if (args instanceof PyTuple t) {
            positional = t.items;
        } else {
            try {
                positional = Abstract.toArray(args);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TypeError) && Abstract.lookupSpecial(args, "__iter__") == null) {
                    throw Errors.typeError(describe(callable) + " argument after * must be an iterable, not "
                            + args.type().name);
                }
                throw e;
            }
        }
        if (kwargs == null || (kwargs instanceof PyDict d0 && d0.size() == 0)) {
            return Abstract.call(callable, positional, null);
        }
        PyDict d = (PyDict) kwargs;
        PyObject[] all = java.util.Arrays.copyOf(positional, positional.length + d.size());
        String[] names = new String[d.size()];
        int k = 0;
        for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
            if (!(d.keyAt(i) instanceof PyStr s)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[k] = s.value;
            all[positional.length + k++] = d.valueAt(i);
        }
        return Abstract.call(callable, all, names);
    }

    /** CPython: _PyObject_FunctionStr. */
    static String describe(PyObject callable) {
        if (callable instanceof PyFunction f) {
            String q = Abstract.strString(f.qualname);
            if (f.module instanceof PyStr m && !m.value.equals("builtins")) {
                return m.value + "." + q + "()";
            }
            return q + "()";
        }
        if (callable instanceof PyType t) {
            return t.fullName() + "()";
        }
        PyObject n = Abstract.lookupAttrOrNull(callable, "__qualname__");
        if (n instanceof PyStr s) {
            return s.value + "()";
        }
        return callable.type().name + " object";
    }

    static int makeFunction(Frame frame, PyObject[] stack, int sp, int flags) {
        PyCode code = (PyCode) stack[--sp];
        stack[sp] = null;
        PyCell[] closure = null;
        PyObject annotations = null;
        PyDict kwdefaults = null;
        PyObject[] defaults = null;
        if ((flags & 8) != 0) {
            PyObject[] cells = ((PyTuple) stack[--sp]).items;
            closure = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                closure[i] = (PyCell) cells[i];
            }
            stack[sp] = null;
        }
        if ((flags & 4) != 0) {
            annotations = stack[--sp];
            stack[sp] = null;
        }
        if ((flags & 2) != 0) {
            kwdefaults = (PyDict) stack[--sp];
            stack[sp] = null;
        }
        if ((flags & 1) != 0) {
            defaults = ((PyTuple) stack[--sp]).items;
            stack[sp] = null;
        }
        PyFunction f = new PyFunction(code, frame.globals, defaults, kwdefaults, closure);
        if (annotations instanceof PyTuple t) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.items.length; i += 2) {
                d.setItem(t.items[i], t.items[i + 1]);
            }
            f.annotations = d;
        } else if (annotations != null) {
            f.annotations = annotations;
        }
        stack[sp++] = f;
        return sp;
    }

    static PyObject buildClassFunction(Frame frame) {
        PyObject b = lookupBuiltin(frame, PyStr.of("__build_class__"));
        if (b == null) {
            throw Errors.of(ExceptionTypes.NameError, "__build_class__ not found");
        }
        return b;
    }

    /** BINARY_OP with fast paths for exact ints, floats and strs. */
    static PyObject binaryOp(PyObject a, PyObject b, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        int base = op >= 13 ? op - 13 : op;
        if (ta == PyInt.TYPE && tb == PyInt.TYPE) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            switch (base) {
                case 0: return PyInt.add(x, y);
                case 10: return PyInt.sub(x, y);
                case 5: return PyInt.mul(x, y);
                case 2: return PyInt.floorDiv(x, y);
                case 6: return PyInt.mod(x, y);
                case 1: return PyInt.and(x, y);
                case 7: return PyInt.or(x, y);
                case 12: return PyInt.xor(x, y);
                case 3: return PyInt.shiftLeft(x, y);
                case 9: return PyInt.shiftRight(x, y);
                case 11: return PyFloat.of(PyInt.trueDivide(x, y));
                case 8: return PyInt.pow(x, y);
                default: break;
            }
        } else if (ta == PyFloat.TYPE && (tb == PyFloat.TYPE || tb == PyInt.TYPE)
                || ta == PyInt.TYPE && tb == PyFloat.TYPE) {
            double x = ta == PyFloat.TYPE ? ((PyFloat) a).value : ((PyInt) a).doubleValue();
            double y = tb == PyFloat.TYPE ? ((PyFloat) b).value : ((PyInt) b).doubleValue();
            switch (base) {
                case 0: return PyFloat.of(x + y);
                case 10: return PyFloat.of(x - y);
                case 5: return PyFloat.of(x * y);
                case 11: return PyFloat.of(PyFloat.divide(x, y));
                case 2: return PyFloat.of(PyFloat.floorDiv(x, y));
                case 6: return PyFloat.of(PyFloat.mod(x, y));
                case 8: return PyFloat.pow(x, y);
                default: break;
            }
        } else if (base == 0 && ta == PyStr.TYPE && tb == PyStr.TYPE) {
            return PyStr.concat((PyStr) a, (PyStr) b);
        } else if (base == 6 && ta == PyStr.TYPE && (tb == PyStr.TYPE || !tb.isSubtype(PyStr.TYPE))) {
            // a str subclass on the right may override __rmod__: it goes through binary_op1
            return ((PyStr) a).__mod__(b);
        }
        return Abstract.binaryOp(a, b, op);
    }

    static PyObject compare(PyObject a, PyObject b, int op) {
        if (a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            int c = x.big == null && y.big == null ? Long.compare(x.value, y.value) : PyInt.compare(x, y);
            boolean r;
            switch (op) {
                case 0: r = c < 0; break;
                case 1: r = c <= 0; break;
                case 2: r = c == 0; break;
                case 3: r = c != 0; break;
                case 4: r = c > 0; break;
                default: r = c >= 0; break;
            }
            return PyBool.of(r);
        }
        return Abstract.richCompare(a, b, op);
    }

    static PyObject subscript(PyObject container, PyObject key) {
        if (container.type() == PyList.TYPE && key instanceof PyInt k && k.big == null) {
            PyList l = (PyList) container;
            long i = k.value < 0 ? k.value + l.size : k.value;
            if (i >= 0 && i < l.size) {
                return l.items[(int) i];
            }
        }
        if (container.type() == PyTuple.TYPE && key instanceof PyInt k && k.big == null) {
            PyObject[] items = ((PyTuple) container).items;
            long i = k.value < 0 ? k.value + items.length : k.value;
            if (i >= 0 && i < items.length) {
                return items[(int) i];
            }
        }
        return Abstract.getItem(container, key);
    }

    static PyObject buildString(PyObject[] stack, int from, int n) {
        boolean simple = true;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            PyStr s = (PyStr) stack[from + i];
            if (s.length() != s.value.length() || s.value.codePointCount(0, s.value.length()) != s.length()) {
                simple = false;
            }
            b.append(s.value);
        }
        if (simple) {
            return PyStr.of(b.toString());
        }
        PyStr r = PyStr.EMPTY;
        for (int i = 0; i < n; i++) {
            r = PyStr.concat(r, (PyStr) stack[from + i]);
        }
        return r;
    }

    static void listExtend(PyList list, PyObject v) {
        try {
            list.extend(v);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError) && v.type().lookup("__iter__") == null
                    && v.type().lookup("__getitem__") == null) {
                throw Errors.typeError("Value after * must be an iterable, not " + v.type().name);
            }
            throw e;
        }
    }

    static void dictUpdate(PyDict d, PyObject v) {
        if (v instanceof PyDict src) {
            for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
                d.setItem(src.keyAt(i), src.valueAt(i));
            }
            return;
        }
        if (Abstract.lookupAttrOrNull(v, "keys") == null) {
            throw Errors.typeError("'" + v.type().name + "' object is not a mapping");
        }
        org.matcha.objects.DictMethods.update(d, new PyObject[] {v}, null);
    }

    /** ** in a call: a mapping with str keys and no duplicates. CPython: DICT_MERGE / format_kwargs_error. */
    static void dictMerge(PyDict d, PyObject v, PyObject callable) {
        PyObject keysMethod = v instanceof PyDict ? null : Abstract.lookupAttrOrNull(v, "keys");
        if (!(v instanceof PyDict) && keysMethod == null) {
            throw Errors.typeError(describe(callable) + " argument after ** must be a mapping, not " + v.type().name);
        }
        PyObject[] keys = v instanceof PyDict src ? src.keysArray() : Abstract.toArray(Abstract.call(keysMethod));
        for (PyObject k : keys) {
            // non-str keys pass here; the call itself rejects them ("keywords must be strings")
            if (d.containsKey(k)) {
                throw Errors.typeError(describe(callable) + " got multiple values for keyword argument '"
                        + Abstract.strString(k) + "'");
            }
            d.setItem(k, Abstract.getItem(v, k));
        }
    }

    static PyObject formatValue(PyObject v, int conversion, PyObject spec) {
        switch (conversion) {
            case 1:
                v = Abstract.str(v);
                break;
            case 2:
                v = Abstract.repr(v);
                break;
            case 3:
                v = PyStr.of(org.matcha.objects.StrRepr.asciiEscape(Abstract.reprString(v)));
                break;
            default:
                break;
        }
        PyStr s = spec == null ? PyStr.EMPTY : (PyStr) spec;
        if (spec == null && v.type() == PyStr.TYPE) {
            return v;
        }
        return Abstract.format(v, s);
    }

    static int unpackSequence(PyObject[] stack, int sp, int n) {
        PyObject seq = stack[sp - 1];
        PyObject[] items;
        int len;
        if (seq.type() == PyTuple.TYPE) {
            items = ((PyTuple) seq).items;
            len = items.length;
        } else if (seq.type() == PyList.TYPE) {
            items = ((PyList) seq).items; // read in place: nothing runs between the check and the copy
            len = ((PyList) seq).size;
        } else {
            PyObject it;
            try {
                it = Abstract.iter(seq);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TypeError) && seq.type().lookup("__iter__") == null
                        && seq.type().lookup("__getitem__") == null) {
                    throw Errors.typeError("cannot unpack non-iterable " + seq.type().name + " object");
                }
                throw e;
            }
            items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject x = Abstract.next(it);
                if (x == null) {
                    throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                }
                items[i] = x;
            }
            if (Abstract.next(it) != null) {
                throw Errors.valueError("too many values to unpack (expected " + n + ")");
            }
            len = n;
        }
        if (len != n) {
            if (len < n) {
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + len + ")");
            }
            throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        sp--;
        for (int i = n - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    static int unpackEx(PyObject[] stack, int sp, int before, int after) {
        PyObject seq = stack[sp - 1];
        PyObject[] items;
        try {
            items = Abstract.toArray(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError) && seq.type().lookup("__iter__") == null
                    && seq.type().lookup("__getitem__") == null) {
                throw Errors.typeError("cannot unpack non-iterable " + seq.type().name + " object");
            }
            throw e;
        }
        if (items.length < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + items.length + ")");
        }
        sp--;
        for (int i = after - 1; i >= 0; i--) {
            stack[sp++] = items[items.length - after + i];
        }
        int midLen = items.length - before - after;
        PyObject[] mid = new PyObject[Math.max(midLen, 4)];
        System.arraycopy(items, before, mid, 0, midLen);
        stack[sp++] = new PyList(mid, midLen);
        for (int i = before - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    /** Makes a suspended generator's frame current, its caller being {@code caller}. */
    static Frame enterGenerator(Interpreter interp, PyGenerator g, Frame caller, PyObject value) {
        Frame gf = g.frame;
        if (++interp.depth > interp.recursionLimit) {
            interp.depth--;
            throw Errors.recursion("maximum recursion depth exceeded");
        }
        if (g.started && !gf.resumeWithoutPush) {
            gf.stack[gf.sp++] = value;
        }
        gf.resumeWithoutPush = false;
        g.started = true;
        g.running = true;
        gf.callerExcInfo = interp.excInfo;
        interp.excInfo = g.excInfoOnResume(interp.excInfo);
        gf.back = caller;
        interp.currentFrame = gf;
        return gf;
    }

    static PyObject yieldFromIter(PyObject o, PyCode co) {
        if (o instanceof PyGenerator g) {
            if (g.kind == PyGenerator.COROUTINE_TYPE && (co.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        return Abstract.iter(o);
    }

    /** SEND for receivers the loop cannot enter: {yielded, null} or {null, return value}. */
    static PyObject[] send(PyObject receiver, PyObject v) {
        try {
            PyObject r;
            if (receiver instanceof PyGenerator g) {
                r = g.resume(v, null);
                if (r == null) {
                    return new PyObject[] {null, g.returnValue};
                }
                return new PyObject[] {r, null};
            }
            if (v == PyNone.NONE) {
                PyObject m = receiver.type().lookup("__next__");
                if (m == null) {
                    throw Errors.typeError("'" + receiver.type().name + "' object is not an iterator");
                }
                r = Abstract.callMethodRaw(m, receiver);
            } else {
                r = Abstract.call(Abstract.getAttr(receiver, "send"), v);
            }
            return new PyObject[] {r, null};
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                return new PyObject[] {null, Interpreter.stopIterationValue(e.value)};
            }
            throw e;
        }
    }

    static PyObject getAwaitable(PyObject o, int where) {
        if (o instanceof PyGenerator g) {
            if (g.kind == PyGenerator.COROUTINE_TYPE || (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0) {
                if (g.yieldingFrom() != null) {
                    throw Errors.runtimeError("coroutine is being awaited already");
                }
                return o;
            }
        }
        PyObject await = o.type().lookup("__await__");
        if (await == null) {
            String ctx = where == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: "
                    : where == 2 ? "'async with' received an object from __aexit__ that does not implement __await__: "
                    : "object " + o.type().name + " can't be used in 'await' expression";
            throw Errors.typeError(where == 0 ? ctx : ctx + o.type().name);
        }
        PyObject it = Abstract.callMethodRaw(await, o);
        if (it instanceof PyGenerator g && g.kind == PyGenerator.COROUTINE_TYPE) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (it.type().lookup("__next__") == null && !(it instanceof PyGenerator)) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    static PyObject getAiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name);
        }
        PyObject it = Abstract.callMethodRaw(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name);
        }
        return it;
    }

    static PyObject getAnext(PyObject aiter) {
        PyObject m = aiter.type().lookup("__anext__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().name);
        }
        PyObject awaitable = Abstract.callMethodRaw(m, aiter);
        try {
            return getAwaitable(awaitable, 0);
        } catch (PyException e) {
            throw Errors.typeError("'async for' received an invalid object from __anext__: " + awaitable.type().name);
        }
    }

    /** BEFORE_WITH: [mgr] → [bound __exit__, result of __enter__]. CPython 3.11 messages. */
    static int beforeWith(PyObject[] stack, int sp, boolean async) {
        PyObject mgr = stack[sp - 1];
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        PyObject enter = mgr.type().lookup(enterName);
        if (enter == null) {
            throw Errors.typeError("'" + mgr.type().name + "' object does not support the "
                    + (async ? "asynchronous " : "") + "context manager protocol");
        }
        PyObject exit = mgr.type().lookup(exitName);
        if (exit == null) {
            throw Errors.typeError("'" + mgr.type().name + "' object does not support the "
                    + (async ? "asynchronous " : "") + "context manager protocol (missed " + exitName + " method)");
        }
        PyObject boundExit = Abstract.bindDescriptor(exit, mgr, mgr.type());
        PyObject res = Abstract.callMethodRaw(enter, mgr);
        stack[sp - 1] = boundExit;
        stack[sp++] = res;
        return sp;
    }

    /** RAISE_VARARGS: the exception to raise. CPython: do_raise. */
    static PyBaseException raise(Interpreter interp, PyObject[] stack, int sp, int argc) {
        if (argc == 0) {
            PyObject cur = interp.excInfo;
            if (!(cur instanceof PyBaseException e)) {
                return PyBaseException.create(ExceptionTypes.RuntimeError, PyStr.of("No active exception to reraise"));
            }
            return e;
        }
        PyObject cause = argc == 2 ? stack[sp - 1] : null;
        PyObject exc = stack[sp - argc];
        for (int i = sp - argc; i < sp; i++) {
            stack[i] = null;
        }
        PyBaseException e = Interpreter.makeException(exc, null);
        setContextOnRaise(interp.excInfo, e);
        if (cause != null) {
            if (cause == PyNone.NONE) {
                e.cause = PyNone.NONE;
            } else if (cause instanceof PyType ct && ct.isSubtype(PyBaseException.TYPE)) {
                e.cause = Abstract.call(ct);
            } else if (cause instanceof PyBaseException) {
                e.cause = cause;
            } else {
                throw Errors.typeError("exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        return e;
    }

    /** Implicit chaining: the exception being handled becomes __context__. CPython: _PyErr_SetObject. */
    static void chainContext(Interpreter interp, PyBaseException e) {
        chainContextWith(interp.excInfo, e);
    }

    static void chainContextWith(PyObject handled, PyBaseException e) {
        // an exception passing up through frames keeps the context it was raised with
        if (e.context != PyNone.NONE) {
            return;
        }
        setContextOnRaise(handled, e);
    }

    /**
     * A raise statement always makes the handled exception the new exception's context, first cutting
     * the chain where it would come back to the new exception; a cycle already in the chain is detected
     * (tortoise and hare) instead of looping forever. CPython: Python/errors.c _PyErr_SetObject.
     */
    static void setContextOnRaise(PyObject handled, PyBaseException e) {
        if (handled == PyNone.NONE || handled == e || !(handled instanceof PyBaseException h)) {
            return;
        }
        PyBaseException o = h;
        PyBaseException slow = h;
        boolean toggle = false;
        while (o.context instanceof PyBaseException c) {
            if (c == e) {
                o.context = PyNone.NONE;
                break;
            }
            o = c;
            if (o == slow) {
                break;
            }
            if (toggle) {
                slow = (PyBaseException) slow.context;
            }
            toggle = !toggle;
        }
        e.context = handled;
    }

    static boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.items) {
                checkCatchable(x);
            }
            for (PyObject x : t.items) {
                if (exc.type().isSubtype((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return exc.type().isSubtype((PyType) type);
    }

    private static void checkCatchable(PyObject t) {
        if (!(t instanceof PyType pt) || !pt.isSubtype(PyBaseException.TYPE)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    static void setupAnnotations(Frame f) {
        if (f.locals instanceof PyDict d) {
            if (d.getItem("__annotations__") == null) {
                d.setItem("__annotations__", new PyDict());
            }
        } else {
            try {
                Abstract.getItem(f.locals, PyStr.of("__annotations__"));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.KeyError)) {
                    throw e;
                }
                Abstract.setItem(f.locals, PyStr.of("__annotations__"), new PyDict());
            }
        }
    }

    static void printExpr(Interpreter interp, PyObject v) {
        PyObject hook = interp.sysModule.dict.getItem("displayhook");
        if (hook == null) {
            throw Errors.runtimeError("lost sys.displayhook");
        }
        Abstract.call(hook, v);
    }

    /** A generator finished by an exception: StopIteration inside becomes RuntimeError (PEP 479). */
    static PyBaseException generatorExitException(PyGenerator g, PyBaseException e) {
        if (g.kind == PyGenerator.ASYNC_GENERATOR_TYPE && e.type().isSubtype(ExceptionTypes.StopAsyncIteration)) {
            PyBaseException r = PyBaseException.create(ExceptionTypes.RuntimeError,
                    PyStr.of("async generator raised StopAsyncIteration"));
            r.cause = e;
            r.context = e;
            return r;
        }
        return Interpreter.stopIterationToRuntime(e, g.kindName());
    }

    static PyObject notImplemented() {
        return PySingletons.NOT_IMPLEMENTED;
    }

    static boolean isDescriptor(PyObject o) {
        return o instanceof Descriptor;
    }
}
