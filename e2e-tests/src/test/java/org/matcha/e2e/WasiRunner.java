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
    synchronized Result run(List<String> argv, Map<String, String> env, List<String> dirs, String stdin,
            int timeoutSeconds) throws IOException {
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
        return new Result(Integer.parseInt(parts[0]), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
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
