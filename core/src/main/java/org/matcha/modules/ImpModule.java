package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/**
 * The _imp module: the native half of importlib. Built-in modules are Matcha's native modules (the
 * generated registry); Matcha has no frozen modules in CPython's sense (its frozen standard library is
 * found by its own importer) and no C extensions. CPython: Python/import.c and Python/clinic/import.c.h.
 */
@PyModuleDef(name = "_imp")
public final class ImpModule {
    private ImpModule() {}

    private static int lockDepth;

    public static void init(PyModule m) {
        m.add("check_hash_based_pycs", PyStr.of("default"));
    }

    public static boolean isBuiltinName(String name) {
        for (String n : org.matcha.generated.ExposedRegistry.MODULE_NAMES) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String nameArg(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("argument must be str, not " + name.type().name);
        }
        return s.value;
    }

    /** 1 for a built-in module, -1 for one that cannot be initialised again, 0 otherwise. */
    @PyMethod(sig = "(name, /)")
    public static long is_builtin(PyObject name) {
        String n = nameArg(name);
        if (!isBuiltinName(n)) {
            return 0;
        }
        return n.equals("sys") || n.equals("builtins") ? -1 : 1;
    }

    /** CPython: _imp_create_builtin. An already imported built-in module is returned as it is. */
    @PyMethod(sig = "(spec, /)")
    public static PyObject create_builtin(PyObject spec) {
        PyObject nameObj = Abstract.getAttr(spec, "name");
        if (!(nameObj instanceof PyStr s)) {
            throw Errors.typeError("name must be string, not " + nameObj.type().name);
        }
        return Interpreter.current().imports.createBuiltin(s.value);
    }

    /**
     * importlib._bootstrap._find_and_load, replaced by this once importlib is imported so that
     * importlib.import_module and __import__ share Matcha's importer (which consults sys.meta_path).
     */
    @PyMethod(sig = "(name, import_, /)")
    public static PyObject _find_and_load(PyObject name, PyObject importFunc) {
        return Interpreter.current().imports.importAbsolute(nameArg(name));
    }

    @PyMethod(sig = "(mod, /)")
    public static long exec_builtin(PyObject mod) {
        return 0;
    }

    @PyMethod(sig = "(spec, file=NULL, /)")
    public static PyObject create_dynamic(PyObject spec, PyObject file) {
        PyObject name = Abstract.getAttr(spec, "name");
        PyBaseException e = PyBaseException.create(ExceptionTypes.ImportError,
                PyStr.of("extension modules are not supported by Matcha"));
        e.setAttr("name", name);
        e.setAttr("path", PyNone.NONE);
        throw new PyException(e);
    }

    @PyMethod(sig = "(mod, /)")
    public static long exec_dynamic(PyObject mod) {
        return 0;
    }

    // Matcha's frozen stdlib is imported by its own importer with source-file specs (the modules
    // appear as files under sys._stdlib_dir), not by importlib's FrozenImporter, so is_frozen and
    // find_frozen say no. get_frozen_object still gives the compiled code of a bundled module.
    // CPython: Python/import.c.

    private static org.matcha.vm.Imports.ModuleSource frozenSource(String name) {
        return Interpreter.current().imports.frozen.get(name);
    }

    @PyMethod(sig = "(name, /)")
    public static boolean is_frozen(PyObject name) {
        nameArg(name);
        return false;
    }

    @PyMethod(sig = "(name, /)")
    public static boolean is_frozen_package(PyObject name) {
        throw notFrozen(nameArg(name));
    }

    @PyMethod(sig = "(name, /, *, withdata=False)")
    public static PyObject find_frozen(PyObject name, boolean withdata) {
        nameArg(name);
        return PyNone.NONE;
    }

    @PyMethod(sig = "(name, data=None, /)")
    public static PyObject get_frozen_object(PyObject name, PyObject data) {
        String n = nameArg(name);
        org.matcha.vm.Imports.ModuleSource src = frozenSource(n);
        if (src == null) {
            throw notFrozen(n);
        }
        if (src.code() != null) {
            return src.code().get();
        }
        return org.matcha.vm.CompileSupport.compile(src.source().get(), src.filename(), "exec");
    }

    @PyMethod(sig = "(name, /)")
    public static PyObject init_frozen(PyObject name) {
        nameArg(name);
        return PyNone.NONE;
    }

