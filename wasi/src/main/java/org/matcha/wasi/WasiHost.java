package org.matcha.wasi;

import java.nio.charset.StandardCharsets;
import org.matcha.vm.Host;
import org.matcha.vm.HostFileSystem;

/**
 * The WASI build's host: standard streams on descriptors 0-2, files through {@link WasiFileSystem},
 * clocks, random_get and the environment through wasi-libc ({@link Libc}).
 */
final class WasiHost implements Host {
    private final WasiFileSystem fileSystem = new WasiFileSystem();
    /** stdout is buffered (flushed at exit, before stderr output and before reading stdin), stderr is not. */
    private final StringBuilder stdout = new StringBuilder();
    private final byte[] stdin = new byte[1 << 16];
    private int stdinStart;
    private int stdinEnd;
    private boolean stdinEof;
    /**
     * While WasiMain's test batch runs a program: its stdout and stderr, kept here instead of being
     * written to descriptors 1 and 2; standard input then reads as empty. Null otherwise.
     */
    private StringBuilder capturedStdout;
    private StringBuilder capturedStderr;

    /**
     * Nested eval loops (Java calling back into Python) before RecursionError. A Wasm stack
     * overflow is a trap, not an error the VM can catch, so the limit must trip first: it is sized
     * for the stacks run-wasmtime gives (32 MiB of engine stack, 64 MiB of linear-memory stack, see
     * build-wasm.sh; ARCHITECTURE.md, "WASI", has the measured cost of one loop). Hosts with a smaller
     * stack (wasmtime's CLI default of 512 KiB, Node's V8) set MATCHA_MAX_EVAL_LOOPS lower.
     */
    static final int DEFAULT_MAX_EVAL_LOOPS = 200;

    @Override
    public int maxNestedEvalLoops() {
        String set = environment().get("MATCHA_MAX_EVAL_LOOPS");
        if (set != null) {
            try {
                return Math.max(1, Integer.parseInt(set.trim()));
            } catch (NumberFormatException e) {
                // ignored: the default applies
            }
        }
        return DEFAULT_MAX_EVAL_LOOPS;
    }

    /** Starts collecting the program's output in out and err ({@link #endCapture} stops). */
    void capture(StringBuilder out, StringBuilder err) {
        flush();
        capturedStdout = out;
        capturedStderr = err;
    }

    void endCapture() {
        capturedStdout = null;
        capturedStderr = null;
    }

    @Override
    public void writeStdout(String text) {
        if (capturedStdout != null) {
            capturedStdout.append(text);
            return;
        }
        stdout.append(text);
        if (stdout.length() >= 1 << 16) {
            flush();
        }
    }

    @Override
    public void writeStderr(String text) {
        if (capturedStderr != null) {
            capturedStderr.append(text);
            return;
        }
        flush();
        writeAll(2, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to a descriptor as they are (after what stdout holds). */
    void writeBytes(int fd, byte[] bytes) {
        flush();
        writeAll(fd, bytes);
    }

    private static void writeAll(int fd, byte[] bytes) {
        int off = 0;
        while (off < bytes.length) {
            int n = Libc.write(fd, bytes, off, bytes.length - off);
            if (n <= 0) {
                return;
            }
            off += n;
        }
    }

    @Override
    public void flush() {
        if (stdout.length() > 0) {
            byte[] bytes = stdout.toString().getBytes(StandardCharsets.UTF_8);
            stdout.setLength(0);
            writeAll(1, bytes);
        }
    }

    /** Fills the stdin buffer; false at end of input. */
    private boolean fillStdin() {
        if (stdinEof || capturedStdout != null) {
            return false;
        }
        int n = Libc.read(0, stdin, 0, stdin.length);
        if (n <= 0) {
            stdinEof = true;
            return false;
        }
        stdinStart = 0;
        stdinEnd = n;
        return true;
    }

    @Override
    public String readLine() {
        flush();
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        while (stdinStart < stdinEnd || fillStdin()) {
            byte b = stdin[stdinStart++];
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : new String(line.toByteArray(), StandardCharsets.UTF_8);
    }

    /** The rest of standard input as bytes (a script read from stdin). */
    byte[] readAllStdin() {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        while (stdinStart < stdinEnd || fillStdin()) {
            all.write(stdin, stdinStart, stdinEnd - stdinStart);
            stdinStart = stdinEnd;
        }
        return all.toByteArray();
    }

    @Override
    public HostFileSystem fileSystem() {
        return fileSystem;
    }

    @Override
    public long timeNanos() {
        return Libc.clock(0);
    }

    @Override
    public long monotonicNanos() {
        return Libc.clock(1);
    }

    @Override
    public String platform() {
        return "wasi";
    }

    @Override
    public void sleepNanos(long nanos) {
        if (nanos > 0) {
            flush();
            Libc.sleep(nanos);
        }
    }

    @Override
    public byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        if (n > 0 && Libc.random(out, n) < 0) {
            return Host.super.randomBytes(n);
        }
        return out;
    }

    @Override
    public java.util.Map<String, String> environment() {
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
        for (String entry : Libc.nulSeparated(Libc::environ, null)) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return env;
    }
}
