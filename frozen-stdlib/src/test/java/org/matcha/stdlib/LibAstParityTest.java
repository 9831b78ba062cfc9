package org.matcha.stdlib;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matcha.DumpAst;

/**
 * Every .py file of CPython 3.11's Lib (Lib/test included): Matcha's --dump-ast output must equal
 * CPython's {@code ast.dump(ast.parse(src), include_attributes=True)}, produced at test time by
 * tools/cpython_ast_dump.py under python3. Files CPython rejects must be rejected too. Known gaps
 * are listed, with reasons, in ast-parity-expected-failures.txt; a listed file that starts to pass
 * fails the test until the list is updated.
 */
class LibAstParityTest {
    static final Path LIB = Path.of("target/cpython/Lib");
    static final Path ORACLE = Path.of("target/ast-oracle");

    @Test
    void everyLibFileDumpsLikeCPython() throws Exception {
        assertTrue(Files.isDirectory(LIB), "CPython Lib missing: run the build (fetch-cpython-lib.sh)");
        runOracle();
        Map<String, String> expectedFailures = expectedFailures();
        List<Path> files;
        try (Stream<Path> s = Files.walk(LIB.toRealPath())) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        Path root = LIB.toRealPath();
        int match = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        long lines = 0;
        long nanos = 0;
        for (Path f : files) {
            String rel = root.relativize(f).toString();
            byte[] src = Files.readAllBytes(f);
            lines += countLines(src);
            long t0 = System.nanoTime();
            DumpAst.Result r = DumpAst.dump(src, rel);
            nanos += System.nanoTime() - t0;
            String problem = compare(rel, r);
            if (problem == null) {
                match++;
                if (expectedFailures.containsKey(rel)) {
                    nowPassing.add(rel);
                }
            } else if (!expectedFailures.containsKey(rel)) {
                unexpected.add(rel);
                details.append(problem).append('\n');
            }
        }
        Files.writeString(Path.of("target/ast-parity-report.txt"), details.toString(), StandardCharsets.UTF_8);
        System.out.printf("AST parity: %d/%d Lib files match CPython 3.11 (%d expected failures listed); "
                        + "first pass %d lines in %.2f s%n",
                match, files.size(), expectedFailures.size(), lines, nanos / 1e9);
        if (!unexpected.isEmpty()) {
            fail(unexpected.size() + " files differ from CPython and are not on the expected-failures list:\n"
                    + details.substring(0, Math.min(details.length(), 6000)));
        }
        if (!nowPassing.isEmpty()) {
            fail("now matching CPython; remove from ast-parity-expected-failures.txt: " + nowPassing);
        }
    }

    /** Null when Matcha agrees with CPython on this file, else a short description of the difference. */
    private static String compare(String rel, DumpAst.Result r) throws IOException {
        Path dump = ORACLE.resolve(rel + ".dump");
        Path err = ORACLE.resolve(rel + ".err");
        if (Files.exists(err)) {
            String[] fields = Files.readString(err, StandardCharsets.UTF_8).strip().split("\\|", 6);
            if (r.ok()) {
                return "ACCEPTED " + rel + " (CPython: " + String.join("|", fields) + ")";
            }
            String type = fields[0];
            if (!r.text().contains("\n" + type + ": ") && !r.text().startsWith(type + ": ")) {
                return "WRONG ERROR " + rel + ": expected " + type + ", got " + r.text();
            }
            return null;
        }
        String expected = Files.readString(dump, StandardCharsets.UTF_8).stripTrailing();
        if (!r.ok()) {
            return "REJECTED " + rel + ": " + r.text();
        }
        String got = r.text();
        if (got.equals(expected)) {
            return null;
        }
        int i = 0;
        while (i < got.length() && i < expected.length() && got.charAt(i) == expected.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "DIFF " + rel + "\n  expected: …" + expected.substring(from, Math.min(expected.length(), i + 60))
                + "\n  matcha:   …" + got.substring(from, Math.min(got.length(), i + 60));
    }

    private static long countLines(byte[] src) {
        long n = 0;
        for (byte b : src) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static void runOracle() throws Exception {
        Path stamp = ORACLE.resolve(".complete");
        if (Files.exists(stamp)) {
            return;
        }
        Process p = new ProcessBuilder("python3", "../tools/cpython_ast_dump.py", LIB.toString(), ORACLE.toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            fail("tools/cpython_ast_dump.py failed (python3 must be CPython 3.11)");
        }
        Files.writeString(stamp, "ok");
    }

    static Map<String, String> expectedFailures() throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/ast-parity-expected-failures.txt"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int hash = l.indexOf('#');
            String path = (hash < 0 ? l : l.substring(0, hash)).strip();
            result.put(path, hash < 0 ? "" : l.substring(hash + 1).strip());
        }
        return result;
    }
}
