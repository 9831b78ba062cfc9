package org.matcha.web;

import org.matcha.DumpAst;
import org.matcha.parser.Parser;
import org.matcha.parser.WarningSink;
import org.teavm.jso.JSExport;

/**
 * Entry points of the Wasm GC module, called from JavaScript through TeaVM's exports.
 * The test hooks (runProgram, dumpAst, ...) and the loadMatcha() API that matcha.js drives.
 */
public final class WebMain {
    private WebMain() {}

    public static void main(String[] args) {
        // nothing to start: JavaScript calls the exports below
    }

    @JSExport
    public static String version() {
        return "matcha 0.1.0";
    }

    /** Parses without dumping, for the parse benchmark: true when the source parses. */
    @JSExport
    public static boolean parseOnly(String latin1Bytes, String filename) {
        try {
            Parser.parseModule(latin1ToBytes(latin1Bytes), filename, WarningSink.IGNORE);
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    /**
     * Adds the frozen standard library as the browser gets it (web/pom.xml, Freezer.writeWebSplit):
     * {@code head} is stdlib-core.bundle as fetched (header, index and every module's code, an
     * Int8Array over the response's ArrayBuffer), and {@code sourcesURL} names
     * stdlib-core-sources.bundle, the rest of the bundle (the deflated sources), fetched only when a
     * source is first read. The bytes stay in JS: only the header and index are copied into Wasm
     * (and checked) now, each module's code when it is first imported (FrozenBundle.Bytes). It may
     * come after apiInit: the API's interpreter then gets it too (matcha.js creates the interpreter
     * while the bundle downloads). Returns "" when it was installed, else why not.
     */
    @JSExport
    public static String addStdlibBundleBytes(org.teavm.jso.typedarrays.Int8Array head, String sourcesURL) {
        try {
            org.matcha.vm.FrozenBundle bundle = org.matcha.vm.FrozenBundle.parse(new JsBundleBytes(head, sourcesURL));
            org.matcha.vm.FrozenBundle.addDefault(bundle);
            PyApi.bundleAdded(bundle);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The page's file system: files added by the page (absolute paths) and everything programs
     * write. It lasts as long as the page; imports read from it too.
     */
    private static org.matcha.vm.MemoryFileSystem files = newFileSystem();

    private static org.matcha.vm.MemoryFileSystem newFileSystem() {
        return new org.matcha.vm.MemoryFileSystem(() -> (long) (epochMillis() * 1_000_000));
    }

    /** Adds a file (bytes as one char per byte) to the in-memory file system, with its folders. */
    @JSExport
    public static void addFile(String path, String latin1Bytes) {
        files.putFile(path, latin1ToBytes(latin1Bytes));
    }

    @JSExport
    public static void clearFiles() {
        files = newFileSystem();
    }

    /**
     * Runs a program as __main__ (like {@code python3 FILE} with FILE's folder first on sys.path).
     * Returns the exit status, a newline, stdout, a NUL char, then stderr.
     */
    @JSExport
    public static String runProgram(String latin1Bytes, String filename) {
        org.matcha.vm.MemoryFileSystem fs = files;
        org.matcha.vm.BufferHost host = new org.matcha.vm.BufferHost(fs::readAll, fs::isDirectory,
                fs::isFile, () -> (long) (now() * 1_000_000), fs);
        host.platform = "emscripten";
        host.wallClock = () -> (long) (epochMillis() * 1_000_000);
        host.nativeStackLow = WebHost::stackLow;
        try {
            org.matcha.objects.IntMath.maxStrDigits = 4300;
            org.matcha.vm.PythonRunner runner = new org.matcha.vm.PythonRunner(host);
            int slash = filename.lastIndexOf('/');
            runner.setArgv(new String[] {filename.substring(slash + 1)}, slash <= 0 ? "/" : filename.substring(0, slash));
            int status = runner.runSource(latin1ToBytes(latin1Bytes), filename);
            return status + "\n" + host.stdout + "\u0000" + host.stderr;
        } catch (Throwable e) {
            return "-3\n" + host.stdout + "\u0000" + host.stderr + "\n[host crash] " + e;
        }
    }

    @org.teavm.jso.JSBody(script = "return performance.now();")
    private static native double now();

    @org.teavm.jso.JSBody(script = "return Date.now();")
    private static native double epochMillis();

    private static byte[] latin1ToBytes(String latin1) {
        byte[] bytes = new byte[latin1.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) latin1.charAt(i);
        }
        return bytes;
    }

    /**
     * {@code --dump-ast} for one source. The bytes come as a string with one char per byte
     * (0-255), so PEP 263 declarations apply as they do to files. Returns "OK\n" + dump or
     * "ERR\n" + the formatted error; "CRASH\n" + class name would mean a host exception escaped.
     */
    @JSExport
    public static String dumpAst(String latin1Bytes, String filename) {
        byte[] bytes = latin1ToBytes(latin1Bytes);
        try {
            DumpAst.Result r = DumpAst.dump(bytes, filename);
            return (r.ok() ? "OK\n" : "ERR\n") + r.text();
        } catch (Throwable e) {
            return "CRASH\n" + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    // ---- the loadMatcha() API (see PyApi and src/main/js/matcha.js) ----

    @JSExport
    public static String apiInit(org.teavm.jso.JSObject bridge, boolean exposeJs) {
        try {
            return PyApi.init(bridge, exposeJs);
        } catch (Throwable e) {
            return "init failed: " + e;
        }
    }

    @JSExport
    public static void apiSetInterruptBuffer(org.teavm.jso.JSObject buffer) {
        PyApi.setInterruptBuffer(buffer);
    }

    @JSExport
    public static org.teavm.jso.JSObject apiRun(String source, String filename) {
        return PyApi.run(source, filename, null);
    }

    @JSExport
    public static org.teavm.jso.JSObject apiRunIn(String source, String filename, PyHandle globals) {
        return PyApi.run(source, filename, globals);
    }

    @JSExport
    public static org.teavm.jso.JSObject apiRunAsync(String source, String filename) {
        return PyApi.runAsync(source, filename, null);
    }

    @JSExport
    public static org.teavm.jso.JSObject apiRunAsyncIn(String source, String filename, PyHandle globals) {
        return PyApi.runAsync(source, filename, globals);
    }

    @JSExport
    public static void apiSetError(PyHandle error) {
        PyApi.setError(error);
    }

    @JSExport
    public static String apiErrorType() {
        return PyApi.errorType();
    }

    @JSExport
    public static String apiErrorMessage() {
        return PyApi.errorMessage();
    }

    @JSExport
    public static PyHandle apiErrorHandle() {
        return PyApi.errorHandle();
    }

    @JSExport
    public static org.teavm.jso.JSObject apiGlobals() {
        return PyApi.globals();
    }

    @JSExport
    public static org.teavm.jso.JSObject apiImport(String name) {
        return PyApi.pyimport(name);
    }

    @JSExport
    public static void apiRegisterJsModule(String name, org.teavm.jso.JSObject module) {
        PyApi.registerJsModule(name, module);
    }

    @JSExport
    public static org.teavm.jso.JSObject apiUnregisterModule(String name) {
        return PyApi.unregisterModule(name);
    }

    @JSExport
    public static org.teavm.jso.JSObject apiToPy(org.teavm.jso.JSObject value) {
        return PyApi.toPyDeep(value);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyGetAttr(PyHandle h, String name) {
        return PyApi.getAttr(h, name);
    }

    @JSExport
    public static org.teavm.jso.JSObject pySetAttr(PyHandle h, String name, org.teavm.jso.JSObject value) {
        return PyApi.setAttr(h, name, value);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyDelAttr(PyHandle h, String name) {
        return PyApi.delAttr(h, name);
    }

    @JSExport
    public static boolean pyHasAttr(PyHandle h, String name) {
        return PyApi.hasAttr(h, name);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyCall(PyHandle h, org.teavm.jso.JSObject args) {
        return PyApi.call(h, args);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyGetItem(PyHandle h, org.teavm.jso.JSObject key) {
        return PyApi.getItem(h, key);
    }

    @JSExport
    public static org.teavm.jso.JSObject pySetItem(PyHandle h, org.teavm.jso.JSObject key, org.teavm.jso.JSObject value) {
        return PyApi.setItem(h, key, value);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyDelItem(PyHandle h, org.teavm.jso.JSObject key) {
        return PyApi.delItem(h, key);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyContains(PyHandle h, org.teavm.jso.JSObject key) {
        return PyApi.contains(h, key);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyIter(PyHandle h) {
        return PyApi.iter(h);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyNext(PyHandle h) {
        return PyApi.next(h);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyLen(PyHandle h) {
        return PyApi.len(h);
    }

    @JSExport
    public static String pyRepr(PyHandle h) {
        return PyApi.repr(h);
    }

    @JSExport
    public static String pyStr(PyHandle h) {
        return PyApi.str(h);
    }

    @JSExport
    public static String pyTypeName(PyHandle h) {
        return PyApi.typeName(h);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyToJs(PyHandle h) {
        return PyApi.toJsDeep(h);
    }

    @JSExport
    public static boolean pyIsAwaitable(PyHandle h) {
        return PyApi.isAwaitable(h);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyAwaitIter(PyHandle h) {
        return PyApi.awaitIter(h);
    }

    @JSExport
    public static org.teavm.jso.JSObject pySend(PyHandle h, org.teavm.jso.JSObject value) {
        return PyApi.send(h, value);
    }

    @JSExport
    public static org.teavm.jso.JSObject pyThrow(PyHandle h, org.teavm.jso.JSObject error) {
        return PyApi.throwInto(h, error);
    }

    @JSExport
    public static org.teavm.jso.JSObject apiTakeReturn() {
        return PyApi.takeReturn();
    }

    @JSExport
    public static String fsWriteFile(String path, String latin1) {
        return PyApi.fsWriteFile(path, latin1);
    }

    @JSExport
    public static String fsReadFile(String path) {
        return PyApi.fsReadFile(path);
    }

    @JSExport
    public static String fsMkdir(String path) {
        return PyApi.fsMkdir(path);
    }

    @JSExport
    public static String fsReaddir(String path) {
        return PyApi.fsReaddir(path);
    }

    @JSExport
    public static String fsUnlink(String path) {
        return PyApi.fsUnlink(path);
    }

    /**
     * A bundle split in two files: the head in the page's memory, the tail (from the end of the
     * head to the length the header declares) fetched synchronously from {@code tailURL} on the
     * first read that reaches it. If that fetch fails, the tail reads as zeros: a source then fails
     * its zlib check (no source line is shown) and code its CRC (ImportError).
     */
    private static final class JsBundleBytes implements org.matcha.vm.FrozenBundle.Bytes {
        private final org.teavm.jso.typedarrays.Int8Array head;
        private final String tailURL;
        private org.teavm.jso.typedarrays.Int8Array tail;
        private boolean tailFetched;

        JsBundleBytes(org.teavm.jso.typedarrays.Int8Array head, String tailURL) {
            this.head = head;
            this.tailURL = tailURL;
        }

        /** The length the header declares (FrozenBundle.declaredLength): the head plus the tail. */
        public int length() {
            int n = org.matcha.vm.FrozenBundle.HEADER_LENGTH;
            long total = head.getLength() < n ? -1 : org.matcha.vm.FrozenBundle.declaredLength(read(0, n));
            return total < 0 || total > Integer.MAX_VALUE ? head.getLength() : (int) total;
        }

        public byte[] read(int offset, int length) {
            int inHead = Math.max(0, Math.min(length, head.getLength() - offset));
            byte[] out = inHead == length ? copy(head, offset, length) : new byte[length];
            if (inHead < length) {
                if (inHead > 0) {
                    System.arraycopy(copy(head, offset, inHead), 0, out, 0, inHead);
                }
                if (!tailFetched) {
                    tailFetched = true;
                    tail = fetchSync(tailURL);
                }
                int from = offset + inHead - head.getLength();
                int n = tail == null ? 0 : Math.max(0, Math.min(length - inHead, tail.getLength() - from));
                if (n > 0) {
                    System.arraycopy(copy(tail, from, n), 0, out, inHead, n);
                }
            }
            return out;
        }

        private static byte[] copy(org.teavm.jso.typedarrays.Int8Array a, int offset, int length) {
            return org.teavm.jso.typedarrays.Int8Array.create(a.getBuffer(), a.getByteOffset() + offset, length)
                    .copyToJavaArray();
        }
    }

    /**
     * The bytes at {@code url}, fetched synchronously (a synchronous XMLHttpRequest, read as
     * x-user-defined text: that works on a page's main thread, where a synchronous request may not
     * ask for an ArrayBuffer, and in workers), or null when that fails.
     */
    @org.teavm.jso.JSBody(params = "url", script = "try {"
            + " const r = new XMLHttpRequest(); r.open('GET', url, false);"
            + " r.overrideMimeType('text/plain; charset=x-user-defined'); r.send();"
            + " if (r.status !== 200) return null;"
            + " const t = r.responseText; const b = new Int8Array(t.length);"
            + " for (let i = 0; i < t.length; i++) b[i] = t.charCodeAt(i);"
            + " return b;"
            + " } catch (e) { return null; }")
    private static native org.teavm.jso.typedarrays.Int8Array fetchSync(String url);
}
