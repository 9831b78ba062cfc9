package org.matcha.modules;

import java.util.LinkedHashMap;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyIterator;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;
import org.matcha.objects.TypeBuilder;

/** The _struct module behind Lib/struct.py. CPython: Modules/_struct.c (module functions, cache_struct). */
@PyModuleDef(name = "_struct")
public final class StructModule {
    private StructModule() {}

    private static final int MAX_CACHE = 100;
    private static PyType errorType;
    private static final LinkedHashMap<String, StructType> CACHE = new LinkedHashMap<>();

    public static void init(PyModule m) {
        StructType.TYPE.dict().setItem("__module__", PyStr.of("_struct"));
        StructUnpackIterator.TYPE.dict().setItem("__module__", PyStr.of("_struct"));
        StructUnpackIterator.TYPE.dict().setItem("__iter__", PyIterator.TYPE.dict().getItem("__iter__"));
        StructUnpackIterator.TYPE.dict().setItem("__next__", PyIterator.TYPE.dict().getItem("__next__"));
        m.add("Struct", StructType.TYPE);
        m.add("error", errorType());
    }

    static PyType errorType() {
        if (errorType == null) {
            PyDict ns = new PyDict();
            ns.setItem("__module__", PyStr.of("struct"));
            errorType = TypeBuilder.build(PyType.TYPE, "error", new PyObject[] {ExceptionTypes.Exception}, ns, null);
        }
        return errorType;
    }

    static PyException error(String message) {
        return Errors.of(errorType(), message);
    }

    /** CPython: cache_struct_converter. */
    private static StructType struct(PyObject format) {
        String key;
        if (format instanceof PyStr s) {
            key = "s" + s.value;
        } else if (format instanceof PyBytes b) {
            key = "b" + b.latin1();
        } else {
            return StructType.of(format);
        }
        StructType s = CACHE.get(key);
        if (s == null) {
            s = StructType.of(format);
            if (CACHE.size() >= MAX_CACHE) {
                CACHE.clear();
            }
            CACHE.put(key, s);
        }
        return s;
    }

    @PyMethod
    public static void _clearcache() {
        CACHE.clear();
    }

    @PyMethod
    public static PyObject calcsize(PyObject format) {
        return struct(format).size();
    }

    @PyMethod(sig = "(format, /, *values)")
    public static PyObject pack(PyObject format, PyObject[] values) {
        return struct(format).pack(values);
    }

    @PyMethod(sig = "(format, /, *args)")
    public static PyObject pack_into(PyObject format, PyObject[] args) {
        return struct(format).pack_into(args);
    }

    @PyMethod
    public static PyObject unpack(PyObject format, PyObject buffer) {
        return struct(format).unpack(buffer);
    }

    @PyMethod(sig = "(format, /, buffer, offset=0)")
    public static PyObject unpack_from(PyObject format, PyObject buffer, PyObject offset) {
        return struct(format).unpack_from(buffer, offset);
    }

    @PyMethod
    public static PyObject iter_unpack(PyObject format, PyObject buffer) {
        return struct(format).iter_unpack(buffer);
    }
}
