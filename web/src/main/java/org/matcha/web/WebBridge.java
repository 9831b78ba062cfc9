package org.matcha.web;

import org.matcha.modules.js.JsBridge;
import org.matcha.modules.js.JsInterop;
import org.matcha.objects.Abstract;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyException;
import org.matcha.objects.PyObject;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@link JsBridge} over the page's JavaScript. Every operation goes through the bridge object of
 * matcha.js, whose methods catch JS exceptions and return its ERR marker (or -1) instead: the
 * error is then taken from the bridge and raised as a Python exception here.
 */
final class WebBridge implements JsBridge {
    final JSObject bridge;
    private final JSObject err;

    WebBridge(JSObject bridge) {
        this.bridge = bridge;
        this.err = prop(bridge, "ERR");
    }

    private static JSObject js(Object v) {
        return (JSObject) v;
    }

    private Object check(JSObject r) {
        if (r == err) {
            throw pending();
        }
        return r;
    }

    private boolean checkBool(int r) {
        if (r < 0) {
            throw pending();
        }
        return r != 0;
    }

    /** The exception the bridge recorded: a Python exception coming back through JS stays itself. */
    private RuntimeException pending() {
        JSObject e = takeError(bridge);
        if (hasPython(e)) {
            PyObject exc = pythonOf(e).object;
            if (exc instanceof PyBaseException be) {
                return new PyException(be);
            }
        }
        return JsInterop.jsException(e);
    }

    @JSBody(params = {"o", "k"}, script = "return o[k];")
    static native JSObject prop(JSObject o, String k);

    @JSBody(params = "b", script = "const e = b.error; b.error = undefined; return e;")
    private static native JSObject takeError(JSObject b);

    @JSBody(params = "e", script = "return e !== null && (typeof e === 'object' || typeof e === 'function')"
            + " && e.__matchaPy !== undefined;")
    static native boolean hasPython(JSObject e);

    @JSBody(params = "e", script = "return e.__matchaPy;")
    static native PyHandle pythonOf(JSObject e);

    @Override
    public int kind(Object v) {
        return kind(bridge, js(v));
    }

    @JSBody(params = {"b", "v"}, script = "return b.kind(v);")
    private static native int kind(JSObject b, JSObject v);

    @Override
    public Object global() {
        return global0();
    }

    @JSBody(script = "return globalThis;")
    private static native JSObject global0();

    @Override
    public Object undefined() {
        return undefined0();
    }

    @JSBody(script = "return undefined;")
    private static native JSObject undefined0();

    @Override
    public Object fromBoolean(boolean b) {
        return fromBoolean0(b);
    }

    @JSBody(params = "b", script = "return !!b;")
    private static native JSObject fromBoolean0(boolean b);

    @Override
    public Object fromDouble(double d) {
        return fromDouble0(d);
    }

    @JSBody(params = "d", script = "return d;")
    private static native JSObject fromDouble0(double d);

    @Override
    public Object fromString(String s) {
        return fromString0(s);
    }

    @JSBody(params = "s", script = "return s;")
    private static native JSObject fromString0(String s);

    @Override
    public Object fromBigInt(String decimal) {
        return fromBigInt0(decimal);
    }

    @JSBody(params = "s", script = "return BigInt(s);")
    private static native JSObject fromBigInt0(String s);

    @Override
    public boolean truthy(Object v) {
        return truthy0(js(v));
    }

    @JSBody(params = "v", script = "return !!v;")
    private static native boolean truthy0(JSObject v);

    @Override
    public double toDouble(Object v) {
        return toDouble0(js(v));
    }

    @JSBody(params = "v", script = "return Number(v);")
    private static native double toDouble0(JSObject v);

    @Override
    public String toStr(Object v) {
        return toStr0(bridge, js(v));
    }

    @JSBody(params = {"b", "v"}, script = "return b.str(v);")
    private static native String toStr0(JSObject b, JSObject v);

    @Override
    public String bigIntToString(Object v) {
        return toStr(v);
    }

    @Override
    public PyObject toPython(Object v) {
        return pythonOfProxy(bridge, js(v)).object;
    }

    @JSBody(params = {"b", "v"}, script = "return b.handleOf(v);")
    private static native PyHandle pythonOfProxy(JSObject b, JSObject v);

    @Override
    public Object fromPython(PyObject o) {
        return wrap(bridge, new PyHandle(o), Abstract.isCallable(o));
    }

    @JSBody(params = {"b", "h", "callable"}, script = "return b.wrapPy(h, callable);")
    private static native JSObject wrap(JSObject b, PyHandle h, boolean callable);

