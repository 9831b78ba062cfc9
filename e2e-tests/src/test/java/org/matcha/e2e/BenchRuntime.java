package org.matcha.e2e;

import java.nio.file.Path;

/** One runtime the benchmark harness times: CPython, Matcha on the JVM, in Chromium, under wasmtime, Pyodide. */
interface BenchRuntime extends AutoCloseable {
    /** One run: wall seconds as this runtime measures them, stdout then stderr, peak memory (KiB, -1 unknown). */
    record Run(double seconds, String output, long peakKib) {}

    /** Short key used on the command line and in results: cpython, jvm, chromium, wasmtime, pyodide. */
    String key();

    /** Name and version for the report. */
    String label();

    /** Untimed runs before the timed ones (JIT and page warm-up). */
    int warmups();

    Run run(Path file) throws Exception;

    /** One untimed warm-up run; CPython's gives the reference output. */
    default Run warmup(Path file) throws Exception {
        return run(file);
    }

    /**
     * Peak memory for the program in KiB when it is not measured by {@link #run} itself (e.g. a
     * fresh process), or -1 when the runs already report it.
     */
    default Run memoryRun(Path file) throws Exception {
        return null;
    }

    @Override
    default void close() throws Exception {}
}
