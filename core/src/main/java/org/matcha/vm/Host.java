package org.matcha.vm;

/**
 * What the interpreter needs from the program that embeds it: standard streams, files and the
 * clock. The JVM runner, the browser build and the WASI build each provide one.
 */
public interface Host {
    void writeStdout(String text);

    void writeStderr(String text);

    /** One line of standard input including its newline, or null at end of input. */
    String readLine();

    /**
     * The bytes of a file, or null when it does not exist or cannot be read (imports read source
     * through it); the host's file system by default.
     */
    default byte[] readFile(String path) {
        return fileSystem().readAll(path);
    }

    default boolean isDirectory(String path) {
        return fileSystem().isDirectory(path);
    }

    default boolean isFile(String path) {
        return fileSystem().isFile(path);
    }

    /** Wall-clock time in nanoseconds since the epoch. */
    long timeNanos();

    /** Monotonic time in nanoseconds. */
    long monotonicNanos();

    /**
     * sys.platform: "linux" on the JVM (Lib then takes its POSIX paths), "emscripten" in the browser
     * and "wasi" under wasmtime, the names CPython's Lib tests for those hosts.
     */
    default String platform() {
        return "linux";
    }

    /** CPU time this program has used, in nanoseconds (time.process_time); the monotonic clock by default. */
    default long cpuTimeNanos() {
        return monotonicNanos();
    }

    /** Blocks for time.sleep; a host that cannot block (the browser's main loop) returns at once. */
    default void sleepNanos(long nanos) {
    }

    /**
     * The local time zone's offset east of UTC, in seconds, at an instant (time.localtime). Hosts
     * that know no zone keep UTC.
     */
    default int utcOffsetSeconds(long epochSeconds) {
        return 0;
    }

    /** The local zone's abbreviation at an instant ("CET", "CEST"): tm_zone and time.tzname. */
    default String zoneAbbreviation(long epochSeconds) {
        return "UTC";
    }

    /** Whether daylight saving time is in force at an instant: tm_isdst. */
    default boolean isDaylightTime(long epochSeconds) {
        return false;
    }

    /**
     * n bytes for os.urandom. The default mixes the clocks through SplitMix64, which is not
     * cryptographic; the JVM runner and the browser give real entropy.
     */
    default byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        long state = timeNanos() ^ (monotonicNanos() << 17);
        for (int i = 0; i < n; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            out[i] = (byte) (z ^ (z >>> 31));
        }
        return out;
    }

    /** The process environment for os.environ, in the host's order; empty by default. */
    default java.util.Map<String, String> environment() {
        return new java.util.LinkedHashMap<>();
    }

    /** os.getpid(); hosts without processes report 1. */
    default long processId() {
        return 1;
    }

    /**
     * How many eval loops may nest (Java calling back into Python: __repr__ through repr(), eval,
     * import). Each holds a native stack frame, so a host whose stack is small and cannot report its
     * overflow (WASI: a trap) sets a limit below what its stack holds; past it, RecursionError.
     */
    default int maxNestedEvalLoops() {
        return Integer.MAX_VALUE;
    }

    /**
     * Whether the native stack is nearly used up, so that deeper Java recursion (repr of nested
     * lists, json, comparisons, compile, eval loops nested through builtins) should raise
     * RecursionError now. A host whose stack overflow cannot be caught (the browser: V8's
     * RangeError unwinds through Wasm without running its handlers) measures what is left; the
     * interpreter asks only every few levels (see Interpreter.nativeStackDeeper).
     */
    default boolean nativeStackLow() {
        return false;
    }

    /** os.cpu_count(). */
    default int cpuCount() {
        return 1;
    }

    /**
     * The file system behind open(), os and io (see {@link HostFileSystem}); the same object on
     * every call.
     */
    HostFileSystem fileSystem();

    /** Called by print(flush=True) and at exit. */
    default void flush() {
    }
}
