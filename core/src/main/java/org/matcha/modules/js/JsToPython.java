package org.matcha.modules.js;

import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyList;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/** JsProxy.to_py: the deep conversion of Arrays, Maps and plain Objects. Pyodide: jsproxy.c JsProxy_toPy. */
final class JsToPython {
    private JsToPython() {}

    static long identity(Object v) {
        return JsInterop.bridge().identity(v);
    }

    static PyObject deep(Object v, int depth) {
        JsBridge b = JsInterop.bridge();
        if (depth > 100) {
            throw Errors.recursion("to_py: structure too deep");
        }
        if (b.kind(v) != JsBridge.OBJECT) {
            return JsInterop.toPython(v);
        }
        if (b.isArray(v)) {
            int n = (int) b.toDouble(b.get(v, b.fromString("length")));
            PyList out = new PyList();
            for (int i = 0; i < n; i++) {
                out.append(deep(b.get(v, b.fromDouble(i)), depth + 1));
            }
            return out;
        }
        Object global = b.global();
        Object mapType = b.get(global, b.fromString("Map"));
        if (b.instanceOf(v, mapType)) {
            PyDict out = new PyDict();
            Object it = b.iterator(v);
            while (true) {
                Object r = b.call(b.get(it, b.fromString("next")), it, new Object[0]);
                if (b.truthy(b.get(r, b.fromString("done")))) {
                    return out;
                }
                Object pair = b.get(r, b.fromString("value"));
                out.setItem(deep(b.get(pair, b.fromDouble(0)), depth + 1), deep(b.get(pair, b.fromDouble(1)), depth + 1));
            }
        }
        Object objectType = b.get(global, b.fromString("Object"));
        Object proto = b.call(b.get(objectType, b.fromString("getPrototypeOf")), objectType, new Object[] {v});
        if (b.kind(proto) == JsBridge.NULL || b.strictEquals(proto, b.get(objectType, b.fromString("prototype")))) {
            PyDict out = new PyDict();
            for (String k : b.keys(v)) {
                out.setItem(PyStr.of(k), deep(b.get(v, b.fromString(k)), depth + 1));
            }
            return out;
        }
        return JsInterop.toPython(v);
    }
}
