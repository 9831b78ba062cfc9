package org.matcha.modules.js;

import java.math.BigInteger;
import org.matcha.objects.Abstract;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBuiltinFunction;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.objects.TypeBuilder;
import org.matcha.vm.Interpreter;

/**
 * The bridge between Python and a JavaScript host: value conversions both ways, the JsException
 * type, and the modules a host installs ({@code js}, {@code pyodide.ffi}). Conversions follow
 * Pyodide's documented rules (docs/usage/type-conversions.md): None, bool, int, float and str
 * become JS primitives (ints beyond 2^53 become BigInt), everything else is proxied.
 */
public final class JsInterop {
    private JsInterop() {}

    /** 2^53: larger integers do not survive the trip through a double. */
    private static final long MAX_SAFE = 9007199254740992L;

    static JsBridge bridge;
    /**
     * Set by a host whose asyncio loop runs on the JS event loop (web's WebLoop): called with the
     * JsProxy of a promise being awaited, it gives an asyncio Future that the promise settles, or
     * None outside the loop's tasks (then the coroutine's driver awaits the promise itself).
     */
    public static PyObject promiseAwaiter;
    private static PyType jsExceptionType;

    public static JsBridge bridge() {
        if (bridge == null) {
            throw Errors.noBridge();
        }
        return bridge;
    }

    /**
     * Makes {@code import js} and {@code import pyodide.ffi} work in this interpreter. Hosts that
     * must not expose globalThis pass exposeGlobal=false: then only the ffi module exists.
     */
    public static void install(Interpreter interp, JsBridge b, boolean exposeGlobal) {
        bridge = b;
        if (exposeGlobal) {
            interp.modules.setItem("js", new JsProxy(b.global(), null));
        }
        JsProxy.TYPE.dict().setItem("__module__", PyStr.of("pyodide.ffi"));
        PyModule ffi = new PyModule("pyodide.ffi");
        ffi.dict.setItem("JsProxy", JsProxy.TYPE);
        ffi.dict.setItem("JsException", jsExceptionType());
        ffi.dict.setItem("to_js", new PyBuiltinFunctionHelper("to_js",
                new String[] {"obj", "depth", "dict_converter"},
                new int[] {org.matcha.objects.ArgSpec.POSONLY, org.matcha.objects.ArgSpec.KWONLY,
                    org.matcha.objects.ArgSpec.KWONLY},
                args -> toJsDeep(args[0], args[1] == null ? -1 : Abstract.index(args[1]).intValue(),
                        args[2] == null || args[2] == PyNone.NONE ? null : args[2])).function());
        ffi.dict.setItem("create_proxy", new PyBuiltinFunctionHelper("create_proxy", 1,
                args -> new JsProxy(b.fromPython(args[0]), null)).function());
        PyModule pyodide = new PyModule("pyodide");
        pyodide.dict.setItem("ffi", ffi);
        pyodide.dict.setItem("__path__", new PyList());
        interp.modules.setItem("pyodide", pyodide);
        interp.modules.setItem("pyodide.ffi", ffi);
    }

    /**
     * The private module {@code _matcha_jsloop} that an asyncio loop on the JS event loop is built
     * on: set_timeout(callback, ms) and new_promise(executor) take Python callables only (so a
     * page that hides {@code js} exposes no eval through them), js_exception(value) makes the
     * JsException for a rejection reason.
     */
    public static PyModule jsLoopModule() {
        JsBridge b = bridge();
        PyModule m = new PyModule("_matcha_jsloop");
        m.dict.setItem("set_timeout", new PyBuiltinFunctionHelper("set_timeout", 2, args -> {
            requireCallable(args[0]);
            Object setTimeout = b.get(b.global(), b.fromString("setTimeout"));
            b.call(setTimeout, b.global(), new Object[] {b.fromPython(args[0]),
                b.fromDouble(org.matcha.objects.Args.toDouble(args[1]))});
            return PyNone.NONE;
        }).function());
        m.dict.setItem("new_promise", new PyBuiltinFunctionHelper("new_promise", 1, args -> {
            requireCallable(args[0]);
            Object promise = b.get(b.global(), b.fromString("Promise"));
            return new JsProxy(b.construct(promise, new Object[] {b.fromPython(args[0])}), null);
        }).function());
        m.dict.setItem("js_exception", new PyBuiltinFunctionHelper("js_exception", 1,
                args -> jsException(toJs(args[0])).value).function());
        return m;
    }

