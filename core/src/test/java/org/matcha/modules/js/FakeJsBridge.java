package org.matcha.modules.js;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matcha.objects.Abstract;
import org.matcha.objects.PyObject;

/**
 * A small JavaScript world in plain Java for testing the js module on the JVM: objects are
 * {@link Obj}, arrays {@link Arr}, functions {@link Fn}; primitives are Boolean, Double, String,
 * BigInteger and the {@link #UNDEFINED}/{@link #NULL} markers.
 */
final class FakeJsBridge implements JsBridge {
    static final Object UNDEFINED = new Object() {
        @Override
        public String toString() {
            return "undefined";
        }
    };
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A value thrown by JS code. */
    static final class Thrown extends RuntimeException {
        final Object value;

        Thrown(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    static class Obj {
        final Map<String, Object> props = new LinkedHashMap<>();
        String className = "Object";

        Obj put(String k, Object v) {
            props.put(k, v);
            return this;
        }

        @Override
        public String toString() {
            return "[object " + className + "]";
        }
    }

    static final class Arr extends Obj {
        final List<Object> items = new ArrayList<>();

        Arr(Object... values) {
            className = "Array";
            items.addAll(List.of(values));
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                sb.append(i > 0 ? "," : "").append(str(items.get(i)));
            }
            return sb.toString();
        }
    }

    interface Body {
        Object apply(Object thisArg, Object[] args);
    }

    static final class Fn extends Obj {
        final Body body;

        Fn(String name, Body body) {
            this.body = body;
            className = "Function";
            props.put("name", name);
        }

        @Override
        public String toString() {
            return "function " + props.get("name") + "() { [native code] }";
        }
    }

    /** A Python object handed to JS. */
    record PyRef(PyObject object) {}

    final Obj global = new Obj();
    private final IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();

    static String str(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString(d.longValue()) : d.toString();
        }
        return String.valueOf(v);
    }

