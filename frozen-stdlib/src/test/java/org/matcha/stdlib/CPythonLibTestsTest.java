package org.matcha.stdlib;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * CPython 3.11's own Lib/test modules (cpython-tests/modules.txt), run through the real unittest by
 * cpython-tests/runner.py under python3 and under Matcha with the frozen stdlib, one process per
 * module. A test method counts when it passes under python3; it must then pass under Matcha, unless
 * cpython-tests/expected-failures.txt lists it. A listed test that passes fails the build too, so the
 * list only shrinks. Report: target/cpython-tests-report.txt; per-test table:
 * target/cpython-tests/results.tsv.
 *
 * <p>-Dcpython.tests=test_int,test_re runs only those modules; -Dcpython.tests.update=true rewrites
 * the expected failures of the modules that ran from this run's results.
 */
class CPythonLibTestsTest {
    static final Path HOME = Path.of("cpython-tests").toAbsolutePath();
    static final Path WORK = Path.of("target/cpython-tests").toAbsolutePath();

    @Test
    void cpythonLibTestsMatchExpectations() throws Exception {
        List<LibTestModule> modules = LibTestModule.read(HOME.resolve("modules.txt"),
                System.getProperty("cpython.tests", ""));
        ExpectedFailures expected = ExpectedFailures.read(HOME.resolve("expected-failures.txt"));
        LibTestRunner runner = new LibTestRunner(HOME.resolve("runner.py"), WORK,
                Path.of("target/cpython/Lib/test").toAbsolutePath());

        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<String, Future<LibTestRunner.ModuleResult>> futures = new TreeMap<>();
        long started = System.nanoTime();
        for (LibTestModule m : modules) {
            futures.put(m.name(), pool.submit(() -> runner.run(m)));
        }
        List<LibTestRunner.ModuleResult> results = new ArrayList<>();
        for (LibTestModule m : modules) {
            results.add(futures.get(m.name()).get());
        }
        pool.shutdown();
        double minutes = (System.nanoTime() - started) / 6e10;

        LibTestReport report = new LibTestReport(results, expected, minutes);
        Files.writeString(Path.of("target/cpython-tests-report.txt"), report.text());
        Files.writeString(WORK.resolve("results.tsv"), report.tsv());
        System.out.print(report.summary());
        if (Boolean.getBoolean("cpython.tests.update")) {
            expected.update(results);
            expected.write(HOME.resolve("expected-failures.txt"));
            System.out.println("cpython-tests: expected-failures.txt rewritten for " + results.size() + " modules");
            return;
        }
        assertTrue(report.unexpected().isEmpty(),
                "CPython Lib/test results differ from cpython-tests/expected-failures.txt (see "
                        + "target/cpython-tests-report.txt):\n"
                        + String.join("\n", report.unexpected().subList(0, Math.min(40, report.unexpected().size()))));
    }

    /**
     * A module named in modules.txt, with the issue it belongs to (the "## group" header above it).
     * "unchecked" after the name: its results are reported but not checked against the list (the
     * line says why).
     */
    record LibTestModule(String name, String group, boolean checked) {
        static List<LibTestModule> read(Path file, String only) throws IOException {
            List<String> wanted = only.isBlank() ? List.of() : List.of(only.split(","));
            List<LibTestModule> modules = new ArrayList<>();
            String group = "";
            for (String line : Files.readAllLines(file)) {
                line = line.strip();
                if (line.startsWith("## ")) {
                    group = line.substring(3).strip();
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] words = line.split("\\s+");
                    String name = words[0];
                    boolean checked = !(words.length > 1 && words[1].equals("unchecked"));
                    if (wanted.isEmpty() || wanted.contains(name)) {
                        modules.add(new LibTestModule(name, group, checked));
                    }
                }
            }
            return modules;
        }
    }
}
