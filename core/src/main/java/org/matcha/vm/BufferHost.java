package org.matcha.vm;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A host that collects standard output and error in memory and reads files through supplied
 * functions: used by the tests, the Java embedding API and the browser build.
 */
public final class BufferHost implements Host {
    public final StringBuilder stdout = new StringBuilder();
    public final StringBuilder stderr = new StringBuilder();
    private final Function<String, byte[]> files;
    private final Predicate<String> isDir;
    private final Predicate<String> isFile;
    private final java.util.ArrayDeque<String> input = new java.util.ArrayDeque<>();
    private final java.util.function.LongSupplier clock;
    /** sys.platform (see {@link Host#platform}); the browser build sets "emscripten". */
    public String platform = "linux";
    /** See {@link Host#nativeStackLow}; the browser build sets it, null: never low. */
    public java.util.function.BooleanSupplier nativeStackLow;
    /** Nanoseconds since the epoch for time.time(); null: the monotonic clock given to the constructor. */
    public java.util.function.LongSupplier wallClock;

    private final HostFileSystem fileSystem;

    /** A host whose open() and os calls see an empty {@link MemoryFileSystem}. */
    public BufferHost(Function<String, byte[]> files, Predicate<String> isDir, Predicate<String> isFile,
            java.util.function.LongSupplier clock) {
        this(files, isDir, isFile, clock, new MemoryFileSystem(clock));
    }

    public BufferHost(Function<String, byte[]> files, Predicate<String> isDir, Predicate<String> isFile,
            java.util.function.LongSupplier clock, HostFileSystem fileSystem) {
        this.files = files;
        this.isDir = isDir;
        this.isFile = isFile;
        this.clock = clock;
        this.fileSystem = fileSystem;
    }

    @Override
    public HostFileSystem fileSystem() {
        return fileSystem;
    }

    /** Queues text for input() and sys.stdin, split into lines. */
    public void feedStdin(String text) {
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            input.add(text.substring(start, end));
            start = end;
        }
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public boolean nativeStackLow() {
        return nativeStackLow != null && nativeStackLow.getAsBoolean();
    }

    @Override
    public void writeStdout(String text) {
        stdout.append(text);
    }

    @Override
    public void writeStderr(String text) {
        stderr.append(text);
    }

    @Override
    public String readLine() {
        return input.poll();
    }

    @Override
    public byte[] readFile(String path) {
        return files.apply(path);
    }

    @Override
    public boolean isDirectory(String path) {
        return isDir.test(path);
    }

    @Override
    public boolean isFile(String path) {
        return isFile.test(path);
    }

    @Override
    public long timeNanos() {
        return wallClock != null ? wallClock.getAsLong() : clock.getAsLong();
    }

    @Override
    public long monotonicNanos() {
        return clock.getAsLong();
    }
}