    @Override
    public int kind(Object v) {
        if (v == UNDEFINED) {
            return UNDEFINED_KIND;
        }
        if (v == NULL) {
            return JsBridge.NULL;
        }
        if (v instanceof Boolean) {
            return BOOLEAN;
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) <= 9007199254740992.0 ? INTEGER : FLOAT;
        }
        if (v instanceof String) {
            return STRING;
        }
        if (v instanceof BigInteger) {
            return BIGINT;
        }
        if (v instanceof PyRef) {
            return PYTHON;
        }
        return v instanceof Fn ? FUNCTION : OBJECT;
    }

    private static final int UNDEFINED_KIND = JsBridge.UNDEFINED;

    @Override
    public Object global() {
        return global;
    }

    @Override
    public Object undefined() {
        return UNDEFINED;
    }

    @Override
    public Object fromBoolean(boolean b) {
        return b;
    }

    @Override
    public Object fromDouble(double d) {
        return d;
    }

    @Override
    public Object fromString(String s) {
        return s;
    }

    @Override
    public Object fromBigInt(String decimal) {
        return new BigInteger(decimal);
    }

    @Override
    public boolean truthy(Object v) {
        if (v == UNDEFINED || v == NULL) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof BigInteger b) {
            return b.signum() != 0;
        }
        return true;
    }

    @Override
    public double toDouble(Object v) {
        return v instanceof Double d ? d : v instanceof Boolean b ? (b ? 1 : 0) : Double.NaN;
    }

    @Override
    public String toStr(Object v) {
        return str(v);
    }

    @Override
    public String bigIntToString(Object v) {
        return v.toString();
    }

    @Override
    public PyObject toPython(Object v) {
        return ((PyRef) v).object();
    }

    @Override
    public Object fromPython(PyObject o) {
        return new PyRef(o);
    }

    @Override
    public String typeOf(Object v) {
        switch (kind(v)) {
            case JsBridge.UNDEFINED:
                return "undefined";
            case BOOLEAN:
                return "boolean";
            case INTEGER:
            case FLOAT:
                return "number";
            case STRING:
                return "string";
            case BIGINT:
                return "bigint";
            case FUNCTION:
                return "function";
            case PYTHON:
                return Abstract.isCallable(((PyRef) v).object()) ? "function" : "object";
            default:
                return "object";
        }
    }

    private static String propName(Object key) {
        return str(key);
    }

    @Override
    public Object get(Object o, Object key) {
        String k = propName(key);
        if (o instanceof Arr a) {
            if (k.equals("length")) {
                return (double) a.items.size();
            }
            if (k.equals("includes")) {
                return new Fn("includes", (t, args) -> {
                    for (Object item : a.items) {
                        if (strictEquals(item, args[0])) {
                            return true;
                        }
                    }
                    return false;
                });
            }
            if (k.matches("\\d+")) {
                int i = Integer.parseInt(k);
                return i < a.items.size() ? a.items.get(i) : UNDEFINED;
            }
        }
        if (o instanceof Obj obj) {
            return obj.props.getOrDefault(k, UNDEFINED);
        }
        if (o == UNDEFINED || o == NULL) {
            throw JsInterop.jsException("TypeError: Cannot read properties of " + o + " (reading '" + k + "')");
        }
        return UNDEFINED;
    }

    @Override
    public void set(Object o, Object key, Object value) {
        String k = propName(key);
        if (o instanceof Arr a && k.matches("\\d+")) {
            int i = Integer.parseInt(k);
            while (a.items.size() <= i) {
                a.items.add(UNDEFINED);
            }
            a.items.set(i, value);
        } else if (o instanceof Obj obj) {
            obj.props.put(k, value);
        } else {
            throw JsInterop.jsException("TypeError: Cannot set properties of " + str(o));
        }
    }

    @Override
    public boolean delete(Object o, Object key) {
        if (o instanceof Obj obj) {
            obj.props.remove(propName(key));
        }
        return true;
    }

    @Override
    public boolean has(Object o, Object key) {
        if (o instanceof Arr a) {
            String k = propName(key);
            if (k.equals("length") || (k.matches("\\d+") && Integer.parseInt(k) < a.items.size())) {
                return true;
            }
        }
        return o instanceof Obj obj && obj.props.containsKey(propName(key));
    }

    @Override
    public Object call(Object function, Object thisArg, Object[] args) {
        if (function instanceof PyRef r) {
            PyObject[] py = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                py[i] = JsInterop.toPython(args[i]);
            }
            return JsInterop.toJs(Abstract.call(r.object(), py));
        }
        if (!(function instanceof Fn f)) {
            throw JsInterop.jsException("TypeError: " + str(function) + " is not a function");
        }
        try {
            return f.body.apply(thisArg, args);
        } catch (Thrown t) {
            throw JsInterop.jsException(t.value);
        }
    }

    @Override
    public Object construct(Object constructor, Object[] args) {
        return call(constructor, NULL, args);
    }

    @Override
    public boolean strictEquals(Object a, Object b) {
        if (a instanceof Double || a instanceof String || a instanceof Boolean || a instanceof BigInteger) {
            return a.equals(b);
        }
        return a == b;
    }

    @Override
    public boolean instanceOf(Object v, Object constructor) {
        return v instanceof Obj o && constructor instanceof Fn f && o.className.equals(f.props.get("name"));
    }

    @Override
    public boolean isArray(Object v) {
        return v instanceof Arr;
    }

    @Override
    public Object iterator(Object v) {
        if (!(v instanceof Arr a)) {
            return null;
        }
        int[] pos = {0};
        Obj it = new Obj();
        it.put("next", new Fn("next", (t, args) -> {
            Obj r = new Obj();
            if (pos[0] < a.items.size()) {
                r.put("done", false).put("value", a.items.get(pos[0]++));
            } else {
                r.put("done", true).put("value", UNDEFINED);
            }
            return r;
        }));
        return it;
    }

    @Override
    public Object newObject() {
        return new Obj();
    }

    @Override
    public Object newArray(Object[] items) {
        return new Arr(items);
    }

    @Override
    public int identity(Object v) {
        return ids.computeIfAbsent(v, k -> ids.size() + 1);
    }

    @Override
    public String[] keys(Object v) {
        return v instanceof Obj o ? o.props.keySet().toArray(new String[0]) : new String[0];
    }
}