    @Override
    public String typeOf(Object v) {
        return typeOf0(js(v));
    }

    @JSBody(params = "v", script = "return typeof v;")
    private static native String typeOf0(JSObject v);

    @Override
    public Object get(Object o, Object key) {
        return check(get0(bridge, js(o), js(key)));
    }

    @JSBody(params = {"b", "o", "k"}, script = "return b.get(o, k);")
    private static native JSObject get0(JSObject b, JSObject o, JSObject k);

    @Override
    public void set(Object o, Object key, Object value) {
        checkBool(set0(bridge, js(o), js(key), js(value)));
    }

    @JSBody(params = {"b", "o", "k", "v"}, script = "return b.set(o, k, v);")
    private static native int set0(JSObject b, JSObject o, JSObject k, JSObject v);

    @Override
    public boolean delete(Object o, Object key) {
        return checkBool(delete0(bridge, js(o), js(key)));
    }

    @JSBody(params = {"b", "o", "k"}, script = "return b.del(o, k);")
    private static native int delete0(JSObject b, JSObject o, JSObject k);

    @Override
    public boolean has(Object o, Object key) {
        return checkBool(has0(bridge, js(o), js(key)));
    }

    @JSBody(params = {"b", "o", "k"}, script = "return b.has(o, k);")
    private static native int has0(JSObject b, JSObject o, JSObject k);

    private static JSObject array(Object[] items) {
        JSObject a = newArray0();
        for (Object item : items) {
            push(a, js(item));
        }
        return a;
    }

    @JSBody(script = "return [];")
    private static native JSObject newArray0();

    @JSBody(params = {"a", "v"}, script = "a.push(v);")
    private static native void push(JSObject a, JSObject v);

    @Override
    public Object call(Object function, Object thisArg, Object[] args) {
        return check(call0(bridge, js(function), js(thisArg), array(args)));
    }

    @JSBody(params = {"b", "f", "t", "a"}, script = "return b.call(f, t, a);")
    private static native JSObject call0(JSObject b, JSObject f, JSObject t, JSObject a);

    @Override
    public Object construct(Object constructor, Object[] args) {
        return check(construct0(bridge, js(constructor), array(args)));
    }

    @JSBody(params = {"b", "f", "a"}, script = "return b.construct(f, a);")
    private static native JSObject construct0(JSObject b, JSObject f, JSObject a);

    @Override
    public boolean strictEquals(Object a, Object b) {
        return strictEquals0(js(a), js(b));
    }

    @JSBody(params = {"a", "b"}, script = "return a === b;")
    private static native boolean strictEquals0(JSObject a, JSObject b);

    @Override
    public boolean instanceOf(Object v, Object constructor) {
        return checkBool(instanceOf0(bridge, js(v), js(constructor)));
    }

    @JSBody(params = {"b", "v", "c"}, script = "return b.instanceOf(v, c);")
    private static native int instanceOf0(JSObject b, JSObject v, JSObject c);

    @Override
    public boolean isArray(Object v) {
        return isArray0(js(v));
    }

    @JSBody(params = "v", script = "return Array.isArray(v);")
    private static native boolean isArray0(JSObject v);

    @Override
    public Object iterator(Object v) {
        JSObject it = (JSObject) check(iterator0(bridge, js(v)));
        return isNull(it) ? null : it;
    }

    @JSBody(params = {"b", "v"}, script = "return b.iterator(v);")
    private static native JSObject iterator0(JSObject b, JSObject v);

    @JSBody(params = "v", script = "return v === null;")
    private static native boolean isNull(JSObject v);

    @Override
    public Object newObject() {
        return newObject0();
    }

    @JSBody(script = "return {};")
    private static native JSObject newObject0();

    @Override
    public Object newArray(Object[] items) {
        return array(items);
    }

    @Override
    public int identity(Object v) {
        return identity0(bridge, js(v));
    }

    @JSBody(params = {"b", "v"}, script = "return b.identity(v);")
    private static native int identity0(JSObject b, JSObject v);

    @Override
    public String[] keys(Object v) {
        JSObject keys = (JSObject) check(keys0(bridge, js(v)));
        int n = length(keys);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = stringAt(keys, i);
        }
        return out;
    }

    @JSBody(params = {"b", "v"}, script = "return b.keys(v);")
    private static native JSObject keys0(JSObject b, JSObject v);

    @JSBody(params = "a", script = "return a.length;")
    static native int length(JSObject a);

    @JSBody(params = {"a", "i"}, script = "return String(a[i]);")
    static native String stringAt(JSObject a, int i);

    @JSBody(params = {"a", "i"}, script = "return a[i];")
    static native JSObject at(JSObject a, int i);
}