    @PyMethod
    public static PyObject _frozen_module_names() {
        return PyTuple.of();
    }

    private static PyException notFrozen(String name) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.ImportError,
                PyStr.of("No such frozen object named '" + name + "'"));
        e.setAttr("name", PyStr.of(name));
        e.setAttr("path", PyNone.NONE);
        return new PyException(e);
    }

    /**
     * CPython: _imp__override_frozen_modules_for_tests: test.support's frozen_modules() turns the
     * use of frozen modules on (1), off (-1) or back to the default (0). Matcha's frozen stdlib is its
     * only copy of most modules in the browser, so the setting is kept but does not change imports.
     */
    @PyMethod(sig = "(override, /)")
    public static void _override_frozen_modules_for_tests(int override) {
        frozenOverride = override;
    }

    private static int frozenOverride;

    /** The import lock: Matcha runs one thread, so only the interpreter's nesting depth is kept. */
    @PyMethod
    public static void acquire_lock() {
        Interpreter.current().importLockDepth++;
    }

    @PyMethod
    public static void release_lock() {
        Interpreter interp = Interpreter.current();
        if (interp.importLockDepth == 0) {
            throw Errors.runtimeError("not holding the import lock");
        }
        interp.importLockDepth--;
    }

    @PyMethod
    public static boolean lock_held() {
        return Interpreter.current().importLockDepth > 0;
    }

    @PyMethod
    public static PyObject extension_suffixes() {
        return new PyList();
    }

    /** Renames code objects compiled under another filename. CPython: update_compiled_module. */
    @PyMethod(sig = "(code, path, /)")
    public static void _fix_co_filename(PyObject code, PyObject path) {
        if (!(code instanceof org.matcha.bytecode.PyCode)) {
            throw Errors.typeError("_fix_co_filename() argument 1 must be code, not " + code.type().name);
        }
        if (!(path instanceof PyStr)) {
            throw Errors.typeError("_fix_co_filename() argument 2 must be str, not " + path.type().name);
        }
    }

    /** SipHash-1-3 of the source keyed by key, as 8 little-endian bytes. CPython: _Py_KeyedHash. */
    @PyMethod(sig = "(key, source)")
    public static PyObject source_hash(PyObject key, PyObject source) {
        long k0 = Abstract.index(key).longValue();
        byte[] data = PyBytes.asBytes(source);
        long h = SipHash13.hash(k0, 0, data);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return new PyBytes(out);
    }

    /** SipHash with one compression and three finalisation rounds. CPython: Python/pyhash.c siphash13. */
    static final class SipHash13 {
        private SipHash13() {}

        static long hash(long k0, long k1, byte[] src) {
            long v0 = k0 ^ 0x736f6d6570736575L;
            long v1 = k1 ^ 0x646f72616e646f6dL;
            long v2 = k0 ^ 0x6c7967656e657261L;
            long v3 = k1 ^ 0x7465646279746573L;
            int n = src.length;
            int i = 0;
            long[] v = {v0, v1, v2, v3};
            for (; i + 8 <= n; i += 8) {
                long m = 0;
                for (int j = 7; j >= 0; j--) {
                    m = (m << 8) | (src[i + j] & 0xffL);
                }
                v[3] ^= m;
                round(v);
                v[0] ^= m;
            }
            long t = ((long) n) << 56;
            for (int j = n - i - 1; j >= 0; j--) {
                t |= (src[i + j] & 0xffL) << (8 * j);
            }
            v[3] ^= t;
            round(v);
            v[0] ^= t;
            v[2] ^= 0xff;
            round(v);
            round(v);
            round(v);
            return v[0] ^ v[1] ^ v[2] ^ v[3];
        }

        private static void round(long[] v) {
            v[0] += v[1];
            v[1] = Long.rotateLeft(v[1], 13);
            v[1] ^= v[0];
            v[0] = Long.rotateLeft(v[0], 32);
            v[2] += v[3];
            v[3] = Long.rotateLeft(v[3], 16);
            v[3] ^= v[2];
            v[0] += v[3];
            v[3] = Long.rotateLeft(v[3], 21);
            v[3] ^= v[0];
            v[2] += v[1];
            v[1] = Long.rotateLeft(v[1], 17);
            v[1] ^= v[2];
            v[2] = Long.rotateLeft(v[2], 32);
        }
    }
}
