package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Python driving the page through {@code import js} in headless Chromium: JsProxy operations,
 * conversions both ways, JsException, the DOM, and an event handler written in Python that
 * Playwright clicks (pages/api.html); runPythonAsync with top-level await and asyncio on the JS event
 * loop (sleeps leave the page running, tasks outlive the call that made them, JS promises awaited
 * inside tasks), and {@code <script type="text/python" async>} (pages/scripts-async.html).
 */
class JsModuleTest {
    static BrowserPage session;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        session = new BrowserPage("matcha.js", false);
        page = session.page;
        session.navigate("/api.html", "matchaReady");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    /** Runs Python code and returns what it printed (lines joined with \n), or the PythonError. */
    static String py(String code) {
        return String.valueOf(page.evaluate("(code) => { window.out.length = 0;"
                + " try { window.py.runPython(code); } catch (e) { return 'PythonError ' + e.type + ': ' + e.message; }"
                + " return window.out.join('\\n'); }", code));
    }

    /** Evaluates a JS function body (with py in scope) and returns its result as a string. */
    static String js(String body) {
        return String.valueOf(page.evaluate("async () => { const py = window.py; " + body + " }"));
    }

    /** The awaited value of runPythonAsync(code) as "typeof:String(value)". */
    static String runAsync(String code) {
        return String.valueOf(page.evaluate("async (code) => { const r = await window.py.runPythonAsync(code);"
                + " return typeof r + ':' + String(r); }", code));
    }

    @Test
    void domManipulation() {
        py("import js\njs.document.getElementById('target').textContent = 'hi from Python'");
        assertEquals("hi from Python", page.textContent("#target"));
        py("from js import document\nul = document.getElementById('list')\nfor w in ['a', 'b', 'c']:\n"
                + "    li = document.createElement('li')\n    li.textContent = w.upper()\n    ul.appendChild(li)");
        assertEquals("ABC", page.textContent("#list"));
        assertEquals("3\nLI\nobject\nTrue", py("import js\nitems = js.document.querySelectorAll('#list li')\n"
                + "print(len(items))\nprint(items[0].tagName)\nprint(items.typeof)\n"
                + "print(js.document.body == js.document.body)"));
    }

    @Test
    void pythonEventHandlerClickedByPlaywright() {
        py("import js\nclicks = []\ndef on_click(event):\n    clicks.append(event.type)\n"
                + "    js.document.getElementById('clicks').textContent = f'{len(clicks)} {event.type} {event.target.id}'\n"
                + "js.document.getElementById('btn').addEventListener('click', on_click)");
        page.click("#btn");
        page.click("#btn");
        assertEquals("2 click btn", page.textContent("#clicks"));
        assertEquals("['click', 'click']", py("print(clicks)"));
    }

    @Test
    void conversionsFromJs() {
        page.evaluate("() => { window.vals = {i: 42, f: 1.5, s: 'str', t: true, n: null, u: undefined,"
                + " big: 2n ** 70n, neg: -7, arr: [1, 2, 3], obj: {a: 1}}; }");
        assertEquals("int 42\nfloat 1.5\nstr 'str'\nbool True\nNoneType None\nNoneType None\n"
                + "int 1180591620717411303424\nint -7\nJsProxy\nJsProxy",
                py("import js\nv = js.vals\nfor k in ['i', 'f', 's', 't', 'n', 'u', 'big', 'neg']:\n"
                        + "    x = getattr(v, k)\n    print(type(x).__name__, repr(x))\n"
                        + "print(type(v.arr).__name__)\nprint(type(v.obj).__name__)"));
        assertEquals("[1, 2, 3]\n{'a': 1}\n[1, 2, 3]",
                py("import js\nprint(js.vals.arr.to_py())\nprint(js.vals.obj.to_py())\nprint(list(js.vals.arr))"));
    }

