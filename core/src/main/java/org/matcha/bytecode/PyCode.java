package org.matcha.bytecode;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/**
 * A compiled code object. Instructions are ints (opcode | arg << 8); {@link #positions} holds
 * (line, end line, column, end column) per instruction, and {@link #exceptionTable} holds
 * (start, end, handler, stack depth, push-lasti) rows, as in CPython 3.11.
 * CPython: Objects/codeobject.c, Include/cpython/code.h.
 */
@PyClass(name = "code")
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT);

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    /**
     * GET_ITER's argument in a for statement over a call: a generator that call has just made
     * belongs to the loop, which closes it when it leaves early (see POP_ITER).
     */
    public static final int GET_ITER_OWNS_FRESH = 1;
    /** compile() flag: await, async for and async with allowed at module level (CPython: compile.h). */
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    // the __future__ features (CPython: Include/cpython/compile.h PyCF_MASK)
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;
    /** The flags compile() inherits from its caller and passes to every code object it makes. */
    public static final int PyCF_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
            | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL
            | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;

    /**
     * The last finished frame of this code kept for the next call, heading a short list of them
     * (vm.Frame#park; typed Object to keep bytecode free of vm).
     */
    public Object spareFrame;
    /** Per instruction, the VM's inline cache for it (vm.AttrCache), made on first use. */
    public Object[] inlineCaches;
    public String name;
    public String qualname;
    public String filename;
    public int firstlineno;
    public int argcount;
    public int posonlyargcount;
    public int kwonlyargcount;
    public String[] varnames;
    public String[] cellvars;
    public String[] freevars;
    /** For each cell variable, the index of the argument it is initialised from, or -1. */
    public int[] cell2arg;
    public PyObject[] consts;
    public String[] names;
    /** co_names as str objects, for dict lookups without allocating. */
    public PyStr[] nameObjects;
    public int flags;
    public int[] code;
    public int[] positions;
    public int[] exceptionTable;
    public int stacksize;
    /** co_consts[0] is the docstring. */
    public boolean hasDocstring;

    static {
        TYPE.subclassable = false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isGeneratorLike() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    /** The source line of instruction {@code index}, or -1 when it has none. */
    public int lineOf(int index) {
        if (index < 0 || index * 4 >= positions.length) {
            return firstlineno;
        }
        return positions[index * 4];
    }

    private static PyTuple strTuple(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(out);
    }

    @PyGetter
    public PyObject co_name() {
        return PyStr.of(name);
    }

    @PyGetter
    public PyObject co_qualname() {
        return PyStr.of(qualname);
    }

    @PyGetter
    public PyObject co_filename() {
        return PyStr.of(filename);
    }

    @PyGetter
    public int co_firstlineno() {
        return firstlineno;
    }

    @PyGetter
    public int co_argcount() {
        return argcount;
    }

    @PyGetter
    public int co_posonlyargcount() {
        return posonlyargcount;
    }

    @PyGetter
    public int co_kwonlyargcount() {
        return kwonlyargcount;
    }

    @PyGetter
    public int co_nlocals() {
        return varnames.length;
    }

    @PyGetter
    public int co_stacksize() {
        return stacksize;
    }

    @PyGetter
    public PyObject co_varnames() {
        return strTuple(varnames);
    }

    @PyGetter
    public PyObject co_cellvars() {
        return strTuple(cellvars);
    }

    @PyGetter
    public PyObject co_freevars() {
        return strTuple(freevars);
    }

    @PyGetter
    public PyObject co_names() {
        return strTuple(names);
    }

    @PyGetter
    public PyObject co_consts() {
        return PyTuple.of(consts.clone());
    }

    @PyGetter
    public int co_flags() {
        return flags;
    }

    @PyGetter
    public PyObject co_code() {
        byte[] b = new byte[code.length * 4];
        for (int i = 0; i < code.length; i++) {
            int instr = Quickener.unquickened(code[i]);
            b[4 * i] = (byte) instr;
            b[4 * i + 1] = (byte) (instr >> 8);
            b[4 * i + 2] = (byte) (instr >> 16);
            b[4 * i + 3] = (byte) (instr >> 24);
        }
        return new org.matcha.objects.PyBytes(b);
    }

    @PyMethod
    public PyObject co_lines() {
        PyObject[] rows = new PyObject[code.length];
        for (int i = 0; i < code.length; i++) {
            rows[i] = PyTuple.of(PyInt.of(i * 2L), PyInt.of(i * 2L + 2), positionOrNone(lineOf(i)));
        }
        return new org.matcha.objects.PyIterators.ArrayIterator(rows, rows.length);
    }

    /**
     * (line, end line, column, end column) for each instruction, None where unknown. One row per
     * instruction, which f_lasti and tb_lasti count in 2-byte units as CPython's code units.
     * CPython: code_positions / positionsiter_next.
     */
    @PyMethod
    public PyObject co_positions() {
        PyObject[] rows = new PyObject[code.length];
        for (int i = 0; i < code.length; i++) {
            if (i * 4 + 3 < positions.length) {
                rows[i] = PyTuple.of(positionOrNone(positions[i * 4]), positionOrNone(positions[i * 4 + 1]),
                        positionOrNone(positions[i * 4 + 2]), positionOrNone(positions[i * 4 + 3]));
            } else {
                rows[i] = PyTuple.of(org.matcha.objects.PyNone.NONE, org.matcha.objects.PyNone.NONE,
                        org.matcha.objects.PyNone.NONE, org.matcha.objects.PyNone.NONE);
            }
        }
        return new org.matcha.objects.PyIterators.ArrayIterator(rows, rows.length);
    }

    private static PyObject positionOrNone(int value) {
        return value < 0 ? org.matcha.objects.PyNone.NONE : PyInt.of(value);
    }

    /**
     * A copy with some fields replaced; only the fields that do not change the bytecode's meaning
     * for the compiler (flags, names, consts, line) can be given. CPython: code_replace_impl.
     */
    @PyMethod(sig = "(*, co_flags=None, co_name=None, co_qualname=None, co_filename=None, co_firstlineno=None, co_consts=None, co_names=None)")
    public PyObject replace(PyObject coFlags, PyObject coName, PyObject coQualname, PyObject coFilename,
            PyObject coFirstlineno, PyObject coConsts, PyObject coNames) {
        PyCode c = new PyCode();
        c.name = name;
        c.qualname = qualname;
        c.filename = filename;
        c.firstlineno = firstlineno;
        c.argcount = argcount;
        c.posonlyargcount = posonlyargcount;
        c.kwonlyargcount = kwonlyargcount;
        c.varnames = varnames;
        c.cellvars = cellvars;
        c.freevars = freevars;
        c.cell2arg = cell2arg;
        c.consts = consts;
        c.names = names;
        c.nameObjects = nameObjects;
        c.flags = flags;
        c.code = code;
        c.positions = positions;
        c.exceptionTable = exceptionTable;
        c.stacksize = stacksize;
        c.hasDocstring = hasDocstring;
        if (coFlags != PyNone.NONE) {
            c.flags = (int) Abstract.index(coFlags).value;
        }
        if (coName != PyNone.NONE) {
            c.name = replaceString(coName, "co_name");
        }
        if (coQualname != PyNone.NONE) {
            c.qualname = replaceString(coQualname, "co_qualname");
        }
        if (coFilename != PyNone.NONE) {
            c.filename = replaceString(coFilename, "co_filename");
        }
        if (coFirstlineno != PyNone.NONE) {
            c.firstlineno = (int) Abstract.index(coFirstlineno).value;
        }
        if (coConsts != PyNone.NONE) {
            if (!(coConsts instanceof PyTuple t)) {
                throw Errors.typeError("replace() argument 'co_consts' must be tuple, not " + coConsts.type().name);
            }
            c.consts = t.items.clone();
        }
        if (coNames != PyNone.NONE) {
            if (!(coNames instanceof PyTuple t) || t.items.length != names.length) {
                throw Errors.valueError("co_names must be a tuple of the same length");
            }
            c.nameObjects = new PyStr[t.items.length];
            c.names = new String[t.items.length];
            for (int i = 0; i < t.items.length; i++) {
                c.names[i] = replaceString(t.items[i], "co_names");
                c.nameObjects[i] = PyStr.intern(c.names[i]);
            }
        }
        return c;
    }

    private static String replaceString(PyObject v, String field) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("replace() argument '" + field + "' must be str, not " + v.type().name);
        }
        return s.toString();
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">");
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return PyBool.of(o == this);
    }
}
