package org.matcha.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A runtime started as a new process per run (CPython's {@code python3 FILE}, the WASI build's
 * {@code wasi/run-wasmtime FILE}): wall time of the whole process, start-up included, and its
 * peak resident set size from GNU time's %M (maximum RSS in KiB).
 */
final class ProcessRuntime implements BenchRuntime {
    private final String key;
    private final String label;
    private final List<String> command;
    private final Path rssFile;

    ProcessRuntime(String key, String label, List<String> command) throws java.io.IOException {
        this.key = key;
        this.label = label;
        this.command = command;
        this.rssFile = Files.createTempFile("matcha-bench-rss", ".txt");
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int warmups() {
        return 1;   // page cache, .pyc files
    }

    @Override
    public Run run(Path file) throws Exception {
        return runMeasured(command, file, rssFile);
    }

    /** Runs {@code command FILE} in FILE's folder under /usr/bin/time; stdout and stderr merged. */
    static Run runMeasured(List<String> command, Path file, Path rssFile) throws Exception {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", rssFile.toString()));
        argv.addAll(command);
        argv.add(file.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(argv).directory(file.getParent().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        String[] lines = Files.readString(rssFile).trim().split("\n");
        long kib = -1;
        try {
            kib = Long.parseLong(lines[lines.length - 1].trim());
        } catch (NumberFormatException e) {
            out += "\n[time] " + String.join("\n", lines);
        }
        return new Run(secs, out, kib);
    }

    @Override
    public void close() throws Exception {
        Files.deleteIfExists(rssFile);
    }
}
