package org.matcha.builtins;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.*;
import org.matcha.vm.CompileSupport;
import org.matcha.vm.Interpreter;

/** The builtins module: functions, types and constants. CPython: Python/bltinmodule.c. */
@PyModuleDef(name = "builtins")
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static void init(PyModule m) {
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE,
            PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE,
            PyRange.TYPE, PySlice.TYPE, PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE, PySuper.TYPE,
            BuiltinIterators.Enumerate.TYPE, BuiltinIterators.Zip.TYPE, BuiltinIterators.MapIterator.TYPE,
            BuiltinIterators.FilterIterator.TYPE, BuiltinIterators.Reversed.TYPE};
        for (PyType t : types) {
            m.add(t.name, t);
        }
        for (PyType t : ExceptionTypes.ALL) {
            m.add(t.name, t);
        }
        m.add("BaseException", PyBaseException.TYPE);
        for (String alias : ExceptionTypes.OS_ERROR_ALIASES) {
            m.add(alias, ExceptionTypes.OSError);
        }
        m.add("None", PyNone.NONE);
        m.add("True", PyBool.TRUE);
        m.add("False", PyBool.FALSE);
        m.add("Ellipsis", PySingletons.ELLIPSIS);
        m.add("NotImplemented", PySingletons.NOT_IMPLEMENTED);
        m.add("__debug__", PyBool.TRUE);
        ((PyBuiltinFunctionObject) m.dict.getItem("sorted")).fn.spec.keywordOwner = "sort";
    }

    private static Interpreter interp() {
        return Interpreter.current();
    }

    @PyMethod(sig = "(*args, sep=None, end=None, file=None, flush=False)",
            text = "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)")
    public static void print(PyObject[] args, PyObject sep, PyObject end, PyObject file, boolean flush) {
        String s = sep == PyNone.NONE ? " " : checkStr(sep, "sep");
        String e = end == PyNone.NONE ? "\n" : checkStr(end, "end");
        if (file == PyNone.NONE) {
            file = interp().sysModule.dict.getItem("stdout");
            if (file == null || file == PyNone.NONE) {
                return;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                b.append(s);
            }
            b.append(Abstract.strString(args[i]));
        }
        b.append(e);
        if (file instanceof org.matcha.vm.HostStream hs) {
            hs.writeText(b.toString());
        } else {
            PyObject write = Abstract.getAttr(file, "write");
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    Abstract.call(write, PyStr.of(s));
                }
                Abstract.call(write, Abstract.str(args[i]));
            }
            Abstract.call(write, PyStr.of(e));
        }
        if (flush) {
            PyObject f = Abstract.lookupAttrOrNull(file, "flush");
            if (f != null) {
                Abstract.call(f);
            }
        }
    }

    private static String checkStr(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(what + " must be None or a string, not " + o.type().name);
        }
        return s.value;
    }

    @PyMethod(sig = "(obj, /)")
    public static PyObject len(PyObject o) {
        return PyInt.of(Abstract.len(o));
    }

    @PyMethod(sig = "(obj, /)")
    public static PyObject repr(PyObject o) {
        return Abstract.repr(o);
    }

    @PyMethod(sig = "(obj, /)")
    public static PyObject ascii(PyObject o) {
        return PyStr.of(StrRepr.asciiEscape(Abstract.reprString(o)));
    }

    @PyMethod(sig = "(value, format_spec='', /)")
    public static PyObject format(PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("format() argument 2 must be str, not " + spec.type().name);
        }
        return Abstract.format(value, s);
    }

    @PyMethod(sig = "(x, /)")
    public static PyObject abs(PyObject o) {
        if (o instanceof PyInt i && i.type() == PyInt.TYPE) {
            return i.signum() < 0 ? PyInt.neg(i) : i;
        }
        PyObject m = Abstract.lookupSpecial(o, "__abs__");
        if (m == null) {
            throw Errors.typeError("bad operand type for abs(): '" + o.type().name + "'");
        }
        return Abstract.callMethodRaw(m, o);
    }

    @PyMethod(sig = "(obj, /)")
    public static PyObject hash(PyObject o) {
        return PyInt.of(Abstract.hash(o));
    }

    @PyMethod(sig = "(obj, /)")
    public static PyObject id(PyObject o) {
        return PyInt.of(Abstract.id(o));
    }

    @PyMethod(sig = "(obj, /)")
    public static boolean callable(PyObject o) {
        return Abstract.isCallable(o);
    }

    @PyMethod(sig = "(object, sentinel=NULL, /)")
    public static PyObject iter(PyObject o, PyObject sentinel) {
        if (sentinel == null) {
            return Abstract.iter(o);
        }
        if (!Abstract.isCallable(o)) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new PyIterators.CallableIterator(o, sentinel);
    }

    @PyMethod(sig = "(iterator, default=NULL, /)")
    public static PyObject next(PyObject it, PyObject dflt) {
        PyObject m = it.type().lookup("__next__");
        if (m == null && !(it instanceof PyIterator)) {
            throw Errors.typeError("'" + it.type().name + "' object is not an iterator");
        }
        if (it instanceof PyIterator pi) {
            PyObject v = pi.nextOrNull();
            if (v == null) {
                if (dflt != null) {
                    return dflt;
                }
                throw Errors.stopIteration(null);
            }
            return v;
        }
        try {
            return Abstract.callMethodRaw(m, it);
        } catch (PyException e) {
            if (dflt != null && e.matches(ExceptionTypes.StopIteration)) {
                return dflt;
            }
            throw e;
        }
    }

    @PyMethod(sig = "(object, name, default=NULL, /)")
    public static PyObject getattr(PyObject o, PyObject name, PyObject dflt) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        if (dflt == null) {
            return Abstract.getAttr(o, s.value);
        }
        PyObject v = Abstract.lookupAttrOrNull(o, s.value);
        return v == null ? dflt : v;
    }

    @PyMethod(sig = "(obj, name, value, /)")
    public static void setattr(PyObject o, PyObject name, PyObject value) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        Abstract.setAttr(o, s.value, value);
    }

    @PyMethod(sig = "(obj, name, /)")
    public static void delattr(PyObject o, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        Abstract.setAttr(o, s.value, null);
    }

    @PyMethod(sig = "(obj, name, /)")
    public static boolean hasattr(PyObject o, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        return Abstract.lookupAttrOrNull(o, s.value) != null;
    }

    /** isinstance with __instancecheck__. CPython: PyObject_IsInstance. */
    public static boolean isinstance(PyObject o, PyObject cls) {
        if (o.type() == cls) {
            return true;
        }
        if (cls instanceof PyType t && !t.type().heap) {
            return TypeBuilder.isInstanceDefault(o, t);
        }
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tu) {
            for (PyObject c : tu.items) {
                if (isinstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type().lookup("__instancecheck__");
        if (check != null) {
            return Abstract.isTrue(Abstract.callMethodRaw(check, cls, o));
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    @PyMethod(name = "isinstance", sig = "(obj, class_or_tuple, /)")
    public static boolean isinstanceBuiltin(PyObject o, PyObject cls) {
        if (!(cls instanceof PyType) && !(cls instanceof PyTuple) && !(cls instanceof PyUnionType)
                && cls.type().lookup("__instancecheck__") == null) {
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return isinstance(o, cls);
    }

    @PyMethod(sig = "(cls, class_or_tuple, /)")
    public static boolean issubclass(PyObject sub, PyObject cls) {
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tu) {
            for (PyObject c : tu.items) {
                if (issubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyType t && !t.type().heap) {
            if (!(sub instanceof PyType st)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return st.isSubtype(t);
        }
        PyObject check = cls.type().lookup("__subclasscheck__");
        if (check != null) {
            return Abstract.isTrue(Abstract.callMethodRaw(check, cls, sub));
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    @PyMethod(sig = "(i, /)")
    public static PyObject chr(PyObject i) {
        long v = Abstract.index(i).longValue();
        if (v < 0 || v > 0x10FFFF) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoints(new int[] {(int) v}, 0, 1);
    }

    @PyMethod(sig = "(c, /)")
    public static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + s.length() + " found");
            }
            return PyInt.of(s.codePointAt(0));
        }
        if (c instanceof PyBytes b) {
            if (b.bytes.length != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + b.bytes.length + " found");
            }
            return PyInt.of(b.bytes[0] & 0xff);
        }
        throw Errors.typeError("ord() expected string of length 1, but " + c.type().name + " found");
    }

    private static PyObject radix(PyObject o, int radix, String prefix) {
        PyInt i = Abstract.index(o);
        java.math.BigInteger v = i.toBig();
        String digits = v.abs().toString(radix);
        return PyStr.of((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    @PyMethod(sig = "(number, /)", doc = "Return the binary representation of an integer.\n"
            + "\n"
            + "   >>> bin(2796202)\n"
            + "   '0b1010101010101010101010'")
    public static PyObject bin(PyObject o) {
        return radix(o, 2, "0b");
    }

    @PyMethod(sig = "(number, /)", doc = "Return the octal representation of an integer.\n"
            + "\n"
            + "   >>> oct(342391)\n"
            + "   '0o1234567'")
    public static PyObject oct(PyObject o) {
        return radix(o, 8, "0o");
    }

    @PyMethod(sig = "(number, /)", doc = "Return the hexadecimal representation of an integer.\n"
            + "\n"
            + "   >>> hex(12648430)\n"
            + "   '0xc0ffee'")
    public static PyObject hex(PyObject o) {
        return radix(o, 16, "0x");
    }

    @PyMethod(sig = "(x, y, /)")
    public static PyObject divmod(PyObject a, PyObject b) {
        PyObject r = Abstract.binaryDunder(a, b, "__divmod__", "__rdivmod__", -1);
        if (r == PySingletons.NOT_IMPLEMENTED) {
            throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a.type().name + "' and '"
                    + b.type().name + "'");
        }
        return r;
    }

    @PyMethod(sig = "(base, exp, mod=None)")
    public static PyObject pow(PyObject base, PyObject exp, PyObject mod) {
        if (mod == PyNone.NONE) {
            return Abstract.binaryOp(base, exp, 8);
        }
        if (base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m) {
            return PyInt.powMod(b, e, m);
        }
        PyObject meth = base.type().lookup("__pow__");
        if (meth != null) {
            PyObject r = Abstract.callMethodRaw(meth, base, exp, mod);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + base.type().name + "', '"
                + exp.type().name + "', '" + mod.type().name + "'");
    }

    @PyMethod(sig = "(number, ndigits=None)")
    public static PyObject round(PyObject number, PyObject ndigits) {
        PyObject m = number.type().lookup("__round__");
        if (m == null) {
            throw Errors.typeError("type " + number.type().name + " doesn't define __round__ method");
        }
        if (ndigits == PyNone.NONE) {
            return Abstract.callMethodRaw(m, number);
        }
        return Abstract.callMethodRaw(m, number, ndigits);
    }

    @PyMethod(sig = "(iterable, /)")
    public static boolean any(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (Abstract.isTrue(x)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod(sig = "(iterable, /)")
    public static boolean all(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (!Abstract.isTrue(x)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(sig = "(iterable, /, start=0)")
    public static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject acc = start;
        PyObject it = Abstract.iter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (acc instanceof PyInt a && x instanceof PyInt b && a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
                acc = PyInt.add(a, b);
            } else if (acc instanceof PyFloat a && x instanceof PyFloat b && b.type() == PyFloat.TYPE) {
                acc = PyFloat.of(a.value + b.value);
            } else {
                acc = Abstract.binaryOp(acc, x, 0);
            }
        }
        return acc;
    }

    private static PyObject minmax(PyObject[] args, PyObject key, PyObject dflt, boolean isMin) {
        String name = isMin ? "min" : "max";
        PyObject it;
        if (args.length == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (args.length == 1) {
            it = Abstract.iter(args[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = new PyIterators.ArrayIterator(args, args.length);
        }
        PyObject best = null;
        PyObject bestKey = null;
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            PyObject k = key == PyNone.NONE ? x : Abstract.call(key, x);
            if (best == null || Abstract.isTrue(Abstract.richCompare(k, bestKey, isMin ? 0 : 4))) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    @PyMethod(sig = "(*args, key=None, default=NULL)")
    public static PyObject min(PyObject[] args, PyObject key, PyObject dflt) {
        return minmax(args, key, dflt, true);
    }

    @PyMethod(sig = "(*args, key=None, default=NULL)")
    public static PyObject max(PyObject[] args, PyObject key, PyObject dflt) {
        return minmax(args, key, dflt, false);
    }

    @PyMethod(sig = "(iterable, /, *, key=None, reverse=False)")
    public static PyObject sorted(PyObject iterable, PyObject key, boolean reverse) {
        PyList l = new PyList();
        l.extend(iterable);
        l.sort(key, reverse);
        return l;
    }

    /** The builtin open() is io.open. CPython: _io_open_impl, exposed in builtins by pylifecycle.c. */
    @PyMethod(sig = "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)")
    public static PyObject open(PyObject file, PyObject mode, int buffering, PyObject encoding, PyObject errors,
            PyObject newline, boolean closefd, PyObject opener) {
        return org.matcha.modules.io.IoModule.open(file, mode, buffering, encoding, errors, newline, closefd, opener);
    }

    @PyMethod(sig = "(prompt=NULL, /)")
    public static PyObject input(PyObject prompt) {
        // CPython: builtin_input_impl (the non-interactive path) and PyFile_GetLine
        PyObject in = standardStream("stdin");
        PyObject out = standardStream("stdout");
        PyObject err = standardStream("stderr");
        flushQuietly(err);
        if (prompt != null) {
            Abstract.call(Abstract.getAttr(out, "write"), Abstract.str(prompt));
        }
        flushQuietly(out);
        PyObject line = Abstract.call(Abstract.getAttr(in, "readline"));
        if (line instanceof PyStr str) {
            String s = str.value;
            if (s.isEmpty()) {
                throw Errors.of(ExceptionTypes.EOFError, "EOF when reading a line");
            }
            return s.endsWith("\n") ? PyStr.of(s.substring(0, s.length() - 1)) : line;
        }
        if (line instanceof PyBytes b) {
            if (b.bytes.length == 0) {
                throw Errors.of(ExceptionTypes.EOFError, "EOF when reading a line");
            }
            int n = b.bytes.length;
            return b.bytes[n - 1] == '\n' ? new PyBytes(java.util.Arrays.copyOf(b.bytes, n - 1)) : line;
        }
        throw Errors.typeError("object.readline() returned non-string");
    }

    private static PyObject standardStream(String name) {
        PyObject stream = interp().sysModule.dict.getItem(name);
        if (stream == null || stream == PyNone.NONE) {
            throw Errors.of(ExceptionTypes.RuntimeError, "input(): lost sys." + name);
        }
        return stream;
    }

    private static void flushQuietly(PyObject stream) {
        try {
            PyObject flush = Abstract.lookupAttrOrNull(stream, "flush");
            if (flush != null) {
                Abstract.call(flush);
            }
        } catch (PyException e) {
            // CPython clears errors from these flushes
        }
    }

    @PyMethod(sig = "()")
    public static PyObject globals() {
        return interp().currentFrame().globals;
    }

    @PyMethod(sig = "()")
    public static PyObject locals() {
        return interp().currentFrame().f_locals();
    }

    @PyMethod(sig = "(object=NULL, /)")
    public static PyObject vars(PyObject o) {
        if (o == null) {
            return locals();
        }
        PyObject d = Abstract.lookupAttrOrNull(o, "__dict__");
        if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    @PyMethod(sig = "(object=NULL, /)")
    public static PyObject dir(PyObject o) {
        PyObject names;
        if (o == null) {
            // CPython: _dir_locals, PyMapping_Keys of the locals mapping
            PyObject loc = locals();
            PyList l = new PyList();
            l.extend(loc instanceof PyDict ? loc : Abstract.call(Abstract.getAttr(loc, "keys")));
            names = l;
        } else {
            PyObject m = o.type().lookup("__dir__");
            names = Abstract.callMethodRaw(m, o);
        }
        return sorted(names, PyNone.NONE, false);
    }

    /** __build_class__(func, name, *bases, metaclass=None, **kwds). CPython: builtin___build_class__. */
    @PyMethod(sig = "(func, name, /, *bases, metaclass=NULL, **kwds)")
    public static PyObject __build_class__(PyObject func, PyObject name, PyObject[] bases, PyObject metaclass,
            PyDict kwds) {
        if (!(func instanceof PyFunction fn)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(name instanceof PyStr)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = bases;
        bases = resolveMroEntries(bases);
        PyObject meta;
        boolean isClass;
        if (metaclass == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else {
            meta = metaclass;
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = TypeBuilder.calculateMetaclass((PyType) meta, bases);
        }
        PyTuple basesTuple = PyTuple.of(bases);
        String[] kwNames = kwds == null || kwds.size() == 0 ? null : new String[kwds.size()];
        PyObject[] kwValues = kwNames == null ? new PyObject[0] : new PyObject[kwNames.length];
        if (kwNames != null) {
            int k = 0;
            for (int i = kwds.nextEntry(0); i >= 0; i = kwds.nextEntry(i + 1)) {
                kwNames[k] = ((PyStr) kwds.keyAt(i)).value;
                kwValues[k++] = kwds.valueAt(i);
            }
        }
        PyObject prepare = Abstract.lookupAttrOrNull(meta, "__prepare__");
        PyObject ns;
        if (prepare != null) {
            PyObject[] args = new PyObject[2 + kwValues.length];
            args[0] = name;
            args[1] = basesTuple;
            System.arraycopy(kwValues, 0, args, 2, kwValues.length);
            ns = Abstract.call(prepare, args, kwNames);
            if (ns.type().lookup("__getitem__") == null) {
                throw Errors.typeError((isClass ? ((PyType) meta).name : "<metaclass>")
                        + ".__prepare__() must return a mapping, not " + ns.type().name);
            }
        } else {
            ns = new PyDict();
        }
        PyObject cell = interp().runCode(fn.code, fn.globals, ns, fn.closure);
        if (origBases != bases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] args = new PyObject[3 + kwValues.length];
        args[0] = name;
        args[1] = basesTuple;
        args[2] = ns;
        System.arraycopy(kwValues, 0, args, 3, kwValues.length);
        PyObject cls = Abstract.call(meta, args, kwNames);
        if (cls instanceof PyType && cell instanceof PyCell c) {
            if (c.value != cls) {
                if (c.value == null) {
                    throw Errors.runtimeError("__class__ not set defining " + Abstract.reprString(name) + " as "
                            + Abstract.reprString(cls) + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Errors.typeError("__class__ set to " + Abstract.reprString(c.value) + " defining "
                        + Abstract.reprString(name) + " as " + Abstract.reprString(cls));
            }
        }
        return cls;
    }

    private static PyObject[] resolveMroEntries(PyObject[] bases) {
        boolean changed = false;
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject b : bases) {
            if (b instanceof PyType) {
                out.add(b);
                continue;
            }
            PyObject m = Abstract.lookupAttrOrNull(b, "__mro_entries__");
            if (m == null) {
                out.add(b);
                continue;
            }
            PyObject r = Abstract.call(m, PyTuple.of(bases));
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            out.addAll(java.util.Arrays.asList(t.items));
            changed = true;
        }
        return changed ? out.toArray(new PyObject[0]) : bases;
    }

    @PyMethod(sig = "(name, globals=None, locals=None, fromlist=None, level=0)")
    public static PyObject __import__(PyObject name, PyObject globals, PyObject locals, PyObject fromlist, int level) {
        String n = Args.toJavaString(name, "__import__", "name");
        PyDict g = globals instanceof PyDict d ? d : new PyDict();
        return interp().imports.importName(n, g, fromlist, level);
    }

    private static PyCode codeFor(PyObject source, String mode, String fname) {
        if (source instanceof PyCode c) {
            // CPython: builtin_exec_impl / builtin_eval_impl, a closure's code has no cells to run with
            if (c.freevars != null && c.freevars.length > 0) {
                throw Errors.typeError(fname.equals("exec")
                        ? "code object requires a closure of exactly length " + c.freevars.length
                        : "code object passed to eval() may not contain free variables");
            }
            return c;
        }
        if (source instanceof PyStr s) {
            return CompileSupport.compile(s.value, "<string>", mode, CompileSupport.inheritedFlags());
        }
        if (source instanceof PyBytes b) {
            return CompileSupport.compile(b.bytes, "<string>", mode, CompileSupport.inheritedFlags());
        }
        throw Errors.typeError(fname + "() arg 1 must be a string, bytes or code object");
    }

    private static PyObject runIn(PyCode code, PyObject globals, PyObject locals) {
        return runIn(code, globals, locals, null);
    }

    private static PyObject runIn(PyCode code, PyObject globals, PyObject locals, PyCell[] closure) {
        PyDict g;
        if (globals == PyNone.NONE) {
            g = interp().currentFrame().globals;
            if (locals == PyNone.NONE) {
                locals = interp().currentFrame().f_locals();
            }
        } else if (globals instanceof PyDict d) {
            g = d;
        } else {
            throw Errors.typeError("globals must be a dict");
        }
        if (locals == PyNone.NONE) {
            locals = g;
        }
        if (g.getItem("__builtins__") == null) {
            g.setItem("__builtins__", interp().builtinsModule);
        }
        return closure == null ? interp().runCode(code, g, locals) : interp().runCode(code, g, locals, closure);
    }

    /** CPython: builtin_exec_impl; a code object with free variables needs a tuple of exactly that many cells. */
    @PyMethod(sig = "(source, globals=None, locals=None, /, *, closure=None)")
    public static PyObject exec(PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        PyCell[] cells = null;
        if (source instanceof PyCode code) {
            int nfree = code.freevars.length;
            if (nfree == 0) {
                if (closure != PyNone.NONE) {
                    throw Errors.typeError("cannot use a closure with this code object");
                }
            } else {
                boolean ok = closure.type() == PyTuple.TYPE && ((PyTuple) closure).size() == nfree;
                if (ok) {
                    cells = new PyCell[nfree];
                    for (int i = 0; i < nfree && ok; i++) {
                        PyObject c = ((PyTuple) closure).get(i);
                        ok = c instanceof PyCell;
                        cells[i] = ok ? (PyCell) c : null;
                    }
                }
                if (!ok) {
                    throw Errors.typeError("code object requires a closure of exactly length " + nfree);
                }
            }
        } else if (closure != PyNone.NONE) {
            throw Errors.typeError("closure can only be used when source is a code object");
        }
        runIn(cells != null ? (PyCode) source : codeFor(source, "exec", "exec"), globals, locals, cells);
        return PyNone.NONE;
    }

    @PyMethod(sig = "(source, globals=None, locals=None, /)")
    public static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        if (source instanceof PyStr s) {
            String text = s.value;
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            source = PyStr.of(text.substring(i));
        }
        return runIn(codeFor(source, "eval", "eval"), globals, locals);
    }

    @PyMethod(sig = "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)")
    public static PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, boolean dontInherit,
            int optimize, int featureVersion) {
        if (!dontInherit) {
            flags |= CompileSupport.inheritedFlags();
        }
        return org.matcha.modules.ast.AstCompile.compile(source, filename, mode, flags, optimize, featureVersion);
    }

    /** CPython: builtin_breakpoint; calls sys.breakpointhook(*args, **kws). */
    @PyMethod(sig = "(*args, **kws)")
    public static PyObject breakpoint(PyObject[] args, PyDict kws) {
        PyObject hook = Interpreter.current().sysModule.dict.getItem("breakpointhook");
        if (hook == null) {
            throw Errors.runtimeError("lost sys.breakpointhook");
        }
        return Abstract.callWithKwargs(hook, args, kws);
    }

    @PyMethod(sig = "(async_iterable, /)")
    public static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'" + o.type().name + "' object is not an async iterable");
        }
        return Abstract.callMethodRaw(m, o);
    }

    @PyMethod(sig = "(aiterator, default=NULL, /)")
    public static PyObject anext(PyObject o, PyObject dflt) {
        PyObject m = o.type().lookup("__anext__");
        if (m == null) {
            throw Errors.typeError("'" + o.type().name + "' object is not an async iterator");
        }
        if (dflt != null) {
            return new AnextAwaitable(o, dflt);
        }
        return Abstract.callMethodRaw(m, o);
    }
}
