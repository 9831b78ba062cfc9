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

    /** The bytes of a file, or null when it does not exist or cannot be read. */
    byte[] readFile(String path);

    boolean isDirectory(String path);

    boolean isFile(String path);

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

    /**
     * The file system behind open(), os and io (see {@link HostFileSystem}); the same object on
     * every call.
     */
    HostFileSystem fileSystem();

    /** Called by print(flush=True) and at exit. */
    default void flush() {
    }
}
