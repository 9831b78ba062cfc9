package org.matcha.stdlib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.matcha.stdlib.CPythonLibTestsTest.LibTestModule;

/**
 * Runs one Lib/test module under python3 and under Matcha, each in its own process and folder,
 * through cpython-tests/runner.py. When a process hangs (per-attempt timeout) or dies, the test it
 * was in is recorded as "hang" or "crash" and the module runs again without it and without the tests
 * already recorded, so one bad test does not hide the rest of the module.
 */
final class LibTestRunner {
    static final int ATTEMPT_SECONDS = Integer.getInteger("cpython.tests.timeout", 240);
    static final int MAX_ATTEMPTS = 8;

    /** The statuses a run recorded, in the order the tests ran. */
    static final class Records {
        final Map<String, String> status = new LinkedHashMap<>();
        final Map<String, String> detail = new LinkedHashMap<>();
        String moduleStatus = "missing";
        String moduleDetail = "";
        double seconds;
        int attempts;
    }

    record ModuleResult(LibTestModule module, Records cpython, Records matcha) {}

    private final Path runner;
    private final Path work;
    private final Path packageRoot;

    /** libTest is CPython's Lib/test; it is linked as work/pkg/test so only "test" joins sys.path. */
    LibTestRunner(Path runner, Path work, Path libTest) throws IOException {
        this.runner = runner;
        this.work = work;
        this.packageRoot = work.resolve("pkg");
        Files.createDirectories(packageRoot);
        Path link = packageRoot.resolve("test");
        if (!Files.exists(link)) {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, libTest);
        }
    }

    ModuleResult run(LibTestModule module) throws IOException, InterruptedException {
        Path dir = work.resolve(module.name());
        deleteTree(dir);
        Files.createDirectories(dir);
        Records cpython = runUntilDone(dir, "cpython", List.of("python3"), "PYTHONPATH", module);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> matcha = List.of(java, "-Xss64m", "-Xmx1500m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.matcha.Main");
        Records mine = runUntilDone(dir, "matcha", matcha, "MATCHAPATH", module);
        return new ModuleResult(module, cpython, mine);
    }

    private Records runUntilDone(Path dir, String who, List<String> interpreter, String pathVariable,
            LibTestModule module) throws IOException, InterruptedException {
        Path recordFile = dir.resolve(who + "-record.txt");
        Path excludeFile = dir.resolve(who + "-exclude.txt");
        Path cwd = dir.resolve(who + "-cwd");
        Files.createDirectories(cwd);
        Records records = new Records();
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            List<String> command = new ArrayList<>(interpreter);
            command.addAll(List.of(runner.toString(), "test." + module.name(), recordFile.toString(),
                    excludeFile.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(who + "-output.txt").toFile()));
            pb.environment().put(pathVariable, packageRoot.toString());
            pb.environment().put("PYTHONHASHSEED", "0");
            Set<String> done = parse(recordFile, records);
            Files.write(excludeFile, done);
            Process p = pb.start();
            boolean finished = p.waitFor(ATTEMPT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
            }
            records.attempts = attempt;
            String unfinished = lastUnfinished(recordFile);
            int before = done.size();
            Set<String> nowDone = parse(recordFile, records);
            if (!records.moduleStatus.equals("missing")) {
                break;
            }
            if (unfinished == null && nowDone.size() > before) {
                // died between tests (an error escaping a class or module fixture): run the rest
                continue;
            }
            if (unfinished == null) {
                records.moduleStatus = finished ? "crash" : "hang";
                records.moduleDetail = finished ? "exit status " + p.exitValue() : "outside a test";
                break;
            }
            String status = finished ? "crash" : "hang";
            String why = finished ? "process exited with status " + p.exitValue() : ATTEMPT_SECONDS + " s timeout";
            Files.writeString(recordFile, status + " " + unfinished + " " + why + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        parse(recordFile, records);
        records.seconds = (System.nanoTime() - started) / 1e9;
        return records;
    }

    /** Reads the record file into records; returns the ids that have a status. */
    private static Set<String> parse(Path recordFile, Records records) throws IOException {
        Set<String> done = new LinkedHashSet<>();
        if (!Files.exists(recordFile)) {
            return done;
        }
        for (String line : Files.readAllLines(recordFile)) {
            String[] f = line.split(" ", 3);
            if (f.length < 2 || f[0].equals("START")) {
                continue;
            }
            if (f[0].equals("MODULE")) {
                records.moduleStatus = f[1];
                records.moduleDetail = f.length > 2 ? f[2] : "";
            } else {
                records.status.put(f[1], f[0]);
                records.detail.put(f[1], f.length > 2 ? f[2] : "");
                done.add(f[1]);
            }
        }
        return done;
    }

    /** The test that started last and has no status yet: the one a hang or crash happened in. */
    private static String lastUnfinished(Path recordFile) throws IOException {
        if (!Files.exists(recordFile)) {
            return null;
        }
        String last = null;
        for (String line : Files.readAllLines(recordFile)) {
            String[] f = line.split(" ", 3);
            if (f.length < 2) {
                continue;
            }
            if (f[0].equals("START")) {
                last = f[1];
            } else if (f[1].equals(last)) {
                last = null;
            }
        }
        return last;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    p.toFile().setWritable(true);
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
