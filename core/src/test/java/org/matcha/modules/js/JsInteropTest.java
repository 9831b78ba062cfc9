package org.matcha.modules.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.matcha.modules.js.FakeJsBridge.Arr;
import org.matcha.modules.js.FakeJsBridge.Fn;
import org.matcha.modules.js.FakeJsBridge.Obj;
import org.matcha.vm.BufferHost;
import org.matcha.vm.PythonRunner;

/** The js module and JsProxy on the JVM, over {@link FakeJsBridge}; the browser build is tested in e2e-tests. */
class JsInteropTest {
    final FakeJsBridge bridge = new FakeJsBridge();
    Object clickHandler;

    String run(String code) {
        BufferHost host = new BufferHost(p -> null, p -> false, p -> false, System::nanoTime);
        PythonRunner runner = new PythonRunner(host);
        runner.setArgv(new String[] {""}, "/");
        JsInterop.install(runner.interpreter(), bridge, true);
        int status = runner.runSource(code.getBytes(StandardCharsets.UTF_8), "<test>");
        return host.stdout + (status == 0 ? "" : "exit " + status + "\n" + host.stderr);
    }

    JsInteropTest() {
        Obj element = new Obj().put("id", "target").put("textContent", "");
        element.className = "HTMLDivElement";
        Obj document = new Obj();
        document.put("getElementById", new Fn("getElementById", (t, a) -> t == document && a[0].equals("target")
                ? element : FakeJsBridge.NULL));
        document.put("addEventListener", new Fn("addEventListener", (t, a) -> {
            clickHandler = a[1];
            return FakeJsBridge.UNDEFINED;
        }));
        bridge.global.put("document", document);
        bridge.global.put("Math", new Obj().put("max", new Fn("max", (t, a) -> {
            double m = Double.NEGATIVE_INFINITY;
            for (Object x : a) {
                m = Math.max(m, (Double) x);
            }
            return m;
        })));
        bridge.global.put("JSON", new Obj().put("parse", new Fn("parse", (t, a) -> {
            throw new FakeJsBridge.Thrown("SyntaxError: Unexpected token");
        })));
        bridge.global.put("Array", new Fn("Array", (t, a) -> new Arr(a)));
        bridge.global.put("forEach", new Fn("forEach", (t, a) -> {
            for (Object item : ((Arr) a[0]).items) {
                bridge.call(a[1], FakeJsBridge.UNDEFINED, new Object[] {item});
            }
            return FakeJsBridge.UNDEFINED;
        }));
        bridge.global.put("options", new Fn("options", (t, a) -> a[a.length - 1]));
        bridge.global.put("vals", new Obj().put("i", 42.0).put("f", 1.5).put("s", "str").put("t", true)
                .put("n", FakeJsBridge.NULL).put("u", FakeJsBridge.UNDEFINED)
                .put("big", new java.math.BigInteger("1180591620717411303424")));
    }

    @Test
    void attributesAndMethodCallsKeepThis() {
        assertEquals("hi\nHTMLDivElement? [object HTMLDivElement]\n6\n",
                run("import js\nel = js.document.getElementById('target')\nel.textContent = 'hi'\n"
                        + "print(el.textContent)\nprint('HTMLDivElement?', el)\nprint(js.Math.max(1, 6, 3))"));
    }

    @Test
    void conversionsFromJs() {
        assertEquals("int 42\nfloat 1.5\nstr 'str'\nbool True\nNoneType None\nNoneType None\n"
                + "int 1180591620717411303424\n",
                run("import js\nfor k in ['i', 'f', 's', 't', 'n', 'u', 'big']:\n"
                        + "    x = getattr(js.vals, k)\n    print(type(x).__name__, repr(x))"));
    }

    @Test
    void conversionsToJs() {
        run("import js\njs.vals.out = [1, 2 ** 70, 'x', None, 2.5, True]\njs.vals.n2 = 2 ** 70\njs.vals.f2 = 0.5");
        Obj vals = (Obj) bridge.global.props.get("vals");
        assertEquals(java.math.BigInteger.TWO.pow(70), vals.props.get("n2"));
        assertEquals(0.5, vals.props.get("f2"));
        assertEquals(FakeJsBridge.PyRef.class, vals.props.get("out").getClass());
        run("import js\nfrom pyodide.ffi import to_js\njs.vals.arr = to_js([1, 'x', None])");
        assertEquals("1,x,undefined", vals.props.get("arr").toString());
    }

    @Test
    void arraysIndexIterateAndContain() {
        assertEquals("3 1 3 True False [1, 2, 3] 10\n",
                run("import js\na = js.Array(1, 2, 3)\na[0] = 10\n"
                        + "print(len(a), a[-3] // 10, a[2], 2 in a, 5 in a, [1, 2, 3], a[0])"));
        assertEquals("[10, 20]\nIndexError\n", run("import js\na = js.Array(10, 20)\nprint([x for x in a])\n"
                + "try:\n    a[2]\nexcept IndexError as e:\n    print(type(e).__name__)"));
    }

    @Test
    void keywordArgumentsBecomeAnOptionsObject() {
        assertEquals("True 2\n", run("import js\no = js.options(1, once=True, n=2)\nprint(o.once, o.n)"));
    }

    @Test
    void jsErrorsBecomeJsException() {
        assertEquals("JsException SyntaxError: Unexpected token\n",
                run("import js\nfrom pyodide.ffi import JsException\ntry:\n    js.JSON.parse('{')\n"
                        + "except JsException as e:\n    print(type(e).__name__, e)"));
        assertEquals("AttributeError\n", run("import js\ntry:\n    js.nothing\nexcept AttributeError as e:\n"
                + "    print(type(e).__name__)"));
    }

    @Test
    void pythonCallbacksRunFromJsAndTheirErrorsComeBack() {
        assertEquals("got 1\ngot 2\nValueError inner\n",
                run("import js\ndef f(x):\n    print('got', x)\njs.forEach(js.Array(1, 2), f)\n"
                        + "def g(x):\n    raise ValueError('inner')\ntry:\n    js.forEach(js.Array(1), g)\n"
                        + "except ValueError as e:\n    print(type(e).__name__, e)"));
        run("import js\nseen = []\njs.document.addEventListener('click', lambda e: seen.append(e))");
        Object result = bridge.call(clickHandler, FakeJsBridge.UNDEFINED, new Object[] {"evt"});
        assertEquals(FakeJsBridge.UNDEFINED, result);
    }

    @Test
    void equalityTruthAndRepr() {
        assertEquals("True False True\n", run("import js\nd = js.document\n"
                + "print(d == js.document, bool(js.Array()), bool(js.Array(1)))"));
    }
}