    private static void requireCallable(PyObject o) {
        if (!Abstract.isCallable(o)) {
            throw org.matcha.objects.Errors.typeError("'" + o.type().name + "' object is not callable");
        }
    }

    /** Registers a JS object as a module: registerJsModule(name, object). */
    public static void registerJsModule(Interpreter interp, String name, Object value) {
        interp.modules.setItem(name, new JsProxy(value, null));
    }

    /** pyodide.ffi.JsException: a JS error raised into Python; js_error holds the JS value. */
    public static PyType jsExceptionType() {
        if (jsExceptionType == null) {
            PyDict ns = new PyDict();
            ns.setItem("__module__", PyStr.of("pyodide.ffi"));
            jsExceptionType = TypeBuilder.build(PyType.TYPE, "JsException",
                    new PyObject[] {ExceptionTypes.Exception}, ns, null);
        }
        return jsExceptionType;
    }

    /** The Python exception for a JS value thrown by JS code: str() is the JS error's String(). */
    public static PyException jsException(Object error) {
        JsBridge b = bridge();
        PyBaseException e = PyBaseException.create(jsExceptionType(), PyStr.of(b.toStr(error)));
        e.setAttr("js_error", toPython(error));
        return new PyException(e);
    }

    // ---- JS to Python ----

    /** A JS value as Python: primitives convert, Python objects come back, the rest is a JsProxy. */
    public static PyObject toPython(Object v) {
        return toPython(v, null);
    }

    static PyObject toPython(Object v, Object thisArg) {
        JsBridge b = bridge();
        switch (b.kind(v)) {
            case JsBridge.UNDEFINED:
            case JsBridge.NULL:
                return PyNone.NONE;
            case JsBridge.BOOLEAN:
                return PyBool.of(b.truthy(v));
            case JsBridge.INTEGER:
                return PyInt.of((long) b.toDouble(v));
            case JsBridge.FLOAT:
                return PyFloat.of(b.toDouble(v));
            case JsBridge.STRING:
                return PyStr.of(b.toStr(v));
            case JsBridge.BIGINT:
                return PyInt.of(new BigInteger(b.bigIntToString(v)));
            case JsBridge.PYTHON:
                return b.toPython(v);
            default:
                return new JsProxy(v, thisArg);
        }
    }

    // ---- Python to JS ----

    /** A Python object as JS: primitives convert, a JsProxy gives its value, the rest is proxied. */
    public static Object toJs(PyObject o) {
        JsBridge b = bridge();
        if (o == PyNone.NONE) {
            return b.undefined();
        }
        if (o instanceof PyBool) {
            return b.fromBoolean(o == PyBool.TRUE);
        }
        if (o instanceof PyInt i && i.type() == PyInt.TYPE) {
            if (i.big == null && i.value <= MAX_SAFE && i.value >= -MAX_SAFE) {
                return b.fromDouble(i.value);
            }
            return b.fromBigInt(i.toBig().toString());
        }
        if (o instanceof PyFloat f) {
            return b.fromDouble(f.value);
        }
        if (o instanceof PyStr s && s.type() == PyStr.TYPE) {
            return b.fromString(s.value);
        }
        if (o instanceof JsProxy p) {
            return p.value;
        }
        return b.fromPython(o);
    }

    /** to_js(obj) with Pyodide's defaults: dicts become Maps, no depth limit. */
    public static PyObject toJsDeep(PyObject o) {
        return toJsDeep(o, -1, null);
    }

    /**
     * pyodide.ffi.to_js: lists and tuples become Arrays, dicts Maps (or what dictConverter, a
     * callable, makes of an Array of [key, value] pairs, e.g. Object.fromEntries), bytes a
     * Uint8Array, recursively to {@code depth} levels (-1: all). Pyodide: _pyodide/ffi to_js and
     * docs/usage/type-conversions.md ("dict → Map").
     */
    public static PyObject toJsDeep(PyObject o, int depth, PyObject dictConverter) {
        return new JsProxy(deep(o, 0, depth < 0 ? Integer.MAX_VALUE : depth, dictConverter), null);
    }

