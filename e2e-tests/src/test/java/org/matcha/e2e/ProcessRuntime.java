package org.matcha.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A runtime started as a new process per run (CPython's {@code python3 FILE}, the WASI build's
 * {@code wasi/run-wasmtime FILE}) and its peak resident set size from GNU time's %M (maximum RSS in
 * KiB). Timed runs either take the wall time of the whole process, start-up included, or (CPython,
 * see {@link #inProcess}) the time the program itself reports through tools/bench_cpython.py.
 */
final class ProcessRuntime implements BenchRuntime {
    private final String key;
    private final String label;
    private final List<String> command;
    private final List<String> timedCommand;
    private final Path rssFile;
    private final Path timeFile;

    ProcessRuntime(String key, String label, List<String> command) throws java.io.IOException {
        this(key, label, command, command, null);
    }

    private ProcessRuntime(String key, String label, List<String> command, List<String> timedCommand, Path timeFile)
            throws java.io.IOException {
        this.key = key;
        this.label = label;
        this.command = command;
        this.timedCommand = timedCommand;
        this.rssFile = Files.createTempFile("matcha-bench-rss", ".txt");
        this.timeFile = timeFile;
    }

    /**
     * CPython timed in-process like Matcha: warm-ups run the plain {@code python FILE} (whose output is
     * the reference), timed runs {@code python DRIVER TIMEFILE FILE}, where the driver
     * (tools/bench_cpython.py) runs FILE as __main__ and writes the seconds of that call alone.
     */
    static ProcessRuntime inProcess(String key, String label, String python, Path driver) throws java.io.IOException {
        Path timeFile = Files.createTempFile("matcha-bench-time", ".txt");
        return new ProcessRuntime(key, label, List.of(python),
                List.of(python, driver.toAbsolutePath().toString(), timeFile.toString()), timeFile);
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
    public Run warmup(Path file) throws Exception {
        return runMeasured(command, file, rssFile);
    }

    @Override
    public Run run(Path file) throws Exception {
        if (timeFile == null) {
            return runMeasured(command, file, rssFile);
        }
        Files.writeString(timeFile, "");
        Run run = runMeasured(timedCommand, file, rssFile);
        String[] reported = Files.readString(timeFile).trim().split("\\s+");
        if (reported.length != 2) {
            return new Run(run.seconds(), run.output() + "\n[" + key + "] no time reported", run.peakKib());
        }
        return new Run(Double.parseDouble(reported[0]), run.output(), run.peakKib());
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
        if (timeFile != null) {
            Files.deleteIfExists(timeFile);
        }
    }
}
