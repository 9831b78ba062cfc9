package org.matcha.e2e;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs wasi/target/matcha.wasm under wasmtime through one wasi/test-driver.py process (the module is
 * compiled once, or taken from run-wasmtime's cache, and instantiated afresh per run). Shared by
 * the WASI test classes; python is the repository's .venv, where scripts/test installs wasmtime.
 */
final class WasiRunner implements AutoCloseable {
    static final Path WASI = Path.of("../wasi").toAbsolutePath().normalize();
    static final Path WASM = WASI.resolve("target/matcha.wasm");

    record Result(int status, String stdout, String stderr) {
        /** As SnippetSuite compares them: status, newline, stdout, NUL, stderr. */
        String joined() {
            return status + "\n" + stdout + "\u0000" + stderr;
        }
    }

    private final Process driver;
    private final OutputStream requests;
    private final InputStream replies;

    WasiRunner() throws IOException {
        if (!Files.isRegularFile(WASM)) {
            throw new IllegalStateException("build the wasi module first: " + WASM);
        }
        Path venvPython = WASI.resolve("../.venv/bin/python").normalize();
        String python = Files.isExecutable(venvPython) ? venvPython.toString() : "python3";
        driver = new ProcessBuilder(python, WASI.resolve("test-driver.py").toString(), WASM.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        requests = driver.getOutputStream();
        replies = new BufferedInputStream(driver.getInputStream());
        String ready = readLine();
        if (!"ready".equals(ready)) {
            throw new IOException("wasi/test-driver.py did not start (is the wasmtime package installed?): " + ready);
        }
    }

    /** Runs matcha.wasm with argv (argv[0] is the program name), an environment, preopens and stdin. */
    Result run(List<String> argv, Map<String, String> env, List<String> dirs, String stdin, int timeoutSeconds)
            throws IOException {
        byte[][] r = runBytes(argv, env, dirs, stdin, timeoutSeconds);
        return new Result(Integer.parseInt(new String(r[0], StandardCharsets.UTF_8)),
                new String(r[1], StandardCharsets.UTF_8), new String(r[2], StandardCharsets.UTF_8));
    }

    /**
     * Runs each file (absolute paths) as {@code matcha.wasm FILE} from its folder, with dirs preopened,
     * mostly in one process ({@code matcha.wasm --test-batch}, see WasiMain): a file whose result the
     * batch did not report (it ended the process, trapped or timed out) is run again alone, in its own
     * process, and the batch goes on after it. Results in the order of files.
     */
    List<Result> runBatch(List<Path> files, List<String> dirs, int timeoutSecondsPerFile) throws IOException {
        List<Result> results = new java.util.ArrayList<>();
        while (results.size() < files.size()) {
            List<Path> rest = files.subList(results.size(), Math.min(files.size(), results.size() + BATCH_SIZE));
            List<String> argv = new java.util.ArrayList<>(List.of("matcha.wasm", "--test-batch"));
            rest.forEach(f -> argv.add(f.toString()));
            byte[] out = runBytes(argv, Map.of(), dirs, null,
                    Math.max(timeoutSecondsPerFile, BATCH_SECONDS_PER_FILE * rest.size()))[1];
            int at = 0;
            int reported = 0;
            while (reported < rest.size()) {
                int nl = indexOf(out, (byte) '\n', at);
                if (nl < 0) {
                    break;
                }
                String[] header = new String(out, at, nl - at, StandardCharsets.UTF_8).split(" ");
                int outLength = Integer.parseInt(header[1]);
                int errLength = Integer.parseInt(header[2]);
                if (nl + 1 + outLength + errLength > out.length) {
                    break;
                }
                results.add(new Result(Integer.parseInt(header[0]),
                        new String(out, nl + 1, outLength, StandardCharsets.UTF_8),
                        new String(out, nl + 1 + outLength, errLength, StandardCharsets.UTF_8)));
                at = nl + 1 + outLength + errLength;
                reported++;
            }
            if (reported < rest.size()) {
                Path alone = rest.get(reported);
                results.add(run(List.of("matcha.wasm", alone.getFileName().toString()),
                        Map.of("PWD", alone.getParent().toString()), dirs, null, timeoutSecondsPerFile));
            }
        }
        return results;
    }

    /**
     * Files per --test-batch process, and the batch's deadline per file (a hung program stops its
     * batch after BATCH_SIZE * BATCH_SECONDS_PER_FILE, then runs alone under its own deadline).
     */
    private static final int BATCH_SIZE = 50;
    private static final int BATCH_SECONDS_PER_FILE = 10;

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** status (as decimal text), stdout and stderr of one run. */
    private synchronized byte[][] runBytes(List<String> argv, Map<String, String> env, List<String> dirs,
            String stdin, int timeoutSeconds) throws IOException {
        StringBuilder json = new StringBuilder("{\"argv\": [");
        for (int i = 0; i < argv.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(quote(argv.get(i)));
        }
        json.append("], \"env\": [");
        int n = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            json.append(n++ == 0 ? "" : ", ").append('[').append(quote(e.getKey())).append(", ")
                    .append(quote(e.getValue())).append(']');
        }
        json.append("], \"dirs\": [");
        for (int i = 0; i < dirs.size(); i++) {
            String[] hostGuest = dirs.get(i).split("::", 2);
            String guest = hostGuest.length > 1 ? hostGuest[1] : hostGuest[0];
            json.append(i == 0 ? "" : ", ").append('[').append(quote(hostGuest[0])).append(", ").append(quote(guest))
                    .append(']');
        }
        json.append("], \"stdin\": ").append(stdin == null ? "null" : quote(stdin)).append(", \"timeout\": ")
                .append(timeoutSeconds).append("}\n");
        requests.write(json.toString().getBytes(StandardCharsets.UTF_8));
        requests.flush();
        String header = readLine();
        if (header == null) {
            throw new IOException("wasi/test-driver.py ended");
        }
        String[] parts = header.split(" ");
        byte[] out = replies.readNBytes(Integer.parseInt(parts[1]));
        byte[] err = replies.readNBytes(Integer.parseInt(parts[2]));
        return new byte[][] {parts[0].getBytes(StandardCharsets.UTF_8), out, err};
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = replies.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Override
    public void close() {
        driver.destroy();
    }
}
