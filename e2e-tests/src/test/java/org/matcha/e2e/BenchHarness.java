package org.matcha.e2e;

import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark harness behind scripts/bench (not a test). Each program of the given suites runs
 * under every available runtime: CPython 3.11 (the reference), Matcha on the JVM, Matcha in
 * Chromium, Matcha under wasmtime (when the WASI build exists) and Pyodide in Chromium (when its
 * npm package is given). Per program: warm-ups for each runtime, then RUNS rounds in which every
 * runtime runs once (interleaved), each timed run after waiting for a quiet CPU; then a memory
 * pass for runtimes measured apart. Every output is compared with CPython's. Writes results.tsv
 * and meta.tsv into the output folder for tools/bench_report.py; exits 1 on any mismatch or error.
 *
 * <p>Arguments: {@code [--runs N] [--only a.py,b.py] [--runtimes k1,k2] [--no-memory] [--out DIR]
 * [--pyodide DIR] [--classpath CP] [--python EXE] [--max-wait-ms N] [--wait-budget-ms N] SUITE=DIR...}
 */
public final class BenchHarness {
    record Benchmark(String suite, Path file) {
        String name() {
            return file.getFileName().toString();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        List<String> suites = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--no-memory")) {
                opt.put("no-memory", "1");
            } else if (args[i].startsWith("--")) {
                opt.put(args[i].substring(2), args[++i]);
            } else {
                suites.add(args[i]);
            }
        }
        int runs = Integer.parseInt(opt.getOrDefault("runs", "3"));
        Set<String> only = opt.containsKey("only") ? Set.of(opt.get("only").split(",")) : null;
        Set<String> wanted = Set.of(opt.getOrDefault("runtimes", "cpython,jvm,chromium,wasmtime,pyodide").split(","));
        Path out = Path.of(opt.getOrDefault("out", "target/bench"));
        Files.createDirectories(out);

        List<Benchmark> benchmarks = new ArrayList<>();
        for (String s : suites) {
            String[] kv = s.split("=", 2);
            Path dir = Path.of(kv[1]).toRealPath();
            try (var files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".py")).sorted()
                        .filter(p -> only == null || only.contains(p.getFileName().toString()))
                        .forEach(p -> benchmarks.add(new Benchmark(kv[0], p)));
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        meta.put("runs", String.valueOf(runs));
        long maxWait = Long.parseLong(opt.getOrDefault("max-wait-ms", "3000"));
        long waitBudget = Long.parseLong(opt.getOrDefault("wait-budget-ms", "300000"));
        meta.put("quiet", String.format("at most %d %% of all cores busy over 0.4 s, waiting up to %.0f s per run and %.0f s in all",
                (int) (CpuLoad.QUIET * 100), maxWait / 1000.0, waitBudget / 1000.0));
        CpuLoad cpu = new CpuLoad(maxWait, waitBudget);

        List<BenchRuntime> runtimes = new ArrayList<>();
        boolean failed = false;
        try (StaticServer server = new StaticServer().mount("/wasm/", Path.of("../web/target/wasm"))
                .mount("/pyodide/", Path.of(opt.getOrDefault("pyodide", "/nonexistent")))
                .mount("/", Path.of("src/test/resources/pages"));
             Playwright playwright = Playwright.create()) {
            String python = opt.getOrDefault("python", "python3");
            runtimes.add(ProcessRuntime.inProcess("cpython", run(python, "--version").trim() + " (" + python + ")", python,
                    Path.of("../tools/bench_cpython.py")));
            if (wanted.contains("jvm")) {
                runtimes.add(new JvmRuntime(opt.getOrDefault("classpath", System.getProperty("java.class.path"))));
            }
            if (wanted.contains("chromium")) {
                if (Files.isRegularFile(Path.of("../web/target/wasm/matcha.wasm"))) {
                    runtimes.add(BrowserRuntime.open("chromium", "Matcha", playwright, server, "/bench.html", true));
                } else {
                    meta.put("note.chromium", "skipped: web/target/wasm/matcha.wasm is not built");
                }
            }
            if (wanted.contains("wasmtime")) {
                Path runner = Path.of("../wasi/run-wasmtime");
                if (Files.isRegularFile(Path.of("../wasi/target/matcha.wasm")) && Files.isExecutable(runner)) {
                    runtimes.add(new ProcessRuntime("wasmtime", "Matcha WASI under wasmtime (wasi/run-wasmtime)",
                            List.of(runner.toRealPath().toString())));
                } else {
                    meta.put("note.wasmtime", "skipped: wasi/target/matcha.wasm or wasi/run-wasmtime does not exist yet");
                }
            }
            if (wanted.contains("pyodide")) {
                if (opt.containsKey("pyodide") && Files.isRegularFile(Path.of(opt.get("pyodide"), "pyodide.js"))) {
                    runtimes.add(BrowserRuntime.open("pyodide", "Pyodide", playwright, server, "/pyodide.html", false));
                } else {
                    meta.put("note.pyodide", "skipped: no Pyodide package (scripts/bench installs it from npm)");
                }
            }
            for (BenchRuntime r : runtimes) {
                meta.put("runtime." + r.key(), r.label() + ", warm-up runs: " + r.warmups());
            }
            meta.forEach((k, v) -> { if (k.startsWith("note.")) System.err.println("bench: " + k.substring(5) + " " + v); });
            meta.put("machine", machine());
            writeMeta(out, meta);   // again at the end; a stopped run still has a usable report
            List<String> rows = new ArrayList<>();
            try {
                for (Benchmark b : benchmarks) {
                    failed |= runBenchmark(b, runtimes, runs, !opt.containsKey("no-memory"), cpu, rows);
                    Files.write(out.resolve("results.tsv"), rows, StandardCharsets.UTF_8);
                }
            } finally {
                for (BenchRuntime r : runtimes) {   // before Playwright itself closes
                    r.close();
                }
            }
        }
        meta.put("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        writeMeta(out, meta);
        System.exit(failed ? 1 : 0);
    }

