package org.matcha.modules;

import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/**
 * The build-time configuration sysconfig reads (CPython generates _sysconfigdata_{abiflags}_{multiarch}.py
 * from its Makefile and pyconfig.h; Matcha has neither, so the values that describe Matcha are given
 * here and every other variable is absent, which sysconfig.get_config_var reports as None).
 */
@PyModuleDef(name = "_sysconfigdata__")
public final class SysconfigDataModule {
    private SysconfigDataModule() {}

    public static void init(PyModule m) {
        PyDict vars = new PyDict();
        put(vars, "ABIFLAGS", PyStr.of(""));
        put(vars, "SOABI", PyStr.of(""));
        put(vars, "EXT_SUFFIX", PyStr.of(""));
        put(vars, "SHLIB_SUFFIX", PyStr.of(""));
        put(vars, "MULTIARCH", PyStr.of(""));
        put(vars, "VERSION", PyStr.of("3.11"));
        put(vars, "CONFIG_ARGS", PyStr.of(""));
        put(vars, "CC", PyStr.of(""));
        put(vars, "CFLAGS", PyStr.of(""));
        put(vars, "PY_CFLAGS", PyStr.of(""));
        put(vars, "PY_CFLAGS_NODIST", PyStr.of(""));
        put(vars, "Py_DEBUG", PyInt.of(0));
        put(vars, "Py_ENABLE_SHARED", PyInt.of(0));
        put(vars, "Py_TRACE_REFS", PyInt.of(0));
        put(vars, "WITH_DOC_STRINGS", PyInt.of(1));
        put(vars, "WITH_PYMALLOC", PyInt.of(0));
        put(vars, "HAVE_FORK", PyInt.of(0));
        // hashlib's own implementations (no OpenSSL): CPython's --with-builtin-hashlib-hashes
        put(vars, "PY_BUILTIN_HASHLIB_HASHES", PyStr.of("md5,sha1,sha256,sha512,sha3,blake2"));
        m.dict.setItem("build_time_vars", vars);
    }

    private static void put(PyDict d, String key, PyObject value) {
        d.setItem(PyStr.of(key), value);
    }
}
