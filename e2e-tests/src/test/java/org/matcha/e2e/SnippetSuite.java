package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.matcha.vm.SnippetParityTest;

/**
 * The differential snippet suites run on a build (Chromium's Wasm GC, WASI): each program's exit
 * status, stdout and stderr, written as {@code status + "\n" + stdout + "\0" + stderr}, must equal
 * python3's. Snippets named in the tree's known-failure lists must still fail (the lists only
 * shrink); the report goes to target/REPORT.
 */
final class SnippetSuite {
    private SnippetSuite() {}

    /** Runs one snippet (its path relative to the tree's root) on the build under test. */
    interface Build {
        String run(String rel) throws Exception;
    }

    /** python3 FILE in FILE's folder, as {@code status\nstdout\0stderr}. */
    static String cpython(Path file) throws IOException, InterruptedException {
        SnippetParityTest.Outcome o = SnippetParityTest.runCPython(file);
        return o.status() + "\n" + o.stdout() + "\u0000" + o.stderr();
    }

    /** -Dsnippets.only=AREA-or-FILE[,...] runs only those areas (as SnippetParityTest does) or files (AREA/NAME.py). */
    static boolean wanted(String rel) {
        String only = System.getProperty("snippets.only", "");
        List<String> names = List.of(only.split(","));
        return only.isBlank() || names.contains(rel.substring(0, rel.indexOf('/'))) || names.contains(rel);
    }

    /** Every .py file under root, relative and sorted (helper modules included: builds load them). */
    static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".py")).map(p -> root.relativize(p).toString()).sorted()
                    .collect(Collectors.toList());
        }
    }

    /** The snippets under root that assertMatches runs: AREA/NAME.py, not _helpers, areas as wanted(). */
    static List<String> snippets(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (String rel : files(root)) {
            String name = Path.of(rel).getFileName().toString();
            if (!name.startsWith("_") && rel.split("/").length == 2 && wanted(rel)) {
                out.add(rel);
            }
        }
        return out;
    }

    /** The first word of each line of the lists in root (comments and blank lines skipped). */
    static Set<String> knownFailures(Path root, String... listNames) throws IOException {
        Set<String> known = new HashSet<>();
        for (String f : listNames) {
            Path kf = root.resolve(f);
            if (Files.exists(kf)) {
                for (String line : Files.readAllLines(kf)) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        known.add(l.split("\\s+")[0]);
                    }
                }
            }
        }
        return known;
    }

    static void assertMatches(Path root, String label, String reportName, Set<String> known, Build build)
            throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> unexpectedPasses = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        Map<String, int[]> byArea = new TreeMap<>();
        int pass = 0;
        int total = 0;
        for (String rel : snippets(root)) {
            total++;
            String expected = cpython(root.resolve(rel));
            String actual = build.run(rel);
            int[] c = byArea.computeIfAbsent(rel.substring(0, rel.indexOf('/')), k -> new int[2]);
            c[1]++;
            if (expected.equals(actual)) {
                pass++;
                c[0]++;
                if (known.contains(rel)) {
                    unexpectedPasses.add(rel);
                }
            } else {
                report.append("FAIL ").append(rel).append("\n=== CPython ===\n").append(expected)
                        .append("\n=== Matcha (").append(label).append(") ===\n").append(actual).append("\n");
                if (!known.contains(rel)) {
                    failures.add(rel);
                }
            }
        }
        StringBuilder summary = new StringBuilder(label + " " + root.getFileName() + ": " + pass + "/" + total
                + " identical to CPython\n");
        byArea.forEach((k, v) -> summary.append("  ").append(k).append(": ").append(v[0]).append('/').append(v[1])
                .append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reportName), summary + "\n" + report);
        System.out.print(summary);
        assertTrue(failures.isEmpty(), "differ from CPython in " + label + " (target/" + reportName + "): " + failures);
        assertTrue(unexpectedPasses.isEmpty(), "now passing, remove from the known-failures lists: " + unexpectedPasses);
    }
}