    @Test
    void conversionsToJs() {
        py("import js\njs.window.got = [7, 2.5, 'x', True, None, 2 ** 64, -2 ** 53]");
        // a Python list is not converted implicitly: JS sees a PyProxy
        assertEquals("list", String.valueOf(page.evaluate("() => window.got.type")));
        py("import js\nfrom pyodide.ffi import to_js\njs.window.got = to_js([7, 2.5, 'x', True, None, 2 ** 64, -2 ** 53])");
        assertEquals("number:7,number:2.5,string:x,boolean:true,undefined:undefined,bigint:18446744073709551616,"
                + "number:-9007199254740992", String.valueOf(page.evaluate(
                        "() => window.got.map((v) => typeof v + ':' + String(v)).join(',')")));
        // dicts become Maps, as in Pyodide; dict_converter makes something else of the [key, value] pairs
        py("import js\nfrom pyodide.ffi import to_js\njs.window.gotObj = to_js({'a': [1, {'b': 2}], 3: None})");
        assertEquals("Map a,3 Map 2 undefined", String.valueOf(page.evaluate("() => { const m = window.gotObj;"
                + " return [m.constructor.name, [...m.keys()].join(), m.get('a')[1].constructor.name,"
                + " m.get('a')[1].get('b'), String(m.get(3))].join(' '); }")));
        py("import js\nfrom pyodide.ffi import to_js\n"
                + "js.window.gotObj = to_js({'a': [1, {'b': 2}]}, dict_converter=js.Object.fromEntries)");
        assertEquals("{\"a\":[1,{\"b\":2}]}", String.valueOf(page.evaluate("() => JSON.stringify(window.gotObj)")));
        // depth=1 converts the outer list only: the inner one stays a PyProxy
        py("import js\nfrom pyodide.ffi import to_js\njs.window.got = to_js([[1, 2]], depth=1)");
        assertEquals("true list", String.valueOf(page.evaluate("() => Array.isArray(window.got) + ' ' + window.got[0].type")));
    }

    @Test
    void proxyOperations() {
        assertEquals("0\n3\nTrue\nFalse\n1,2,3\n[1, 2, 3]\n3\n10\nFalse\nTrue",
                py("import js\nd = js.Date.new(0)\nprint(d.getTime())\na = js.Array.new(1, 2, 3)\n"
                        + "print(len(a))\nprint(2 in a)\nprint(5 in a)\nprint(repr(a))\nprint([x for x in a])\n"
                        + "print(a[-1])\na[0] = 10\nprint(a[0])\nprint(bool(js.Array.new()))\nprint(bool(a))"));
        assertEquals("1\nTrue\nFalse\nAttributeError\n2\n5\nsize 1",
                py("import js\no = js.Object.new()\no.x = 1\nprint(o.x)\nprint(hasattr(o, 'x'))\ndel o.x\n"
                        + "print(hasattr(o, 'x'))\ntry:\n    o.missing\nexcept AttributeError as e:\n"
                        + "    print(type(e).__name__)\nopts = js.Object.assign(js.Object.new(), a=2)\nprint(opts.a)\n"
                        + "m = js.Map.new()\nm.set('k', 5)\nprint(m['k'])\nprint('size', len(m))"));
        assertEquals("6\nTrue\nnumber\nfunction",
                py("import js\nprint(js.Math.max(1, 6, 3))\nprint(js.Array.new().instanceof(js.Array))\n"
                        + "print(js.Math.PI.__class__.__name__ == 'float' and 'number')\nprint(js.Math.max.typeof)"));
        assertEquals("2,4,6", py("import js\nr = js.Array.new(1, 2, 3).map(lambda x, *rest: x * 2)\nprint(r.join(','))"));
    }

    @Test
    void exceptionsCrossTheBoundary() {
        assertEquals("JsException\nTrue\nTrue",
                py("import js\nfrom pyodide.ffi import JsException\ntry:\n    js.JSON.parse('{bad')\n"
                        + "except JsException as e:\n    print(type(e).__name__)\n    print('SyntaxError' in str(e))\n"
                        + "    print(e.js_error.name == 'SyntaxError')"));
        // a Python exception raised in a callback called by JS comes back as itself
        assertEquals("ValueError inner",
                py("import js\ndef f(x, *rest):\n    raise ValueError('inner')\ntry:\n"
                        + "    js.Array.of(1).forEach(f)\nexcept ValueError as e:\n    print(type(e).__name__, e)"));
        assertEquals("PythonError",
                String.valueOf(page.evaluate("() => { try { window.py.runPython('import js\\njs.eval(\"null.x\")'); }"
                        + " catch (e) { return e.name + (e.message.includes('JsException') ? '' : ' ' + e.message); } }")));
    }

    @Test
    void coroutinesAwaitJsPromisesAndFetch() {
        Object r = page.evaluate("async (code) => await window.py.runPythonAsync(code)",
                "import js\nfrom pyodide.ffi import JsException\nasync def main():\n"
                + "    response = await js.fetch('/scripts-src.py')\n    text = await response.text()\n"
                + "    v = await js.Promise.resolve(41)\n    try:\n"
                + "        await js.Promise.reject(js.Error.new('nope'))\n    except JsException as e:\n"
                + "        err = str(e)\n    return f'{text.splitlines()[0]} | {v + 1} | {err}'\nmain()");
        assertEquals("y = x + 1 | 42 | Error: nope", String.valueOf(r));
        // a Python exception escaping the coroutine rejects the promise with a PythonError
        assertEquals("PythonError ValueError", String.valueOf(page.evaluate("async () => {"
                + " try { await window.py.runPython('import js\\nasync def f():\\n    await js.Promise.resolve(1)\\n"
                + "    raise ValueError(\\'late\\')\\nf()'); return 'none'; }"
                + " catch (e) { return e.name + ' ' + e.type; } }")));
    }

