package org.matcha.modules.js;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySingletons;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/**
 * A JavaScript object seen from Python: attributes are JS properties, calls call it, indexing
 * indexes it. A function fetched as an attribute remembers its object, so
 * {@code document.getElementById("x")} gets the right {@code this}. No destroy() is needed: the
 * proxy and the JS value live in one garbage-collected heap. Pyodide: src/core/jsproxy.c.
 */
@PyClass(name = "JsProxy")
public final class JsProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("JsProxy", PyType.OBJECT);

    static {
        TYPE.customAttributes = true;
    }

    /** The JS value. */
    public final Object value;
    /** For a function read as a property: the object it was read from, its {@code this}. */
    final Object thisArg;

    public JsProxy(Object value, Object thisArg) {
        this.value = value;
        this.thisArg = thisArg;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static JsBridge b() {
        return JsInterop.bridge();
    }

    private static Object key(PyObject name) {
        return JsInterop.toJs(name);
    }

    // ---- attributes: the proxy's own methods first, then JS properties ----

    @PyMethod
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        String n = Args.toJavaString(name, "getattr", "name");
        PyObject own = Abstract.genericGetAttr(self, n);
        if (own != null) {
            return own;
        }
        JsProxy p = (JsProxy) self;
        Object v = b().get(p.value, b().fromString(n));
        if (b().kind(v) == JsBridge.UNDEFINED && !b().has(p.value, b().fromString(n))) {
            throw Abstract.noAttribute(self, n);
        }
        return JsInterop.toPython(v, p.value);
    }

    @PyMethod
    public static void __setattr__(PyObject self, PyObject name, PyObject value) {
        String n = Args.toJavaString(name, "setattr", "name");
        b().set(((JsProxy) self).value, b().fromString(n), JsInterop.toJs(value));
    }

    @PyMethod
    public static void __delattr__(PyObject self, PyObject name) {
        String n = Args.toJavaString(name, "delattr", "name");
        b().delete(((JsProxy) self).value, b().fromString(n));
    }

    @PyMethod
    public static PyObject __dir__(PyObject self) {
        PyList out = new PyList();
        for (String k : b().keys(((JsProxy) self).value)) {
            out.append(PyStr.of(k));
        }
        return out;
    }

    // ---- calls ----

    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        JsProxy p = (JsProxy) self;
        if (b().kind(p.value) != JsBridge.FUNCTION) {
            throw Errors.typeError("'JsProxy' object is not callable");
        }
        Object thisArg = p.thisArg == null ? b().undefined() : p.thisArg;
        return JsInterop.toPython(b().call(p.value, thisArg, JsInterop.arguments(args, kwargs)));
    }

    /** {@code js.Date.new(...)}: the JS {@code new} operator. */
    @PyMethod(name = "new", sig = "(*args, **kwargs)")
    public static PyObject new_(PyObject self, PyObject[] args, PyDict kwargs) {
        return JsInterop.toPython(b().construct(((JsProxy) self).value, JsInterop.arguments(args, kwargs)));
    }

    @PyGetter(name = "typeof")
    public PyObject typeof_() {
        return PyStr.of(b().typeOf(value));
    }

    @PyGetter
    public PyObject js_id() {
        return PyInt.of(System.identityHashCode(this));
    }

    @PyMethod(name = "instanceof")
    public PyObject instanceof_(PyObject constructor) {
        return PyBool.of(b().instanceOf(value, JsInterop.toJs(constructor)));
    }

    /** Arrays become lists, plain objects and Maps dicts, recursively; the rest stays proxied. */
    @PyMethod
    public PyObject to_py() {
        return JsToPython.deep(value, 0);
    }

    @PyMethod
    public PyObject object_keys() {
        PyList out = new PyList();
        for (String k : b().keys(value)) {
            out.append(PyStr.of(k));
        }
        return out;
    }

    // ---- containers ----

    private static boolean isMapLike(Object v) {
        JsBridge b = b();
        return !b.isArray(v) && b.kind(b.get(v, b.fromString("get"))) == JsBridge.FUNCTION
                && b.kind(b.get(v, b.fromString("has"))) == JsBridge.FUNCTION;
    }

    private static Object method(Object v, String name, Object... args) {
        JsBridge b = b();
        return b.call(b.get(v, b.fromString(name)), v, args);
    }

    /** Array index from a Python int, negative counting from the end. */
    private static Object arrayIndex(Object array, PyObject key) {
        JsBridge b = b();
        if (!(key instanceof PyInt i)) {
            throw Errors.typeError("list indices must be integers or slices, not " + key.type().name);
        }
        long n = (long) b.toDouble(b.get(array, b.fromString("length")));
        long k = i.longValueClamped();
        if (k < 0) {
            k += n;
        }
        if (k < 0 || k >= n) {
            throw Errors.indexError("list index out of range");
        }
        return b.fromDouble(k);
    }

    @PyMethod
    public static PyObject __getitem__(PyObject self, PyObject key) {
        JsBridge b = b();
        Object v = ((JsProxy) self).value;
        if (b.isArray(v)) {
            return JsInterop.toPython(b.get(v, arrayIndex(v, key)));
        }
        Object k = key(key);
        if (isMapLike(v)) {
            if (!b.truthy(method(v, "has", k))) {
                throw Errors.keyError(key);
            }
            return JsInterop.toPython(method(v, "get", k));
        }
        Object r = b.get(v, k);
        if (b.kind(r) == JsBridge.UNDEFINED && !b.has(v, k)) {
            throw Errors.keyError(key);
        }
        return JsInterop.toPython(r);
    }

    @PyMethod
    public static void __setitem__(PyObject self, PyObject key, PyObject value) {
        JsBridge b = b();
        Object v = ((JsProxy) self).value;
        if (b.isArray(v)) {
            b.set(v, arrayIndex(v, key), JsInterop.toJs(value));
        } else if (isMapLike(v)) {
            method(v, "set", key(key), JsInterop.toJs(value));
        } else {
            b.set(v, key(key), JsInterop.toJs(value));
        }
    }

    @PyMethod
    public static void __delitem__(PyObject self, PyObject key) {
        JsBridge b = b();
        Object v = ((JsProxy) self).value;
        if (b.isArray(v)) {
            method(v, "splice", arrayIndex(v, key), b.fromDouble(1));
            return;
        }
        Object k = key(key);
        if (isMapLike(v)) {
            if (!b.truthy(method(v, "delete", k))) {
                throw Errors.keyError(key);
            }
        } else if (!b.has(v, k)) {
            throw Errors.keyError(key);
        } else {
            b.delete(v, k);
        }
    }

    /** length for arrays and strings-likes, size for Map and Set. */
    private static Object sizeOf(Object v) {
        JsBridge b = b();
        if (b.kind(v) != JsBridge.OBJECT && b.kind(v) != JsBridge.FUNCTION) {
            return null;
        }
        for (String prop : new String[] {"length", "size"}) {
            Object n = b.get(v, b.fromString(prop));
            int kind = b.kind(n);
            if (kind == JsBridge.INTEGER) {
                return n;
            }
        }
        return null;
    }

    @PyMethod
    public static PyObject __len__(PyObject self) {
        Object n = sizeOf(((JsProxy) self).value);
        if (n == null) {
            throw Errors.typeError("object of type 'JsProxy' has no len()");
        }
        return PyInt.of((long) b().toDouble(n));
    }

    @PyMethod
    public static boolean __contains__(PyObject self, PyObject item) {
        JsBridge b = b();
        Object v = ((JsProxy) self).value;
        Object k = JsInterop.toJs(item);
        if (b.isArray(v) || b.kind(b.get(v, b.fromString("includes"))) == JsBridge.FUNCTION) {
            return b.truthy(method(v, "includes", k));
        }
        if (b.kind(b.get(v, b.fromString("has"))) == JsBridge.FUNCTION) {
            return b.truthy(method(v, "has", k));
        }
        return b.has(v, k);
    }

    @PyMethod
    public static PyObject __iter__(PyObject self) {
        Object it = b().iterator(((JsProxy) self).value);
        if (it == null) {
            throw Errors.typeError("'JsProxy' object is not iterable");
        }
        return new JsProxy(it, null);
    }

    @PyMethod
    public static PyObject __next__(PyObject self) {
        JsBridge b = b();
        Object v = ((JsProxy) self).value;
        if (b.kind(b.get(v, b.fromString("next"))) != JsBridge.FUNCTION) {
            throw Errors.typeError("'JsProxy' object is not an iterator");
        }
        Object r = method(v, "next");
        if (b.truthy(b.get(r, b.fromString("done")))) {
            throw Errors.stopIteration(org.matcha.objects.PyNone.NONE);
        }
        return JsInterop.toPython(b.get(r, b.fromString("value")));
    }

    /** {@code await proxy} for Promises and thenables. */
    @PyMethod
    public static PyObject __await__(PyObject self) {
        JsProxy p = (JsProxy) self;
        JsBridge b = b();
        if (b.kind(b.get(p.value, b.fromString("then"))) != JsBridge.FUNCTION) {
            throw Errors.typeError("object JsProxy can't be used in 'await' expression");
        }
        PyObject awaiter = JsInterop.promiseAwaiter;
        if (awaiter != null) {
            // inside a task of the host's asyncio loop: await an asyncio Future the promise settles
            PyObject future = org.matcha.objects.Abstract.call(awaiter, p);
            if (future != org.matcha.objects.PyNone.NONE) {
                return org.matcha.objects.Abstract.call(org.matcha.objects.Abstract.getAttr(future, "__await__"));
            }
        }
        return new JsPromiseIterator(p);
    }

    // ---- comparisons, truth, text ----

    @PyMethod
    public static PyObject __eq__(PyObject self, PyObject other) {
        if (!(other instanceof JsProxy o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(b().strictEquals(((JsProxy) self).value, o.value));
    }

    @PyMethod
    public static PyObject __ne__(PyObject self, PyObject other) {
        if (!(other instanceof JsProxy o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(!b().strictEquals(((JsProxy) self).value, o.value));
    }

    @PyMethod
    public static PyObject __hash__(PyObject self) {
        return PyInt.of(JsToPython.identity(((JsProxy) self).value));
    }

    /** JS truthiness, except that empty arrays, Maps and Sets are false as in Python. */
    @PyMethod
    public static boolean __bool__(PyObject self) {
        Object v = ((JsProxy) self).value;
        if (!b().truthy(v)) {
            return false;
        }
        Object n = sizeOf(v);
        return n == null || b().kind(b().get(v, b().fromString("then"))) == JsBridge.FUNCTION
                || b().toDouble(n) != 0;
    }

    @PyMethod
    public static PyObject __repr__(PyObject self) {
        return PyStr.of(b().toStr(((JsProxy) self).value));
    }

    @PyMethod
    public static PyObject __str__(PyObject self) {
        return PyStr.of(b().toStr(((JsProxy) self).value));
    }
}
