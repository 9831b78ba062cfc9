package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/** The sys module. CPython: Python/sysmodule.c. */
@PyModuleDef(name = "sys")
public final class SysModule {
    /** C's DBL_EPSILON, 2**-52 (TeaVM's Math.ulp gives a wrong value in the browser). */
    private static final double DBL_EPSILON = 2.220446049250313e-16;

    private SysModule() {}

    /** The version this interpreter implements; sys.version_info and sys.implementation.version. */
    public static final PyType VERSION_INFO_TYPE = StructSeq.newType("sys", "version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5);
    static final PyType FLAGS_TYPE = StructSeq.newType("sys", "flags", new String[] {"debug", "inspect",
        "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
        "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
        "safe_path", "int_max_str_digits"}, 18);
    static final PyType FLOAT_INFO_TYPE = StructSeq.newType("sys", "float_info", new String[] {"max", "max_exp",
        "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11);
    static final PyType INT_INFO_TYPE = StructSeq.newType("sys", "int_info", new String[] {"bits_per_digit",
        "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4);
    static final PyType HASH_INFO_TYPE = StructSeq.newType("sys", "hash_info", new String[] {"width", "modulus",
        "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9);
    static final PyType THREAD_INFO_TYPE = StructSeq.newType("sys", "thread_info",
            new String[] {"name", "lock", "version"}, 3);
    static final PyType ASYNCGEN_HOOKS_TYPE = StructSeq.newType("builtins", "asyncgen_hooks",
            new String[] {"firstiter", "finalizer"}, 2);

    public static void init(PyModule m) {
        PyObject versionInfo = StructSeq.make(VERSION_INFO_TYPE, PyInt.of(3), PyInt.of(11), PyInt.of(7),
                PyStr.of("final"), PyInt.of(0));
        m.add("version", PyStr.of("3.11.7 (matcha) [Java]"));
        m.add("version_info", versionInfo);
        m.add("hexversion", PyInt.of(0x030B07F0L));
        m.add("api_version", PyInt.of(1013));
        PyDict impl = new PyDict();
        impl.setItem("name", PyStr.of("matcha"));
        // no cached bytecode files: importlib then never writes __pycache__
        impl.setItem("cache_tag", PyNone.NONE);
        impl.setItem("version", versionInfo);
        impl.setItem("hexversion", PyInt.of(0x030B07F0L));
        m.add("implementation", PyNamespace.of(impl));
        m.add("platform", PyStr.of(Interpreter.current().host.platform()));
        m.add("byteorder", PyStr.of("little"));
        m.add("maxsize", PyInt.of(Long.MAX_VALUE));
        m.add("maxunicode", PyInt.of(0x10FFFF));
        m.add("argv", new PyList());
        m.add("orig_argv", new PyList());
        m.add("path", new PyList());
        m.add("meta_path", new PyList());
        m.add("path_hooks", new PyList());
        m.add("path_importer_cache", new PyDict());
        m.add("executable", PyStr.of(""));
        m.add("_base_executable", PyStr.of(""));
        m.add("prefix", PyStr.of("/"));
        m.add("exec_prefix", PyStr.of("/"));
        m.add("base_prefix", PyStr.of("/"));
        m.add("base_exec_prefix", PyStr.of("/"));
        m.add("platlibdir", PyStr.of("lib"));
        m.add("_stdlib_dir", PyStr.of("/lib/python3.11"));
        m.add("pycache_prefix", PyNone.NONE);
        m.add("abiflags", PyStr.of(""));
        m.add("float_repr_style", PyStr.of("short"));
        m.add("copyright", PyStr.of("Copyright (c) 2026 the Matcha authors.\nPython's standard library: "
                + "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
        m.add("_git", PyTuple.of(PyStr.of("Matcha"), PyStr.of(""), PyStr.of("")));
        m.add("_framework", PyStr.of(""));
        m.add("_xoptions", new PyDict());
        String[] natives = org.matcha.generated.ExposedRegistry.MODULE_NAMES.clone();
        java.util.Arrays.sort(natives);
        PyObject[] nativeNames = new PyObject[natives.length];
        for (int i = 0; i < natives.length; i++) {
            nativeNames[i] = PyStr.of(natives[i]);
        }
        m.add("builtin_module_names", PyTuple.of(nativeNames));
        m.add("stdlib_module_names", PySet.frozen(nativeNames));
        m.add("dont_write_bytecode", PyBool.TRUE);
        m.add("warnoptions", new PyList());
        PyInt zero = PyInt.of(0);
        m.add("flags", StructSeq.make(FLAGS_TYPE, zero, zero, zero, zero, PyInt.of(1), zero, zero, zero, zero, zero,
                zero, PyInt.of(1), zero, PyBool.FALSE, zero, zero, PyBool.FALSE, PyInt.of(-1)));
        m.add("float_info", StructSeq.make(FLOAT_INFO_TYPE, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15),
                PyInt.of(53), PyFloat.of(DBL_EPSILON), PyInt.of(2), PyInt.of(1)));
        m.add("int_info", StructSeq.make(INT_INFO_TYPE, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        m.add("hash_info", StructSeq.make(HASH_INFO_TYPE, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159),
                zero, PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), zero));
        // no threads in WebAssembly: _thread runs everything on the one thread there is
        m.add("thread_info", StructSeq.make(THREAD_INFO_TYPE, PyNone.NONE, PyNone.NONE, PyNone.NONE));
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

    /** CPython: sys_breakpointhook in Python/sysmodule.c; $PYTHONBREAKPOINT names the hook to call. */
    @PyMethod(sig = "(*args, **kws)")
    public static PyObject breakpointhook(PyObject[] args, PyDict kws) {
        String envar = PosixModule.getenv("PYTHONBREAKPOINT");
        if (envar == null || envar.isEmpty()) {
            envar = "pdb.set_trace";
        } else if (envar.equals("0")) {
            return PyNone.NONE;
        }
        int dot = envar.lastIndexOf('.');
        if (dot == 0) {
            return unimportableBreakpoint(envar);
        }
        String modulePath = dot < 0 ? "builtins" : envar.substring(0, dot);
        String attrName = envar.substring(dot + 1);
        PyObject hook;
        try {
            PyObject module = Interpreter.current().imports.importAbsolute(modulePath);
            hook = Abstract.getAttr(module, attrName);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ImportError) && !e.matches(ExceptionTypes.AttributeError)) {
                throw e;
            }
            return unimportableBreakpoint(envar);
        }
        return Abstract.callWithKwargs(hook, args, kws);
    }

    private static PyObject unimportableBreakpoint(String envar) {
        WarningsModule.warn(ExceptionTypes.RuntimeWarning,
                "Ignoring unimportable $PYTHONBREAKPOINT: \"" + envar + "\"", 0);
        return PyNone.NONE;
    }

    @PyMethod
    public static PyObject getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod
    public static PyObject getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod
    public static PyObject getfilesystemencodeerrors() {
        return PyStr.of("surrogateescape");
    }

    /**
     * sys.settrace: the function is kept and returned by gettrace, but the VM does not call it yet
     * (no line or call events), so debuggers and coverage tools see no events.
     */
    @PyMethod
    public static void settrace(PyObject function) {
        Interpreter.current().sysHooks.trace = function;
    }

    @PyMethod
    public static PyObject gettrace() {
        return Interpreter.current().sysHooks.trace;
    }

    /** sys.setprofile: kept like settrace, with no events delivered yet. */
    @PyMethod
    public static void setprofile(PyObject function) {
        Interpreter.current().sysHooks.profile = function;
    }

    @PyMethod
    public static PyObject getprofile() {
        return Interpreter.current().sysHooks.profile;
    }

    @PyMethod
    public static double getswitchinterval() {
        return Interpreter.current().sysHooks.switchInterval;
    }

    @PyMethod
    public static void setswitchinterval(double interval) {
        if (!(interval > 0.0)) {
            throw Errors.valueError("switch interval must be strictly positive");
        }
        Interpreter.current().sysHooks.switchInterval = interval;
    }

    @PyMethod
    public static boolean is_finalizing() {
        return false;
    }

    /** CPython: sys_addaudithook; every later sys.audit event goes to the hook. */
    @PyMethod
    public static void addaudithook(PyObject hook) {
        Interpreter.current().sysHooks.auditHooks.add(hook);
    }

    /** CPython: sys_audit, calling each hook with (event, args). */
    @PyMethod(sig = "(event, /, *args)")
    public static void audit(PyObject event, PyObject[] args) {
        if (!(event instanceof PyStr)) {
            throw Errors.typeError("expected str for argument 'event', not " + event.type().name);
        }
        java.util.List<PyObject> hooks = Interpreter.current().sysHooks.auditHooks;
        if (hooks.isEmpty()) {
            return;
        }
        PyTuple argTuple = PyTuple.of(args.clone());
        for (PyObject hook : hooks.toArray(new PyObject[0])) {
            Abstract.call(hook, event, argTuple);
        }
    }

    @PyMethod(sig = "(func, args, /)")
    public static PyObject call_tracing(PyObject func, PyObject args) {
        if (!(args instanceof PyTuple t)) {
            throw Errors.typeError("call_tracing(): argument 2 must be tuple, not " + args.type().name);
        }
        return Abstract.call(func, t.items.clone());
    }

    /** CPython: sys_set_asyncgen_hooks. */
    @PyMethod(sig = "(firstiter=NULL, finalizer=NULL)")
    public static void set_asyncgen_hooks(PyObject firstiter, PyObject finalizer) {
        if (finalizer != null && finalizer != PyNone.NONE && !Abstract.isCallable(finalizer)) {
            throw Errors.typeError("callable finalizer expected, got " + finalizer.type().name);
        }
        if (firstiter != null && firstiter != PyNone.NONE && !Abstract.isCallable(firstiter)) {
            throw Errors.typeError("callable firstiter expected, got " + firstiter.type().name);
        }
        Interpreter.SysHooks h = Interpreter.current().sysHooks;
        if (finalizer != null) {
            h.asyncgenFinalizer = finalizer;
        }
        if (firstiter != null) {
            h.asyncgenFirstiter = firstiter;
        }
    }

    @PyMethod
    public static PyObject get_asyncgen_hooks() {
        Interpreter.SysHooks h = Interpreter.current().sysHooks;
        return StructSeq.make(ASYNCGEN_HOOKS_TYPE, h.asyncgenFirstiter, h.asyncgenFinalizer);
    }

    @PyMethod
    public static void set_coroutine_origin_tracking_depth(int depth) {
        if (depth < 0) {
            throw Errors.valueError("depth must be >= 0");
        }
        Interpreter.current().sysHooks.coroutineOriginTrackingDepth = depth;
    }

    @PyMethod
    public static long get_coroutine_origin_tracking_depth() {
        return Interpreter.current().sysHooks.coroutineOriginTrackingDepth;
    }

    /** CPython: sys_unraisablehook, "Exception ignored in: ..." then the traceback. */
    @PyMethod
    public static void unraisablehook(PyObject unraisable) {
        PyObject err = Interpreter.current().sysModule.dict.getItem("stderr");
        PyObject excValue = Abstract.getAttr(unraisable, "exc_value");
        PyObject obj = Abstract.getAttr(unraisable, "object");
        PyObject msg = Abstract.getAttr(unraisable, "err_msg");
        StringBuilder sb = new StringBuilder();
        sb.append(msg == PyNone.NONE ? "Exception ignored in" : msg.toString());
        if (obj != PyNone.NONE) {
            sb.append(": ").append(Abstract.reprString(obj));
        }
        sb.append('\n');
        if (excValue instanceof PyBaseException e) {
            sb.append(org.matcha.vm.TracebackPrinter.formatUnraisable(e,
                    Abstract.getAttr(unraisable, "exc_traceback")));
        }
        Abstract.call(Abstract.getAttr(err, "write"), PyStr.of(sb.toString()));
    }
}
