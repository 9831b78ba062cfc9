package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/** The sys module. CPython: Python/sysmodule.c. */
@PyModuleDef(name = "sys")
public final class SysModule {
    private SysModule() {}

    public static void init(PyModule m) {
        m.add("version", PyStr.of("3.11.7 (matcha) [Java]"));
        m.add("version_info", PyTuple.of(PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.of(0)));
        m.add("hexversion", PyInt.of(0x030B07F0L));
        m.add("platform", PyStr.of("matcha"));
        m.add("byteorder", PyStr.of("little"));
        m.add("maxsize", PyInt.of(Long.MAX_VALUE));
        m.add("maxunicode", PyInt.of(0x10FFFF));
        m.add("argv", new PyList());
        m.add("path", new PyList());
        m.add("executable", PyStr.of(""));
        m.add("prefix", PyStr.of("/"));
        m.add("exec_prefix", PyStr.of("/"));
        m.add("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("sys")));
        m.add("dont_write_bytecode", PyBool.TRUE);
        m.add("warnoptions", new PyList());
    }

    @PyMethod(sig = "(status=None, /)")
    public static void exit(PyObject status) {
        PyBaseException e = status == PyNone.NONE ? PyBaseException.create(ExceptionTypes.SystemExit)
                : PyBaseException.create(ExceptionTypes.SystemExit, status);
        throw new PyException(e);
    }

    @PyMethod
    public static long getrecursionlimit() {
        return Interpreter.current().recursionLimit;
    }

    @PyMethod
    public static void setrecursionlimit(PyObject limit) {
        if (limit instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long n = Abstract.index(limit).longValue();
        if (n < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
        }
        Interpreter.current().recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
    }

    @PyMethod
    public static PyObject exc_info() {
        PyObject e = Interpreter.current().excInfo;
        if (e instanceof PyBaseException be) {
            return PyTuple.of(be.type(), be, be.traceback);
        }
        return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }

    @PyMethod
    public static PyObject exception() {
        return Interpreter.current().excInfo;
    }

    @PyMethod(sig = "(depth=0, /)")
    public static PyObject _getframe(int depth) {
        org.matcha.vm.Frame f = Interpreter.current().currentFrame();
        for (int i = 0; i < depth && f != null; i++) {
            PyObject back = f.f_back();
            f = back instanceof org.matcha.vm.Frame fb ? fb : null;
        }
        if (f == null) {
            throw Errors.valueError("call stack is not deep enough");
        }
        return f;
    }

    @PyMethod
    public static void set_int_max_str_digits(PyObject maxdigits) {
        long n = Abstract.index(maxdigits).longValue();
        if (n != 0 && n < 640) {
            throw Errors.valueError("maxdigits must be 0 or larger than 640");
        }
        IntMath.maxStrDigits = (int) n;
    }

    @PyMethod
    public static long get_int_max_str_digits() {
        return IntMath.maxStrDigits;
    }

    @PyMethod
    public static PyObject intern(PyObject s) {
        if (!(s instanceof PyStr)) {
            throw Errors.typeError("intern() argument must be str, not " + s.type().name);
        }
        return s;
    }

    @PyMethod(sig = "(object, default=NULL, /)")
    public static long getsizeof(PyObject o, PyObject dflt) {
        return 64;
    }

    @PyMethod
    public static void displayhook(PyObject value) {
        if (value == PyNone.NONE) {
            return;
        }
        PyModule b = Interpreter.current().builtinsModule;
        b.dict.setItem("_", PyNone.NONE);
        PyObject out = Interpreter.current().sysModule.dict.getItem("stdout");
        Abstract.call(Abstract.getAttr(out, "write"), PyStr.of(Abstract.reprString(value) + "\n"));
        b.dict.setItem("_", value);
    }

    @PyMethod
    public static void excepthook(PyObject type, PyObject value, PyObject tb) {
        PyObject err = Interpreter.current().sysModule.dict.getItem("stderr");
        Abstract.call(Abstract.getAttr(err, "write"),
                PyStr.of(org.matcha.vm.TracebackPrinter.format((PyBaseException) value)));
    }

    @PyMethod
    public static PyObject getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod
    public static PyObject getfilesystemencoding() {
        return PyStr.of("utf-8");
    }
}