    private static void writeMeta(Path out, Map<String, String> meta) throws IOException {
        List<String> lines = new ArrayList<>();
        meta.forEach((k, v) -> lines.add(k + "\t" + v));
        Files.write(out.resolve("meta.tsv"), lines, StandardCharsets.UTF_8);
    }

    /** Warm-ups, interleaved timed rounds, then the memory pass; appends one row per runtime. */
    static boolean runBenchmark(Benchmark b, List<BenchRuntime> runtimes, int runs, boolean memory, CpuLoad cpu,
            List<String> rows) throws Exception {
        int n = runtimes.size();
        String[] status = new String[n];
        double[][] times = new double[n][runs];
        double[][] busy = new double[n][runs];
        long[] peak = new long[n];
        Arrays.fill(status, "ok");
        Arrays.fill(peak, -1);
        String expected = null;
        for (int r = 0; r < n; r++) {
            for (int w = 0; w < runtimes.get(r).warmups(); w++) {
                BenchRuntime.Run run = attempt(runtimes.get(r), b, status, r, true);
                if (r == 0 && run != null) {
                    expected = run.output();
                }
                check(b, runtimes.get(r), run, expected, status, r);
            }
        }
        for (int i = 0; i < runs; i++) {
            for (int r = 0; r < n; r++) {
                if (!status[r].equals("ok")) {
                    continue;
                }
                CpuLoad.Seen seen = cpu.waitForQuiet();
                BenchRuntime.Run run = attempt(runtimes.get(r), b, status, r, false);
                if (check(b, runtimes.get(r), run, expected, status, r)) {
                    times[r][i] = run.seconds();
                    busy[r][i] = seen.busy();
                    peak[r] = Math.max(peak[r], run.peakKib());
                }
            }
        }
        for (int r = 0; r < n && memory; r++) {
            if (status[r].equals("ok")) {
                BenchRuntime.Run run = runtimes.get(r).memoryRun(b.file());
                if (run != null && check(b, runtimes.get(r), run, expected, status, r)) {
                    peak[r] = run.peakKib();
                }
            }
        }
        boolean failed = false;
        StringBuilder progress = new StringBuilder(b.name());
        for (int r = 0; r < n; r++) {
            boolean ok = status[r].equals("ok");
            failed |= !ok;
            double median = ok ? median(times[r]) : Double.NaN;
            StringBuilder list = new StringBuilder();
            for (double t : times[r]) {
                list.append(list.length() == 0 ? "" : ";").append(String.format("%.4f", t));
            }
            rows.add(String.join("\t", b.suite(), b.name(), runtimes.get(r).key(), status[r],
                    ok ? String.format("%.4f", median) : "", ok ? list : "", String.valueOf(peak[r]),
                    ok ? String.format("%.2f", median(busy[r])) : ""));
            progress.append(String.format("  %s %s", runtimes.get(r).key(), ok ? String.format("%.3fs", median) : status[r]));
        }
        System.err.println(progress);
        return failed;
    }

    private static BenchRuntime.Run attempt(BenchRuntime runtime, Benchmark b, String[] status, int r, boolean warmup) {
        try {
            return warmup ? runtime.warmup(b.file()) : runtime.run(b.file());
        } catch (Exception | StackOverflowError e) {
            status[r] = "error";
            System.err.println(b.name() + " under " + runtime.key() + ": " + e);
            return null;
        }
    }

    /** True when the run's output is CPython's; otherwise marks the runtime's status mismatch. */
    private static boolean check(Benchmark b, BenchRuntime runtime, BenchRuntime.Run run, String expected,
            String[] status, int r) {
        if (run == null) {
            return false;
        }
        if (run.output().equals(expected)) {
            return true;
        }
        if (status[r].equals("ok")) {
            status[r] = "mismatch";
            String got = run.output();
            System.err.println(b.name() + " under " + runtime.key() + ": output differs from CPython's:\n"
                    + (got.length() > 600 ? got.substring(0, 600) + "..." : got));
        }
        return false;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** CPU model, cores and memory from /proc. */
    static String machine() throws IOException {
        String model = "";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                model = line.substring(line.indexOf(':') + 1).trim();
                break;
            }
        }
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "");
        return String.format("%s, %d cores, %.0f GiB RAM", model, Runtime.getRuntime().availableProcessors(),
                Long.parseLong(mem) / 1048576.0);
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
