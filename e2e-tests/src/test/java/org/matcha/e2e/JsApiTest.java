package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loadMatcha() API of web/src/main/js/matcha.js in headless Chromium: runPython and its
 * conversions, PythonError, globals, pyimport, py.FS, the stdout handlers and PyProxy, through
 * pages/api.html (classic script) and pages/api-module.html (ES module).
 */
class JsApiTest {
    static BrowserPage session;
    static StaticServer server;
    static Browser browser;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        session = new BrowserPage("matcha.js", false);
        page = session.page;
        server = session.server;
        browser = session.browser;
        session.navigate("/api.html", "matchaReady");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    /** Evaluates a JS function body (with py in scope) and returns its result as a string. */
    static String js(String body) {
        return String.valueOf(page.evaluate("async () => { const py = window.py; " + body + " }"));
    }

    /** The value of runPython(code) as "typeof:String(value)". */
    static String run(String code) {
        return js("const r = py.runPython(" + quote(code) + "); return typeof r + ':' + String(r);");
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @Test
    void lastExpressionIsConverted() {
        assertEquals("number:2", run("1 + 1"));
        assertEquals("number:1.5", run("3 / 2"));
        assertEquals("string:aaa", run("'a' * 3"));
        assertEquals("boolean:true", run("1 < 2"));
        assertEquals("undefined:undefined", run("None"));
        assertEquals("bigint:1180591620717411303424", run("2 ** 70"));
        assertEquals("number:9007199254740992", run("2 ** 53"));
        assertEquals("undefined:undefined", run("x = 3"));
        assertEquals("undefined:undefined", run("1 + 1;"));
        assertEquals("number:12", run("a = 5\nb = 7\na + b"));
        assertEquals("number:7", run("c = 3; c + 4"));
        assertEquals("string:é€", run("'é' + '€'"));
    }

    @Test
    void stateLastsAcrossCalls() {
        run("counter = 10");
        run("counter += 5");
        assertEquals("number:15", run("counter"));
        assertEquals("15", js("return py.globals.get('counter');"));
        js("py.globals.set('from_js', 'set by JS'); return '';");
        assertEquals("string:set by JS!", run("from_js + '!'"));
    }

    @Test
    void printGoesToTheStdoutHandler() {
        js("window.out.length = 0; py.runPython('print(\"hello\", 42)\\nprint(\"a\\\\nb\")'); return '';");
        assertEquals("hello 42|a|b", js("return window.out.join('|');"));
        js("const seen = []; py.setStdout({batched: (l) => seen.push('[' + l + ']')});"
                + " py.runPython('print(1); print(2, end=\"\")'); py.setStdout({batched: (l) => window.out.push(l)});"
                + " window.seen = seen.join(''); return '';");
        assertEquals("[1][2]", js("return window.seen;"));
        js("const codes = []; py.setStdout({raw: (c) => codes.push(c)}); py.runPython('print(\"hé\")');"
                + " py.setStdout({batched: (l) => window.out.push(l)}); window.codes = codes.join(','); return '';");
        assertEquals("104,195,169,10", js("return window.codes;"));
    }

    @Test
    void stdinFeedsInput() {
        js("const lines = ['first', 'second']; py.setStdin(() => lines.shift()); return '';");
        assertEquals("string:first+second", run("input() + '+' + input()"));
        js("py.setStdin(() => null); return '';");
        assertEquals("string:EOFError", run("try:\n    input()\nexcept EOFError as e:\n    r = type(e).__name__\nr"));
    }

    /** The second files of the split bundles: core's sources and the extended tier, fetched on first need. */
    @Test
    void stdlibSourcesAndExtendedModulesLoadOnFirstUse() {
        String r = js("try { py.runPython('import json\\njson.loads(\"{\")'); return 'no error'; }"
                + " catch (e) { return e.message; }");
        // a traceback entry inside json, with its source line read from stdlib-core-sources.bundle
        assertTrue(r.contains("/lib/python3.11/json/__init__.py\", line "), r);
        assertTrue(r.contains(", in loads\n    return _default_decoder.decode(s)\n"), r);
        assertEquals("string:{'a': {'b': 1}}", run("import tomllib\nstr(tomllib.loads('[a]\\nb = 1'))"));
        assertEquals("string:def getopt(args, shortopts, longopts = []):",
                run("import getopt, inspect\ninspect.getsource(getopt.getopt).splitlines()[0]"));
    }

    @Test
    void pythonExceptionsBecomePythonError() {
        String r = js("try { py.runPython('def f():\\n    return 1 / 0\\nf()'); return 'no error'; }"
                + " catch (e) { return (e instanceof PythonError) + '|' + (e instanceof py.PythonError) + '|'"
                + " + e.type + '|' + e.message; }");
        assertTrue(r.startsWith("true|true|ZeroDivisionError|Traceback (most recent call last):\n"), r);
        assertTrue(r.contains("line 2, in f"), r);
        assertTrue(r.endsWith("ZeroDivisionError: division by zero\n"), r);
        String s = js("try { py.runPython('x = (', {filename: 'bad.py'}); return 'no error'; }"
                + " catch (e) { return e.type + '|' + e.message; }");
        assertTrue(s.startsWith("SyntaxError|"), s);
        assertTrue(s.contains("bad.py"), s);
        // the interpreter is still usable afterwards
        assertEquals("number:4", run("2 + 2"));
    }

    @Test
    void fileSystemIsSharedWithPython() {
        js("py.FS.mkdir('/data'); py.FS.writeFile('/data/in.txt', 'from JS\\n'); return '';");
        assertEquals("string:from JS\n", run("open('/data/in.txt').read()"));
        run("with open('/data/out.txt', 'w') as f:\n    f.write('from Python ü')");
        assertEquals("from Python ü", js("return py.FS.readFile('/data/out.txt', {encoding: 'utf8'});"));
        assertEquals("14", js("return String(py.FS.readFile('/data/out.txt').length);"));
        assertEquals(".,..,in.txt,out.txt", js("return py.FS.readdir('/data').join(',');"));
        js("py.FS.unlink('/data/in.txt'); return '';");
        assertEquals("boolean:false", run("import os\nos.path.exists('/data/in.txt')"));
        assertEquals("error", js("try { py.FS.readFile('/nope'); return 'read'; } catch (e) { return 'error'; }"));
        js("py.FS.writeFile('rel.txt', new Uint8Array([104, 105])); return '';");
        assertEquals("string:hi", run("open('/home/matcha/rel.txt').read()"));
    }

    @Test
    void pyimportAndPyProxies() {
        assertEquals("3.14159", js("return py.pyimport('math').pi.toFixed(5);"));
        assertEquals("[1, 2]", js("return py.pyimport('json').dumps(py.toPy([1, 2]));"));
        assertEquals("list|3|[1, 'two', 3.5]|1,two,3.5",
                js("const l = py.runPython('[1, \"two\", 3.5]'); return l.type + '|' + l.length + '|' + l.toString()"
                        + " + '|' + l.toJs().join(',');"));
        assertEquals("2|undefined|true|false",
                js("const d = py.runPython('{\"a\": 2}'); return d.get('a') + '|' + d.get('zz') + '|' + d.has('a')"
                        + " + '|' + d.has('b');"));
        assertEquals("5", js("const add = py.runPython('lambda a, b: a + b'); return String(add(2, 3));"));
        assertEquals("1,4,9", js("const sq = py.runPython('(i * i for i in range(1, 4))'); return [...sq].join(',');"));
        assertEquals("Map|7", js("const m = py.runPython('{\"k\": 7}').toJs(); return m.constructor.name + '|' + m.get('k');"));
        assertEquals("Point|3", js("const P = py.runPython('class Point:\\n    def __init__(self, x):\\n"
                + "        self.x = x\\nPoint'); const p = P(3); return p.type + '|' + p.x;"));
        assertEquals("ValueError", js("const f = py.runPython('def boom():\\n    raise ValueError(\"no\")\\nboom');"
                + " try { f(); return 'none'; } catch (e) { return e.type; }"));
        assertEquals("number:2", run("import sys\nlen([m for m in ('json', 'math') if m in sys.modules])"));
        assertTrue(js("return py.version;").matches("\\d+\\.\\d+\\.\\d+.*"), js("return py.version;"));
    }

    @Test
    void toPyConvertsDeeply() {
        js("py.globals.set('conv', py.toPy({a: [1, 2, {b: null}], c: 'x'})); return '';");
        assertEquals("string:{'a': [1, 2, {'b': None}], 'c': 'x'}", run("repr(conv)"));
    }

    @Test
    void esModuleBuildWorks() {
        Page p = browser.newPage();
        try {
            p.setDefaultTimeout(120_000);
            p.navigate(server.url("/api-module.html"));
            p.waitForFunction("() => window.matchaReady !== undefined");
            assertEquals("from module 42 / true KeyError", String.valueOf(p.evaluate("() => window.matchaReady")));
        } finally {
            p.close();
        }
    }
}
