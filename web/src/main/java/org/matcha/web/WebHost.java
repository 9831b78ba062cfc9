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
     * Chromium's stack (~1 MB) overflows with an uncatchable RangeError. Measured on cold
     * (Liftoff) code in headless Chromium: repr of a nested list overflowed between 900 and 1,000
     * levels, a __repr__ that calls repr() between 200 and 300 levels; the budget is about 2/3 of
     * that, leaving room for the frames below the interpreter and for workers.
     */
    static final int NATIVE_STACK_BUDGET = 640;
    static final int EVAL_LOOP_STACK_COST = 3;

    @Override
    public int nativeStackBudget() {
        return NATIVE_STACK_BUDGET;
    }

    @Override
    public int evalLoopStackCost() {
        return EVAL_LOOP_STACK_COST;
    }

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
