package org.matcha.builtins;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.*;
import org.matcha.vm.CompileSupport;
import org.matcha.vm.Interpreter;

/** The builtins module: functions, types and constants. CPython: Python/bltinmodule.c. */
@PyModuleDef(name = "builtins", doc = "Built-in functions, types, exceptions, and other objects.\n"
        + "\n"
        + "This module provides direct access to all 'built-in'\n"
        + "identifiers of Python; for example, builtins.len is\n"
        + "the full name for the built-in function len().\n"
        + "\n"
        + "This module is not normally accessed explicitly by most\n"
        + "applications, but can be useful in modules that provide\n"
        + "objects with the same name as a built-in value, but in\n"
        + "which the built-in of that name is also needed.")
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
            text = "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
            doc = "Prints the values to a stream, or to sys.stdout by default.\n"
            + "\n"
            + "  sep\n"
            + "    string inserted between values, default a space.\n"
            + "  end\n"
            + "    string appended after the last value, default a newline.\n"
            + "  file\n"
            + "    a file-like object (stream); defaults to the current sys.stdout.\n"
            + "  flush\n"
            + "    whether to forcibly flush the stream.")
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

    @PyMethod(sig = "(obj, /)", doc = "Return the number of items in a container.")
    public static PyObject len(PyObject o) {
        return PyInt.of(Abstract.len(o));
    }

    @PyMethod(sig = "(obj, /)", doc = "Return the canonical string representation of the object.\n"
            + "\n"
            + "For many object types, including most builtins, eval(repr(obj)) == obj.")
    public static PyObject repr(PyObject o) {
        return Abstract.repr(o);
    }

    @PyMethod(sig = "(obj, /)", doc = "Return an ASCII-only representation of an object.\n"
            + "\n"
            + "As repr(), return a string containing a printable representation of an\n"
            + "object, but escape the non-ASCII characters in the string returned by\n"
            + "repr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\n"
            + "to that returned by repr() in Python 2.")
    public static PyObject ascii(PyObject o) {
        return PyStr.of(StrRepr.asciiEscape(Abstract.reprString(o)));
    }

    @PyMethod(sig = "(value, format_spec='', /)", doc = "Return value.__format__(format_spec)\n"
            + "\n"
            + "format_spec defaults to the empty string.\n"
            + "See the Format Specification Mini-Language section of help('FORMATTING') for\n"
            + "details.")
    public static PyObject format(PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("format() argument 2 must be str, not " + spec.type().name);
        }
        return Abstract.format(value, s);
    }

    @PyMethod(sig = "(x, /)", doc = "Return the absolute value of the argument.")
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

    @PyMethod(sig = "(obj, /)", doc = "Return the hash value for the given object.\n"
            + "\n"
            + "Two objects that compare equal must also have the same hash value, but the\n"
            + "reverse is not necessarily true.")
    public static PyObject hash(PyObject o) {
        return PyInt.of(Abstract.hash(o));
    }

    @PyMethod(sig = "(obj, /)", doc = "Return the identity of an object.\n"
            + "\n"
            + "This is guaranteed to be unique among simultaneously existing objects.\n"
            + "(CPython uses the object's memory address.)")
    public static PyObject id(PyObject o) {
        return PyInt.of(Abstract.id(o));
    }

    @PyMethod(sig = "(obj, /)", doc = "Return whether the object is callable (i.e., some kind of function).\n"
            + "\n"
            + "Note that classes are callable, as are instances of classes with a\n"
            + "__call__() method.")
    public static boolean callable(PyObject o) {
        return Abstract.isCallable(o);
    }

    @PyMethod(sig = "(object, sentinel=NULL, /)", doc = "iter(iterable) -> iterator\n"
            + "iter(callable, sentinel) -> iterator\n"
            + "\n"
            + "Get an iterator from an object.  In the first form, the argument must\n"
            + "supply its own iterator, or be a sequence.\n"
            + "In the second form, the callable is called until it returns the sentinel.")
    public static PyObject iter(PyObject o, PyObject sentinel) {
        if (sentinel == null) {
            return Abstract.iter(o);
        }
        if (!Abstract.isCallable(o)) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new PyIterators.CallableIterator(o, sentinel);
    }

    @PyMethod(sig = "(iterator, default=NULL, /)", doc = "next(iterator[, default])\n"
            + "\n"
            + "Return the next item from the iterator. If default is given and the iterator\n"
            + "is exhausted, it is returned instead of raising StopIteration.")
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

    @PyMethod(sig = "(object, name, default=NULL, /)", doc = "getattr(object, name[, default]) -> value\n"
            + "\n"
            + "Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\n"
            + "When a default argument is given, it is returned when the attribute doesn't\n"
            + "exist; without it, an exception is raised in that case.")
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

    @PyMethod(sig = "(obj, name, value, /)",
            doc = "Sets the named attribute on the given object to the specified value.\n"
            + "\n"
            + "setattr(x, 'y', v) is equivalent to ``x.y = v``")
    public static void setattr(PyObject o, PyObject name, PyObject value) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        Abstract.setAttr(o, s.value, value);
    }

    @PyMethod(sig = "(obj, name, /)", doc = "Deletes the named attribute from the given object.\n"
            + "\n"
            + "delattr(x, 'y') is equivalent to ``del x.y``")
    public static void delattr(PyObject o, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        Abstract.setAttr(o, s.value, null);
    }

    @PyMethod(sig = "(obj, name, /)", doc = "Return whether the object has an attribute with the given name.\n"
            + "\n"
            + "This is done by calling getattr(obj, name) and catching AttributeError.")
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

    @PyMethod(name = "isinstance", sig = "(obj, class_or_tuple, /)",
            doc = "Return whether an object is an instance of a class or of a subclass thereof.\n"
            + "\n"
            + "A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\n"
            + "check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\n"
            + "or ...`` etc.")
    public static boolean isinstanceBuiltin(PyObject o, PyObject cls) {
        if (!(cls instanceof PyType) && !(cls instanceof PyTuple) && !(cls instanceof PyUnionType)
                && cls.type().lookup("__instancecheck__") == null) {
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return isinstance(o, cls);
    }

    @PyMethod(sig = "(cls, class_or_tuple, /)",
            doc = "Return whether 'cls' is derived from another class or is the same class.\n"
            + "\n"
            + "A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\n"
            + "check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\n"
            + "or ...``.")
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

    @PyMethod(sig = "(i, /)", doc = "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")
    public static PyObject chr(PyObject i) {
        long v = Abstract.index(i).longValue();
        if (v < 0 || v > 0x10FFFF) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoints(new int[] {(int) v}, 0, 1);
    }

    @PyMethod(sig = "(c, /)", doc = "Return the Unicode code point for a one-character string.")
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

    @PyMethod(sig = "(x, y, /)", doc = "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.")
    public static PyObject divmod(PyObject a, PyObject b) {
        PyObject r = Abstract.binaryDunder(a, b, "__divmod__", "__rdivmod__", -1);
        if (r == PySingletons.NOT_IMPLEMENTED) {
            throw Errors.typeError("unsupported operand type(s) for divmod(): '" + a.type().name + "' and '"
                    + b.type().name + "'");
        }
        return r;
    }

    @PyMethod(sig = "(base, exp, mod=None)",
            doc = "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n"
            + "\n"
            + "Some types, such as ints, are able to use a more efficient algorithm when\n"
            + "invoked using the three argument form.")
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

    @PyMethod(sig = "(number, ndigits=None)", doc = "Round a number to a given precision in decimal digits.\n"
            + "\n"
            + "The return value is an integer if ndigits is omitted or None.  Otherwise\n"
            + "the return value has the same type as the number.  ndigits may be negative.")
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

    @PyMethod(sig = "(iterable, /)", doc = "Return True if bool(x) is True for any x in the iterable.\n"
            + "\n"
            + "If the iterable is empty, return False.")
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

    @PyMethod(sig = "(iterable, /)", doc = "Return True if bool(x) is True for all values x in the iterable.\n"
            + "\n"
            + "If the iterable is empty, return True.")
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

    @PyMethod(sig = "(iterable, /, start=0)",
            doc = "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n"
            + "\n"
            + "When the iterable is empty, return the start value.\n"
            + "This function is intended specifically for use with numeric values and may\n"
            + "reject non-numeric types.")
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

    @PyMethod(sig = "(*args, key=None, default=NULL)", doc = "min(iterable, *[, default=obj, key=func]) -> value\n"
            + "min(arg1, arg2, *args, *[, key=func]) -> value\n"
            + "\n"
            + "With a single iterable argument, return its smallest item. The\n"
            + "default keyword-only argument specifies an object to return if\n"
            + "the provided iterable is empty.\n"
            + "With two or more arguments, return the smallest argument.")
    public static PyObject min(PyObject[] args, PyObject key, PyObject dflt) {
        return minmax(args, key, dflt, true);
    }

    @PyMethod(sig = "(*args, key=None, default=NULL)", doc = "max(iterable, *[, default=obj, key=func]) -> value\n"
            + "max(arg1, arg2, *args, *[, key=func]) -> value\n"
            + "\n"
            + "With a single iterable argument, return its biggest item. The\n"
            + "default keyword-only argument specifies an object to return if\n"
            + "the provided iterable is empty.\n"
            + "With two or more arguments, return the largest argument.")
    public static PyObject max(PyObject[] args, PyObject key, PyObject dflt) {
        return minmax(args, key, dflt, false);
    }

    @PyMethod(sig = "(iterable, /, *, key=None, reverse=False)",
            doc = "Return a new list containing all items from the iterable in ascending order.\n"
            + "\n"
            + "A custom key function can be supplied to customize the sort order, and the\n"
            + "reverse flag can be set to request the result in descending order.")
    public static PyObject sorted(PyObject iterable, PyObject key, boolean reverse) {
        PyList l = new PyList();
        l.extend(iterable);
        l.sort(key, reverse);
        return l;
    }

    /** The builtin open() is io.open. CPython: _io_open_impl, exposed in builtins by pylifecycle.c. */
    @PyMethod(sig = "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
            doc = "Open file and return a stream.  Raise OSError upon failure.\n"
            + "\n"
            + "file is either a text or byte string giving the name (and the path\n"
            + "if the file isn't in the current working directory) of the file to\n"
            + "be opened or an integer file descriptor of the file to be\n"
            + "wrapped. (If a file descriptor is given, it is closed when the\n"
            + "returned I/O object is closed, unless closefd is set to False.)\n"
            + "\n"
            + "mode is an optional string that specifies the mode in which the file\n"
            + "is opened. It defaults to 'r' which means open for reading in text\n"
            + "mode.  Other common values are 'w' for writing (truncating the file if\n"
            + "it already exists), 'x' for creating and writing to a new file, and\n"
            + "'a' for appending (which on some Unix systems, means that all writes\n"
            + "append to the end of the file regardless of the current seek position).\n"
            + "In text mode, if encoding is not specified the encoding used is platform\n"
            + "dependent: locale.getencoding() is called to get the current locale encoding.\n"
            + "(For reading and writing raw bytes use binary mode and leave encoding\n"
            + "unspecified.) The available modes are:\n"
            + "\n"
            + "========= ===============================================================\n"
            + "Character Meaning\n"
            + "--------- ---------------------------------------------------------------\n"
            + "'r'       open for reading (default)\n"
            + "'w'       open for writing, truncating the file first\n"
            + "'x'       create a new file and open it for writing\n"
            + "'a'       open for writing, appending to the end of the file if it exists\n"
            + "'b'       binary mode\n"
            + "'t'       text mode (default)\n"
            + "'+'       open a disk file for updating (reading and writing)\n"
            + "========= ===============================================================\n"
            + "\n"
            + "The default mode is 'rt' (open for reading text). For binary random\n"
            + "access, the mode 'w+b' opens and truncates the file to 0 bytes, while\n"
            + "'r+b' opens the file without truncation. The 'x' mode implies 'w' and\n"
            + "raises an `FileExistsError` if the file already exists.\n"
            + "\n"
            + "Python distinguishes between files opened in binary and text modes,\n"
            + "even when the underlying operating system doesn't. Files opened in\n"
            + "binary mode (appending 'b' to the mode argument) return contents as\n"
            + "bytes objects without any decoding. In text mode (the default, or when\n"
            + "'t' is appended to the mode argument), the contents of the file are\n"
            + "returned as strings, the bytes having been first decoded using a\n"
            + "platform-dependent encoding or using the specified encoding if given.\n"
            + "\n"
            + "buffering is an optional integer used to set the buffering policy.\n"
            + "Pass 0 to switch buffering off (only allowed in binary mode), 1 to select\n"
            + "line buffering (only usable in text mode), and an integer > 1 to indicate\n"
            + "the size of a fixed-size chunk buffer.  When no buffering argument is\n"
            + "given, the default buffering policy works as follows:\n"
            + "\n"
            + "* Binary files are buffered in fixed-size chunks; the size of the buffer\n"
            + "  is chosen using a heuristic trying to determine the underlying device's\n"
            + "  \"block size\" and falling back on `io.DEFAULT_BUFFER_SIZE`.\n"
            + "  On many systems, the buffer will typically be 4096 or 8192 bytes long.\n"
            + "\n"
            + "* \"Interactive\" text files (files for which isatty() returns True)\n"
            + "  use line buffering.  Other text files use the policy described above\n"
            + "  for binary files.\n"
            + "\n"
            + "encoding is the name of the encoding used to decode or encode the\n"
            + "file. This should only be used in text mode. The default encoding is\n"
            + "platform dependent, but any encoding supported by Python can be\n"
            + "passed.  See the codecs module for the list of supported encodings.\n"
            + "\n"
            + "errors is an optional string that specifies how encoding errors are to\n"
            + "be handled---this argument should not be used in binary mode. Pass\n"
            + "'strict' to raise a ValueError exception if there is an encoding error\n"
            + "(the default of None has the same effect), or pass 'ignore' to ignore\n"
            + "errors. (Note that ignoring encoding errors can lead to data loss.)\n"
            + "See the documentation for codecs.register or run 'help(codecs.Codec)'\n"
            + "for a list of the permitted encoding error strings.\n"
            + "\n"
            + "newline controls how universal newlines works (it only applies to text\n"
            + "mode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as\n"
            + "follows:\n"
            + "\n"
            + "* On input, if newline is None, universal newlines mode is\n"
            + "  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n"
            + "  these are translated into '\\n' before being returned to the\n"
            + "  caller. If it is '', universal newline mode is enabled, but line\n"
            + "  endings are returned to the caller untranslated. If it has any of\n"
            + "  the other legal values, input lines are only terminated by the given\n"
            + "  string, and the line ending is returned to the caller untranslated.\n"
            + "\n"
            + "* On output, if newline is None, any '\\n' characters written are\n"
            + "  translated to the system default line separator, os.linesep. If\n"
            + "  newline is '' or '\\n', no translation takes place. If newline is any\n"
            + "  of the other legal values, any '\\n' characters written are translated\n"
            + "  to the given string.\n"
            + "\n"
            + "If closefd is False, the underlying file descriptor will be kept open\n"
            + "when the file is closed. This does not work when a file name is given\n"
            + "and must be True in that case.\n"
            + "\n"
            + "A custom opener can be used by passing a callable as *opener*. The\n"
            + "underlying file descriptor for the file object is then obtained by\n"
            + "calling *opener* with (*file*, *flags*). *opener* must return an open\n"
            + "file descriptor (passing os.open as *opener* results in functionality\n"
            + "similar to passing None).\n"
            + "\n"
            + "open() returns a file object whose type depends on the mode, and\n"
            + "through which the standard file operations such as reading and writing\n"
            + "are performed. When open() is used to open a file in a text mode ('w',\n"
            + "'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open\n"
            + "a file in a binary mode, the returned class varies: in read binary\n"
            + "mode, it returns a BufferedReader; in write binary and append binary\n"
            + "modes, it returns a BufferedWriter, and in read/write mode, it returns\n"
            + "a BufferedRandom.\n"
            + "\n"
            + "It is also possible to use a string or bytearray as a file for both\n"
            + "reading and writing. For strings StringIO can be used like a file\n"
            + "opened in a text mode, and for bytes a BytesIO can be used like a file\n"
            + "opened in a binary mode.")
    public static PyObject open(PyObject file, PyObject mode, int buffering, PyObject encoding, PyObject errors,
            PyObject newline, boolean closefd, PyObject opener) {
        return org.matcha.modules.io.IoModule.open(file, mode, buffering, encoding, errors, newline, closefd, opener);
    }

    @PyMethod(sig = "(prompt=NULL, /)",
            doc = "Read a string from standard input.  The trailing newline is stripped.\n"
            + "\n"
            + "The prompt string, if given, is printed to standard output without a\n"
            + "trailing newline before reading input.\n"
            + "\n"
            + "If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\n"
            + "On *nix systems, readline is used if available.")
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

    @PyMethod(sig = "()", doc = "Return the dictionary containing the current scope's global variables.\n"
            + "\n"
            + "NOTE: Updates to this dictionary *will* affect name lookups in the current\n"
            + "global scope and vice-versa.")
    public static PyObject globals() {
        return interp().currentFrame().globals;
    }

    @PyMethod(sig = "()", doc = "Return a dictionary containing the current scope's local variables.\n"
            + "\n"
            + "NOTE: Whether or not updates to this dictionary will affect name lookups in\n"
            + "the local scope and vice-versa is *implementation dependent* and not\n"
            + "covered by any backwards compatibility guarantees.")
    public static PyObject locals() {
        return interp().currentFrame().f_locals();
    }

    @PyMethod(sig = "(object=NULL, /)", doc = "vars([object]) -> dictionary\n"
            + "\n"
            + "Without arguments, equivalent to locals().\n"
            + "With an argument, equivalent to object.__dict__.")
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

    @PyMethod(sig = "(object=NULL, /)", doc = "dir([object]) -> list of strings\n"
            + "\n"
            + "If called without an argument, return the names in the current scope.\n"
            + "Else, return an alphabetized list of names comprising (some of) the attributes\n"
            + "of the given object, and of attributes reachable from it.\n"
            + "If the object supplies a method named __dir__, it will be used; otherwise\n"
            + "the default dir() logic is used and returns:\n"
            + "  for a module object: the module's attributes.\n"
            + "  for a class object:  its attributes, and recursively the attributes\n"
            + "    of its bases.\n"
            + "  for any other object: its attributes, its class's attributes, and\n"
            + "    recursively the attributes of its class's base classes.")
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
    @PyMethod(sig = "(func, name, /, *bases, metaclass=NULL, **kwds)",
            doc = "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n"
            + "\n"
            + "Internal helper function used by the class statement.")
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

    @PyMethod(sig = "(name, globals=None, locals=None, fromlist=None, level=0)", doc = "Import a module.\n"
            + "\n"
            + "Because this function is meant for use by the Python\n"
            + "interpreter and not for general use, it is better to use\n"
            + "importlib.import_module() to programmatically import a module.\n"
            + "\n"
            + "The globals argument is only used to determine the context;\n"
            + "they are not modified.  The locals argument is unused.  The fromlist\n"
            + "should be a list of names to emulate ``from name import ...``, or an\n"
            + "empty list to emulate ``import name``.\n"
            + "When importing a module from a package, note that __import__('A.B', ...)\n"
            + "returns package A when fromlist is empty, but its submodule B when\n"
            + "fromlist is not empty.  The level argument is used to determine whether to\n"
            + "perform absolute or relative imports: 0 is absolute, while a positive number\n"
            + "is the number of parent directories to search relative to the current module.")
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
    @PyMethod(sig = "(source, globals=None, locals=None, /, *, closure=None)",
            doc = "Execute the given source in the context of globals and locals.\n"
            + "\n"
            + "The source may be a string representing one or more Python statements\n"
            + "or a code object as returned by compile().\n"
            + "The globals must be a dictionary and locals can be any mapping,\n"
            + "defaulting to the current globals and locals.\n"
            + "If only globals is given, locals defaults to it.\n"
            + "The closure must be a tuple of cellvars, and can only be used\n"
            + "when source is a code object requiring exactly that many cellvars.")
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

    @PyMethod(sig = "(source, globals=None, locals=None, /)",
            doc = "Evaluate the given source in the context of globals and locals.\n"
            + "\n"
            + "The source may be a string representing a Python expression\n"
            + "or a code object as returned by compile().\n"
            + "The globals must be a dictionary and locals can be any mapping,\n"
            + "defaulting to the current globals and locals.\n"
            + "If only globals is given, locals defaults to it.")
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

    @PyMethod(sig = "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
            doc = "Compile source into a code object that can be executed by exec() or eval().\n"
            + "\n"
            + "The source code may represent a Python module, statement or expression.\n"
            + "The filename will be used for run-time error messages.\n"
            + "The mode must be 'exec' to compile a module, 'single' to compile a\n"
            + "single (interactive) statement, or 'eval' to compile an expression.\n"
            + "The flags argument, if present, controls which future statements influence\n"
            + "the compilation of the code.\n"
            + "The dont_inherit argument, if true, stops the compilation inheriting\n"
            + "the effects of any future statements in effect in the code calling\n"
            + "compile; if absent or false these statements do influence the compilation,\n"
            + "in addition to any features explicitly specified.")
    public static PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, boolean dontInherit,
            int optimize, int featureVersion) {
        if (!dontInherit) {
            flags |= CompileSupport.inheritedFlags();
        }
        return org.matcha.modules.ast.AstCompile.compile(source, filename, mode, flags, optimize, featureVersion);
    }

    /** CPython: builtin_breakpoint; calls sys.breakpointhook(*args, **kws). */
    @PyMethod(sig = "(*args, **kws)", doc = "breakpoint(*args, **kws)\n"
            + "\n"
            + "Call sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\n"
            + "whatever arguments are passed.\n"
            + "\n"
            + "By default, this drops you into the pdb debugger.")
    public static PyObject breakpoint(PyObject[] args, PyDict kws) {
        PyObject hook = Interpreter.current().sysModule.dict.getItem("breakpointhook");
        if (hook == null) {
            throw Errors.runtimeError("lost sys.breakpointhook");
        }
        return Abstract.callWithKwargs(hook, args, kws);
    }

    @PyMethod(sig = "(async_iterable, /)", doc = "Return an AsyncIterator for an AsyncIterable object.")
    public static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'" + o.type().name + "' object is not an async iterable");
        }
        return Abstract.callMethodRaw(m, o);
    }

    @PyMethod(sig = "(aiterator, default=NULL, /)", doc = "async anext(aiterator[, default])\n"
            + "\n"
            + "Return the next item from the async iterator.  If default is given and the async\n"
            + "iterator is exhausted, it is returned instead of raising StopAsyncIteration.")
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