    private static Object deep(PyObject o, int level, int maxDepth, PyObject dictConverter) {
        JsBridge b = bridge();
        if (level > 100) {
            throw org.matcha.objects.Errors.recursion("to_js: structure too deep");
        }
        if (level >= maxDepth) {
            return toJs(o);
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            PyObject[] items = Abstract.toArray(o);
            Object[] js = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                js[i] = deep(items[i], level + 1, maxDepth, dictConverter);
            }
            return b.newArray(js);
        }
        if (o instanceof PyDict d) {
            PyObject[] keys = Abstract.toArray(d);
            if (dictConverter != null) {
                Object[] entries = new Object[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    entries[i] = b.newArray(new Object[] {
                        deep(keys[i], level + 1, maxDepth, dictConverter),
                        deep(d.getItem(keys[i]), level + 1, maxDepth, dictConverter)});
                }
                return toJs(Abstract.call(dictConverter, new JsProxy(b.newArray(entries), null)));
            }
            Object map = b.construct(b.get(b.global(), b.fromString("Map")), new Object[0]);
            Object set = b.get(map, b.fromString("set"));
            for (PyObject k : keys) {
                b.call(set, map, new Object[] {deep(k, level + 1, maxDepth, dictConverter),
                    deep(d.getItem(k), level + 1, maxDepth, dictConverter)});
            }
            return map;
        }
        if (o instanceof PyBytes by) {
            byte[] bytes = by.bytes;
            Object[] js = new Object[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                js[i] = b.fromDouble(bytes[i] & 0xFF);
            }
            Object u8 = b.get(b.global(), b.fromString("Uint8Array"));
            return b.call(b.get(u8, b.fromString("from")), u8, new Object[] {b.newArray(js)});
        }
        return toJs(o);
    }

    /** Python to JS for call arguments; keyword arguments become one trailing options object. */
    static Object[] arguments(PyObject[] args, PyDict kwargs) {
        JsBridge b = bridge();
        boolean hasKw = kwargs != null && kwargs.size() > 0;
        Object[] js = new Object[args.length + (hasKw ? 1 : 0)];
        for (int i = 0; i < args.length; i++) {
            js[i] = toJs(args[i]);
        }
        if (hasKw) {
            Object opts = b.newObject();
            for (PyObject k : Abstract.toArray(kwargs)) {
                b.set(opts, toJs(k), toJs(kwargs.getItem(k)));
            }
            js[args.length] = opts;
        }
        return js;
    }

    /** A builtin function made from a lambda, for the few ffi helpers. */
    private static final class PyBuiltinFunctionHelper {
        interface Body {
            PyObject apply(PyObject[] args);
        }

        private final String name;
        private final int arity;
        private final Body body;

        private final String[] names;
        private final int[] kinds;

        /** One required positional argument per arity. */
        PyBuiltinFunctionHelper(String name, int arity, Body body) {
            this(name, repeat("obj", arity), new int[arity], body);
        }

        /** The first argument is required, the others optional (null when not given). */
        PyBuiltinFunctionHelper(String name, String[] names, int[] kinds, Body body) {
            this.name = name;
            this.arity = names.length;
            this.names = names;
            this.kinds = kinds;
            this.body = body;
        }

        private static String[] repeat(String s, int n) {
            String[] a = new String[n];
            java.util.Arrays.fill(a, s);
            return a;
        }

        PyObject function() {
            boolean[] required = new boolean[arity];
            for (int i = 0; i < arity; i++) {
                required[i] = kinds[i] == 0 || i == 0;
            }
            return new org.matcha.objects.PyBuiltinFunctionObject(new PyBuiltinFunction(name,
                    new org.matcha.objects.ArgSpec(name, names, kinds, required)) {
                @Override
                public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
                    return body.apply(spec.bind(args, kwnames));
                }
            }, null);
        }
    }

    private static final class Errors {
        static PyException noBridge() {
            return org.matcha.objects.Errors.of(ExceptionTypes.ImportError, "no JavaScript host in this interpreter");
        }
    }
}
