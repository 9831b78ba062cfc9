package org.matcha.web;

import org.matcha.vm.Host;
import org.matcha.vm.HostFileSystem;
import org.matcha.vm.MemoryFileSystem;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The host of a loadMatcha() interpreter: standard streams go to the page's handlers through the
 * bridge object of matcha.js (which batches, writes raw bytes or calls write()), files live in
 * memory and are shared with py.FS.
 */
final class WebHost implements Host {
    private final JSObject bridge;
    final MemoryFileSystem files;

    WebHost(JSObject bridge, MemoryFileSystem files) {
        this.bridge = bridge;
        this.files = files;
    }

    /**
     * Native stack the interpreter keeps free: V8's stack (984 KB on Chromium's main thread and in
     * workers) overflows with a RangeError that unwinds through Wasm without running its handlers,
     * so deeper recursion must end in RecursionError first. The reserve covers what the
     * interpreter may add between two questions (Interpreter.nativeStackDeeper: 32 units; a nested
     * eval loop measured ~4 KB on cold Liftoff code, a repr level ~1.5 KB) plus the RecursionError's
     * own handling.
     */
    static final int NATIVE_STACK_RESERVE = 192 * 1024;

    @Override
    public boolean nativeStackLow() {
        return stackLow();
    }

    /**
     * Whether less than NATIVE_STACK_RESERVE bytes of stack are left: calling a function with
     * that many bytes of arguments (Function.prototype.apply pushes each one on the stack) either
     * fits or throws V8's RangeError, which is caught here in JS, so it never reaches Wasm.
     */
    static boolean stackLow() {
        return stackLow0(NATIVE_STACK_RESERVE / 8);
    }

    @JSBody(params = "slots", script = "let p = globalThis.__matchaStackProbe;"
            + "if (!p) {"
            + "  const args = new Array(slots).fill(0);"
            + "  const sink = function () { return arguments.length; };"
            + "  p = globalThis.__matchaStackProbe = () => {"
            + "    try { return sink.apply(null, args) !== slots; } catch (e) { return true; }"
            + "  };"
            + "}"
            + "return p();")
    private static native boolean stackLow0(int slots);

    @Override
    public void writeStdout(String text) {
        write(bridge, 1, text);
    }

    @Override
    public void writeStderr(String text) {
        write(bridge, 2, text);
    }

    @JSBody(params = {"b", "fd", "text"}, script = "b.write(fd, text);")
    private static native void write(JSObject b, int fd, String text);

    /** A line from the page's stdin handler; the bridge gives "" at end of input. */
    @Override
    public String readLine() {
        String line = readLine0(bridge);
        return line.isEmpty() ? null : line;
    }

    @JSBody(params = "b", script = "return b.readLine();")
    private static native String readLine0(JSObject b);

    @Override
    public void flush() {
        flush0(bridge);
    }

    @JSBody(params = "b", script = "b.flush();")
    private static native void flush0(JSObject b);

    @Override
    public long timeNanos() {
        return (long) (epochMillis() * 1_000_000);
    }

    @Override
    public long monotonicNanos() {
        return (long) (now() * 1_000_000);
    }

    @Override
    public String platform() {
        return "emscripten";
    }

    @Override
    public HostFileSystem fileSystem() {
        return files;
    }

    @JSBody(script = "return performance.now();")
    static native double now();

    /** A performance mark "matcha:NAME", for the startup breakdown (see matcha.js). */
    @JSBody(params = "name", script = "if (globalThis.performance && performance.mark) performance.mark('matcha:' + name);")
    static native void mark(String name);

    @JSBody(script = "return Date.now();")
    static native double epochMillis();
}