    @Test
    void registeredModulesAndNoJsOption() {
        page.evaluate("() => window.py.registerJsModule('settings', {answer: 42, greet: (n) => 'hello ' + n})");
        assertEquals("42 hello py", py("import settings\nprint(settings.answer, settings.greet('py'))"));
        Object r = page.evaluate("async () => { const p2 = await loadMatcha({jsModule: false});"
                + " try { p2.runPython('import js'); return 'imported'; } catch (e) { return e.type; } }");
        assertEquals("ModuleNotFoundError", String.valueOf(r));
    }

    @Test
    void topLevelAwaitGivesTheLastExpressionsValue() {
        assertEquals("number:42", runAsync("import asyncio\nawait asyncio.sleep(0.01)\n6 * 7"));
        assertEquals("number:42", runAsync("import js\nv = await js.Promise.resolve(41)\nv + 1"));
        assertEquals("number:42", runAsync("import js\n(await js.Promise.resolve(21)) * 2"));
        assertEquals("undefined:undefined", runAsync("x = 1"));
        assertEquals("string:hi", runAsync("async def f():\n    return 'hi'\nawait f()"));
    }

    @Test
    void awaitedJsPromisesAndFetchInsideTasks() throws Exception {
        String firstLine = Files.readAllLines(Path.of("src/test/resources/pages/scripts-src.py")).get(0);
        assertEquals("string:" + firstLine + " | Error: nope", runAsync("import js\nfrom pyodide.ffi import JsException\n"
                + "response = await js.fetch('/scripts-src.py')\ntext = await response.text()\n"
                + "try:\n    await js.Promise.reject(js.Error.new('nope'))\nexcept JsException as e:\n    err = str(e)\n"
                + "f'{text.splitlines()[0]} | {err}'"));
    }

    @Test
    void sleepingLeavesThePageRunning() {
        // a JS interval keeps firing while Python sleeps: the sleep is a JS timer, not a busy wait
        assertEquals("true", js("let ticks = 0; const t = setInterval(() => ticks++, 10);"
                + " await py.runPythonAsync('import asyncio\\nawait asyncio.sleep(0.3)');"
                + " clearInterval(t); return ticks >= 3;"));
    }

    @Test
    void tasksKeepRunningBetweenCalls() {
        assertEquals("number:0", runAsync("import asyncio\nticks = 0\nasync def ticker():\n    global ticks\n"
                + "    while ticks < 5:\n        await asyncio.sleep(0.01)\n        ticks += 1\n    return 'done'\n"
                + "task = asyncio.create_task(ticker())\nticks"));
        page.waitForFunction("() => window.py.runPython('ticks') === 5");
        assertEquals("true:done", js("return py.runPython('task.done()') + ':' + py.runPython('task.result()');"));
        // get_event_loop() outside a task is the same loop, and its tasks run too
        assertEquals("number:3", runAsync("loop = asyncio.get_event_loop()\n"
                + "await loop.create_task(asyncio.sleep(0.01, result=3))"));
    }

    @Test
    void errorsRejectWithAPythonError() {
        assertEquals("PythonError ValueError true", js("try { await py.runPythonAsync("
                + "'import asyncio\\nawait asyncio.sleep(0)\\nraise ValueError(\"late\")'); return 'none'; }"
                + " catch (e) { return e.name + ' ' + e.type + ' ' + e.message.includes('ValueError: late'); }"));
        assertEquals("PythonError SyntaxError", js("try { await py.runPythonAsync('def f():\\n    await g()');"
                + " return 'none'; } catch (e) { return e.name + ' ' + e.type; }"));
        // runPython keeps CPython's rule: no await outside async functions
        assertEquals("PythonError SyntaxError", js("try { py.runPython('import asyncio\\nawait asyncio.sleep(0)');"
                + " return 'none'; } catch (e) { return e.name + ' ' + e.type; }"));
    }

    @Test
    void asyncScriptTagsMayAwaitAndRunInOrder() throws Exception {
        String firstLine = Files.readAllLines(Path.of("src/test/resources/pages/scripts-src.py")).get(0);
        Page p = session.browser.newPage();
        try {
            p.setDefaultTimeout(120_000);
            p.navigate(session.server.url("/scripts-async.html"));
            p.evaluate("() => window.matchaScripts");
            assertEquals("fetched " + firstLine + "\nnext tag after the await 200\n", p.textContent("#out"));
            assertEquals(0, p.locator(".matcha-error").count());
        } finally {
            p.close();
        }
    }
}
