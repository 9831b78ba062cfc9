package org.matcha.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The differential suite: every snippet under src/test/resources/snippets/AREA/ runs under python3
 * (CPython 3.11, at test time) and under Matcha; stdout, stderr and exit status must be identical.
 * Snippets named in snippets/known-failures.txt must still fail (so the list only shrinks); every
 * other snippet must pass. The report is written to target/snippet-report.txt. The frozen-stdlib module
 * runs its own snippet tree through {@link #assertSuite} (this class ships in core's test-jar).
 */
public class SnippetParityTest {
    static final Path ROOT = Path.of("src/test/resources/snippets").toAbsolutePath();

    public record Outcome(String stdout, String stderr, int status) {
        String describe() {
            return "exit " + status + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    static List<Path> snippets() throws IOException {
        return snippets(ROOT);
    }

    /**
     * The snippets under root; with -Dsnippets.only=AREA[,AREA...] only those area folders (for a quick
     * run while working on one area; known failures outside them are then not checked).
     */
    static List<Path> snippets(Path root) throws IOException {
        String only = System.getProperty("snippets.only", "");
        List<String> areasWanted = only.isBlank() ? List.of() : List.of(only.split(","));
        List<Path> out = new ArrayList<>();
        try (var areas = Files.list(root)) {
            for (Path area : (Iterable<Path>) areas.sorted()::iterator) {
                if (!Files.isDirectory(area)
                        || (!areasWanted.isEmpty() && !areasWanted.contains(area.getFileName().toString()))) {
                    continue;
                }
                try (var files = Files.list(area)) {
                    for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                        String n = f.getFileName().toString();
                        if (n.endsWith(".py") && !n.startsWith("_") && Files.isRegularFile(f)) {
                            out.add(f);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** python3 FILE in FILE's folder (the e2e suites share it through core's test jar). */
    public static Outcome runCPython(Path file) throws IOException, InterruptedException {
        // stderr goes to a file: reading the two pipes one after the other deadlocks on long tracebacks
        Path errFile = Files.createTempFile("cpython-stderr", ".txt");
        Process p = new ProcessBuilder("python3", file.getFileName().toString()).directory(file.getParent().toFile())
                .redirectError(errFile.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        boolean exited = p.waitFor(60, TimeUnit.SECONDS);
        byte[] err = Files.readAllBytes(errFile);
        Files.deleteIfExists(errFile);
        if (!exited) {
            p.destroyForcibly();
            throw new IOException("python3 timed out on " + file);
        }
        return new Outcome(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8),
                p.exitValue());
    }

    /** Runs one program in-process, on a thread with a large stack, like the command line. */
    static Outcome runMatchaWithTimeout(Path file, long millis) throws Exception {
        return runMatchaWithTimeout(file, millis, List.of());
    }

    /** Runs one program with extraPath appended to sys.path. */
    public static Outcome runMatchaWithTimeout(Path file, long millis, List<String> extraPath) throws Exception {
        BufferHost host = new BufferHost(p -> {
            try {
                return Files.readAllBytes(Path.of(p));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }, p -> Files.isDirectory(Path.of(p)), p -> Files.isRegularFile(Path.of(p)), System::nanoTime,
                new NioFileSystem(file.toAbsolutePath().getParent().toString()));
        host.wallClock = () -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        int[] status = {-1};
        Throwable[] crash = {null};
        PythonRunner[] runner = {null};
        Thread t = new Thread(null, () -> {
            try {
                org.matcha.objects.IntMath.maxStrDigits = 4300;
                runner[0] = new PythonRunner(host);
                runner[0].extraPath.addAll(extraPath);
                String abs = file.toString();
                runner[0].setArgv(new String[] {file.getFileName().toString()}, file.getParent().toString());
                status[0] = runner[0].runSource(Files.readAllBytes(file), abs);
            } catch (Throwable e) {
                crash[0] = e;
            }
        }, "snippet", 512L << 20);
        t.start();
        t.join(millis);
        if (t.isAlive()) {
            if (runner[0] != null) {
                runner[0].interpreter().interruptRequested = true;
            }
            t.join(5_000);
            String note = "\n[matcha: timed out]\n";
            if (t.isAlive()) {
                // a long computation inside one builtin (say 2 ** 10**9) cannot see the interrupt
                // flag; the browser build runs in a worker that can be terminated, here the thread
                // is stopped so that it does not starve the programs after it
                note = "\n[matcha: did not stop]\n";
                stopThread(t);
            }
            return new Outcome(host.stdout.toString(), host.stderr + note, -2);
        }
        if (crash[0] != null) {
            java.io.StringWriter sw = new java.io.StringWriter();
            crash[0].printStackTrace(new java.io.PrintWriter(sw));
            return new Outcome(host.stdout.toString(), host.stderr + "\n[host crash] " + sw, -3);
        }
        return new Outcome(host.stdout.toString(), host.stderr.toString(), status[0]);
    }

    @SuppressWarnings({"deprecation", "removal"})
    static void stopThread(Thread t) throws InterruptedException {
        t.stop();
        t.join(5_000);
    }

    @Test
    void snippetsMatchCPython() throws Exception {
        assertSuite(ROOT, List.of(), Path.of("target/snippet-report.txt"));
    }

    /**
     * Runs every snippet under root (one folder per area) under CPython and Matcha and fails on any
     * difference not listed in root/known-failures.txt, or on a listed snippet that now passes.
     */
    public static void assertSuite(Path root, List<String> extraPath, Path reportFile) throws Exception {
        List<Path> files = snippets(root);
        Map<Path, Future<Outcome>> expected = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Path f : files) {
            expected.put(f, pool.submit(() -> runCPython(f)));
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        Path knownFile = root.resolve("known-failures.txt");
        if (Files.exists(knownFile)) {
            for (String line : Files.readAllLines(knownFile)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    known.add(l.split("\\s+")[0]);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        List<String> unexpectedFailures = new ArrayList<>();
        List<String> unexpectedPasses = new ArrayList<>();
        int pass = 0;
        Map<String, int[]> byArea = new TreeMap<>();
        for (Path f : files) {
            String rel = root.relativize(f).toString();
            String area = rel.substring(0, rel.indexOf('/'));
            Outcome cpy = expected.get(f).get();
            Outcome mat = runMatchaWithTimeout(f, 20_000, extraPath);
            boolean ok = cpy.equals(mat);
            int[] counts = byArea.computeIfAbsent(area, k -> new int[2]);
            counts[1]++;
            if (ok) {
                pass++;
                counts[0]++;
                if (known.contains(rel)) {
                    unexpectedPasses.add(rel);
                }
            } else {
                report.append("FAIL ").append(rel).append("\n=== CPython ===\n").append(cpy.describe())
                        .append("=== Matcha ===\n").append(mat.describe()).append('\n');
                if (!known.contains(rel)) {
                    unexpectedFailures.add(rel);
                }
            }
        }
        pool.shutdown();
        StringBuilder summary = new StringBuilder();
        summary.append("snippets: ").append(pass).append('/').append(files.size()).append(" identical to CPython\n");
        for (Map.Entry<String, int[]> e : byArea.entrySet()) {
            summary.append("  ").append(e.getKey()).append(": ").append(e.getValue()[0]).append('/')
                    .append(e.getValue()[1]).append('\n');
        }
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, summary + "\n" + report);
        System.out.print(summary);
        assertTrue(unexpectedFailures.isEmpty(), "snippets differing from CPython (see " + reportFile + "): "
                + unexpectedFailures);
        assertTrue(unexpectedPasses.isEmpty(), "now passing, remove from known-failures.txt: " + unexpectedPasses);
    }
}
