package org.matcha.web;

import org.matcha.ast.AstStmt;
import org.matcha.ast.Expr;
import org.matcha.ast.Module;
import org.matcha.bytecode.PyCode;
import org.matcha.modules.js.JsInterop;
import org.matcha.objects.Abstract;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.parser.Parser;
import org.matcha.parser.WarningSink;
import org.matcha.vm.CompileSupport;
import org.matcha.vm.Interpreter;
import org.matcha.vm.MemoryFileSystem;
import org.matcha.vm.PythonRunner;
import org.matcha.vm.SourceCache;
import org.matcha.vm.TracebackPrinter;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The interpreter behind one loadMatcha() call (each call instantiates its own Wasm module, so
 * static state is per interpreter): runPython, globals, pyimport, the file system, and the PyProxy
 * operations. Exported functions never throw: a Python exception is kept in {@link #lastError}
 * and the bridge's ERR marker is returned; matcha.js then throws a PythonError.
 * Pyodide: src/py/_pyodide/_base.py (eval_code) and src/core/pyproxy.c.
 */
final class PyApi {
    private PyApi() {}

    static JSObject bridge;
    static JSObject err;
    static JSObject done;
    static WebHost host;
    static Interpreter interp;
    /** The runner that made {@link #interp}; null before init. */
    static PythonRunner runner;
    static PyDict globals;
    static PyBaseException lastError;

    static String init(JSObject b, boolean exposeJs) {
        bridge = b;
        err = WebBridge.prop(b, "ERR");
        done = WebBridge.prop(b, "DONE");
        org.matcha.objects.IntMath.maxStrDigits = 4300;
        MemoryFileSystem files = new MemoryFileSystem(() -> (long) (WebHost.epochMillis() * 1_000_000));
        files.makeDirs("/home/matcha");
        files.makeDirs("/tmp");
        files.setCwd("/home/matcha");
        host = new WebHost(b, files);
        runner = new PythonRunner(host);
        WebHost.mark("interpreter-created");
        interp = runner.interpreter();
        runner.setArgv(new String[] {""}, "/home/matcha");
        globals = runner.mainModule(null).dict;
        JsInterop.install(interp, new WebBridge(b), exposeJs);
        return "";
    }

    /** A stdlib bundle the page added after init: importable from now on (WebMain.addStdlibBundleBytes). */
    static void bundleAdded(org.matcha.vm.FrozenBundle b) {
        if (runner != null) {
            runner.addFrozenBundle(b);
        }
    }

    /**
     * Polls buffer[0] (an Int32Array, usually on a SharedArrayBuffer) for an interrupt: a nonzero
     * value is cleared and raises KeyboardInterrupt in running Python. Pyodide: setInterruptBuffer.
     */
    static void setInterruptBuffer(JSObject buffer) {
        interp.interruptPoll = () -> takeInterrupt(buffer);
    }

    @JSBody(params = "b", script = "const v = Atomics.load(b, 0); if (v !== 0) Atomics.store(b, 0, 0); return v !== 0;")
    private static native boolean takeInterrupt(JSObject buffer);

    // ---- errors ----

    static JSObject fail(Throwable t) {
        if (t instanceof PyException e) {
            lastError = e.value;
        } else {
            lastError = PyBaseException.create(ExceptionTypes.SystemError,
                    PyStr.of("host error: " + t.getClass().getName() + ": " + t.getMessage()));
        }
        return err;
    }

    static String errorType() {
        return lastError == null ? "" : lastError.type().name;
    }

    static String errorMessage() {
        if (lastError == null) {
            return "";
        }
        try {
            return TracebackPrinter.format(lastError);
        } catch (Throwable t) {
            return lastError.type().name;
        }
    }

    static PyHandle errorHandle() {
        return new PyHandle(lastError);
    }

    static JSObject toJs(PyObject o) {
        return (JSObject) JsInterop.toJs(o);
    }

    static PyObject toPy(JSObject v) {
        return JsInterop.toPython(v);
    }

    @JSBody(script = "return undefined;")
    static native JSObject undefined();

    // ---- running code ----

    static JSObject run(String source, String filename, PyHandle scope) {
        try {
            return toJs(evalCode(source, filename, namespace(scope)));
        } catch (Throwable t) {
            return fail(t);
        } finally {
            host.flush();
        }
    }

    /**
     * runPythonAsync: the code is compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT and runs as a task of
     * the WebLoop (asyncio on the JS event loop); returns the JS Promise of the last expression's
     * value. Pyodide: eval_code_async.
     */
    static JSObject runAsync(String source, String filename, PyHandle scope) {
        try {
            PyDict g = namespace(scope);
            PyCode[] parts = compileParts(source, filename, PyCode.PyCF_ALLOW_TOP_LEVEL_AWAIT);
            PyObject runAsync = WebLoop.get(interp, "run_async");
            return toJs(Abstract.call(runAsync, parts[0], parts[1] == null ? PyNone.NONE : parts[1], g));
        } catch (Throwable t) {
            return fail(t);
        } finally {
            host.flush();
        }
    }

    /** Makes a Python exception object (a runPythonAsync rejection) the error the page reads. */
    static void setError(PyHandle h) {
        if (h != null && h.object instanceof PyBaseException e) {
            lastError = e;
        }
    }

    /** The globals a run uses: the handle's dict, or __main__'s; __builtins__ is added if missing. */
    private static PyDict namespace(PyHandle scope) {
        PyDict g = globals;
        if (scope != null) {
            if (!(scope.object instanceof PyDict d)) {
                throw org.matcha.objects.Errors.typeError("globals must be a dict");
            }
            g = d;
        }
        if (g.getItem("__builtins__") == null) {
            g.setItem("__builtins__", interp.builtinsModule);
        }
        return g;
    }

    /**
     * Runs the code and returns the value of its last statement when that is an expression not
     * followed by a semicolon, as Pyodide's eval_code (return_mode="last_expr") does.
     */
    static PyObject evalCode(String source, String filename, PyDict g) {
        PyCode[] parts = compileParts(source, filename, 0);
        interp.runCode(parts[0], g, g);
        return parts[1] == null ? PyNone.NONE : interp.runCode(parts[1], g, g);
    }

    /**
     * The code as {statements, last expression}: when the last statement is an expression not
     * followed by a semicolon it is compiled apart ("eval" mode), else the second is null.
     */
    static PyCode[] compileParts(String source, String filename, int flags) {
        Module m = null;
        try {
            m = Parser.parseModule(source, filename, WarningSink.IGNORE);
        } catch (Throwable t) {
            // the compile below reports it as a SyntaxError
        }
        if (m != null && !m.body.isEmpty()) {
            AstStmt last = m.body.get(m.body.size() - 1);
            if (last instanceof Expr e) {
                String[] lines = source.split("\n", -1);
                int start = charIndex(lines[e.lineno - 1], e.colOffset);
                int end = charIndex(lines[e.endLineno - 1], e.endColOffset);
                StringBuilder rest = new StringBuilder(lines[e.endLineno - 1].substring(end));
                for (int i = e.endLineno; i < lines.length; i++) {
                    rest.append('\n').append(lines[i]);
                }
                if (!rest.toString().strip().startsWith(";")) {
                    StringBuilder before = new StringBuilder();
                    StringBuilder expr = new StringBuilder();
                    for (int i = 0; i < e.lineno - 1; i++) {
                        before.append(lines[i]).append('\n');
                        expr.append('\n');
                    }
                    before.append(lines[e.lineno - 1], 0, start);
                    expr.append(lines[e.lineno - 1].substring(start));
                    for (int i = e.lineno; i < lines.length; i++) {
                        expr.append('\n').append(lines[i]);
                    }
                    PyCode body = CompileSupport.compile(before.toString(), filename, "exec", flags);
                    PyCode value = CompileSupport.compile(expr.toString(), filename, "eval", flags);
                    if (!filename.startsWith("<")) {
                        SourceCache.put(filename, source);
                    }
                    return new PyCode[] {body, value};
                }
            }
        }
        return new PyCode[] {CompileSupport.compile(source, filename, "exec", flags), null};
    }

    /** The char index of a UTF-8 byte offset into a line (AST columns count bytes). */
    private static int charIndex(String line, int utf8Col) {
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < utf8Col) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    static JSObject globals() {
        return toJs(globals);
    }

    static JSObject pyimport(String name) {
        try {
            PyObject m = interp.imports.importAbsolute(name);
            PyObject inModules = interp.modules.getItem(name);
            return toJs(inModules != null ? inModules : m);
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static void registerJsModule(String name, JSObject module) {
        JsInterop.registerJsModule(interp, name, module);
    }

    static JSObject unregisterModule(String name) {
        interp.modules.removeItem(name);
        return undefined();
    }

    /** py.toPy: JS Arrays and plain objects become lists and dicts, deeply. */
    static JSObject toPyDeep(JSObject v) {
        try {
            PyObject p = toPy(v);
            if (p instanceof org.matcha.modules.js.JsProxy jp) {
                p = Abstract.call(Abstract.getAttr(jp, "to_py"));
            }
            return (JSObject) JsInterop.bridge().fromPython(p);
        } catch (Throwable t) {
            return fail(t);
        }
    }

    // ---- PyProxy operations ----

    static JSObject getAttr(PyHandle h, String name) {
        try {
            PyObject v = Abstract.lookupAttrOrNull(h.object, name);
            return v == null ? undefined() : toJs(v);
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject setAttr(PyHandle h, String name, JSObject value) {
        try {
            Abstract.setAttr(h.object, name, toPy(value));
            return undefined();
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject delAttr(PyHandle h, String name) {
        try {
            Abstract.setAttr(h.object, name, null);
            return undefined();
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static boolean hasAttr(PyHandle h, String name) {
        try {
            return Abstract.lookupAttrOrNull(h.object, name) != null;
        } catch (Throwable t) {
            return false;
        }
    }

    static JSObject call(PyHandle h, JSObject args) {
        try {
            int n = WebBridge.length(args);
            PyObject[] py = new PyObject[n];
            for (int i = 0; i < n; i++) {
                py[i] = toPy(WebBridge.at(args, i));
            }
            return toJs(Abstract.call(h.object, py));
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject getItem(PyHandle h, JSObject key) {
        try {
            return toJs(Abstract.getItem(h.object, toPy(key)));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError) || e.matches(ExceptionTypes.IndexError)) {
                return undefined();
            }
            return fail(e);
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject setItem(PyHandle h, JSObject key, JSObject value) {
        try {
            Abstract.setItem(h.object, toPy(key), toPy(value));
            return undefined();
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject delItem(PyHandle h, JSObject key) {
        try {
            Abstract.delItem(h.object, toPy(key));
            return undefined();
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject contains(PyHandle h, JSObject key) {
        try {
            return toJs(org.matcha.objects.PyBool.of(Abstract.contains(h.object, toPy(key))));
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject iter(PyHandle h) {
        try {
            return toJs(Abstract.iter(h.object));
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject next(PyHandle h) {
        try {
            PyObject v = Abstract.next(h.object);
            return v == null ? done : toJs(v);
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject len(PyHandle h) {
        try {
            if (h.object.type().lookup("__len__") == null) {
                return undefined();
            }
            return toJs(org.matcha.objects.PyInt.of(Abstract.len(h.object)));
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static String repr(PyHandle h) {
        try {
            return Abstract.reprString(h.object);
        } catch (Throwable t) {
            return "<" + h.object.type().name + " object>";
        }
    }

    static String str(PyHandle h) {
        try {
            return Abstract.strString(h.object);
        } catch (Throwable t) {
            return "<" + h.object.type().name + " object>";
        }
    }

    static String typeName(PyHandle h) {
        return h.object.type().name;
    }

    /** PyProxy.toJs(): lists and tuples to Arrays, dicts to Maps, deeply; other objects stay proxied. */
    static JSObject toJsDeep(PyHandle h) {
        try {
            return deep(h.object, 0);
        } catch (Throwable t) {
            return fail(t);
        }
    }

    private static JSObject deep(PyObject o, int depth) {
        if (depth > 100) {
            throw org.matcha.objects.Errors.recursion("toJs: structure too deep");
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            JSObject a = newArray();
            for (PyObject item : Abstract.toArray(o)) {
                push(a, deep(item, depth + 1));
            }
            return a;
        }
        if (o instanceof PyDict d) {
            JSObject map = newMap();
            for (PyObject k : Abstract.toArray(d)) {
                mapSet(map, deep(k, depth + 1), deep(d.getItem(k), depth + 1));
            }
            return map;
        }
        if (o instanceof PyBytes b) {
            JSObject a = newArray();
            for (byte x : b.bytes) {
                push(a, toJs(org.matcha.objects.PyInt.of(x & 0xFF)));
            }
            return toUint8(a);
        }
        return toJs(o);
    }

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    @JSBody(params = {"a", "v"}, script = "a.push(v);")
    private static native void push(JSObject a, JSObject v);

    @JSBody(script = "return new Map();")
    private static native JSObject newMap();

    @JSBody(params = {"m", "k", "v"}, script = "m.set(k, v);")
    private static native void mapSet(JSObject m, JSObject k, JSObject v);

    @JSBody(params = "a", script = "return Uint8Array.from(a);")
    private static native JSObject toUint8(JSObject a);

    // ---- awaitables: PyProxy.then drives a coroutine from JS (Pyodide: pyproxy.ts PyProxyAwaitableMethods) ----

    static PyObject lastReturn;

    static boolean isAwaitable(PyHandle h) {
        return h.object.type().lookup("__await__") != null;
    }

    /** The object to step with send/throw: a coroutine itself, else what __await__ returns. */
    static JSObject awaitIter(PyHandle h) {
        try {
            PyObject o = h.object;
            if (o instanceof org.matcha.vm.PyGenerator) {
                return toJs(o);
            }
            return toJs(Abstract.call(Abstract.getAttr(o, "__await__")));
        } catch (Throwable t) {
            return fail(t);
        }
    }

    /** One step: the value the coroutine yields (a Promise to await), or DONE with lastReturn set. */
    static JSObject send(PyHandle h, JSObject value) {
        return step(h, "send", toPy(value));
    }

    /** A rejected promise: throws its JsException (or the Python exception it carries) into the coroutine. */
    static JSObject throwInto(PyHandle h, JSObject error) {
        PyObject exc;
        try {
            throw JsInterop.jsException(error);
        } catch (PyException e) {
            exc = e.value;
        }
        if (error != null && WebBridge.hasPython(error)) {
            PyObject carried = WebBridge.pythonOf(error).object;
            if (carried instanceof PyBaseException) {
                exc = carried;
            }
        }
        return step(h, "throw", exc);
    }

    private static JSObject step(PyHandle h, String method, PyObject arg) {
        try {
            PyObject r = Abstract.call(Abstract.getAttr(h.object, method), arg);
            return toJs(r);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                lastReturn = org.matcha.vm.Interpreter.stopIterationValue(e.value);
                return done;
            }
            return fail(e);
        } catch (Throwable t) {
            return fail(t);
        }
    }

    static JSObject takeReturn() {
        PyObject r = lastReturn;
        lastReturn = null;
        return toJs(r == null ? PyNone.NONE : r);
    }

    // ---- py.FS over the in-memory file system ----

    static String fsWriteFile(String path, String latin1) {
        try {
            byte[] bytes = new byte[latin1.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) latin1.charAt(i);
            }
            host.files.putFile(absolute(path), bytes);
            return "";
        } catch (Throwable t) {
            return message(t);
        }
    }

    /** The file's bytes, one char per byte, or null when it cannot be read. */
    static String fsReadFile(String path) {
        byte[] b = host.files.readAll(absolute(path));
        if (b == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            sb.append((char) (x & 0xFF));
        }
        return sb.toString();
    }

    static String fsMkdir(String path) {
        try {
            host.files.mkdir(absolute(path), 0777);
            return "";
        } catch (Throwable t) {
            return message(t);
        }
    }

    /** Names separated by "/" (never part of a name), or null with lastError set. */
    static String fsReaddir(String path) {
        try {
            String[] names = host.files.listdir(absolute(path));
            StringBuilder sb = new StringBuilder();
            for (String n : names) {
                sb.append('/').append(n);
            }
            return sb.toString();
        } catch (Throwable t) {
            fail(t);
            return null;
        }
    }

    static String fsUnlink(String path) {
        try {
            host.files.unlink(absolute(path));
            return "";
        } catch (Throwable t) {
            return message(t);
        }
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : host.files.getcwd() + "/" + path;
    }

    private static String message(Throwable t) {
        if (t instanceof PyException e) {
            String m = Abstract.strString(e.value);
            return m.isEmpty() ? e.value.type().name : m;
        }
        String m = t.getMessage();
        return m == null || m.isEmpty() ? t.getClass().getName() : m;
    }
}
