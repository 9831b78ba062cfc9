package org.matcha.stdlib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * cpython-tests/expected-failures.txt: the Lib/test methods that pass under python3 but not (yet)
 * under Matcha, one test id per line, "# comment" lines allowed. A "?" before an id marks a test whose
 * outcome depends on timing or load; it is not checked either way.
 */
final class ExpectedFailures {
    /** id to its line's flag: "" (must fail) or "?" (not checked). */
    private final Map<String, String> entries = new TreeMap<>();
    private final List<String> header = new ArrayList<>();

    static ExpectedFailures read(Path file) throws IOException {
        ExpectedFailures ef = new ExpectedFailures();
        if (!Files.exists(file)) {
            return ef;
        }
        boolean inHeader = true;
        for (String line : Files.readAllLines(file)) {
            String s = line.strip();
            if (s.startsWith("#") || s.isEmpty()) {
                if (inHeader) {
                    ef.header.add(line);
                }
                continue;
            }
            inHeader = false;
            String id = s.split("\\s+")[0];
            boolean flaky = id.startsWith("?");
            ef.entries.put(flaky ? id.substring(1) : id, flaky ? "?" : "");
        }
        return ef;
    }

    boolean listed(String id) {
        return entries.containsKey(id);
    }

    boolean flaky(String id) {
        return "?".equals(entries.get(id));
    }

    /** Replaces the entries of the modules that ran by the tests that failed under Matcha in this run. */
    void update(List<LibTestRunner.ModuleResult> results) {
        for (LibTestRunner.ModuleResult r : results) {
            String prefix = "test." + r.module().name() + ".";
            Map<String, String> kept = new TreeMap<>();
            entries.forEach((id, flag) -> {
                if (!(id.startsWith(prefix) || r.cpython().status.containsKey(id)) || flag.equals("?")) {
                    kept.put(id, flag);
                }
            });
            entries.clear();
            entries.putAll(kept);
            r.cpython().status.forEach((id, status) -> {
                // an unchecked module's failures are reported, not listed
                if (r.module().checked() && status.equals("pass") && !"pass".equals(r.matcha().status.get(id))) {
                    entries.putIfAbsent(id, "");
                }
            });
        }
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>(header);
        if (lines.isEmpty() || !lines.get(lines.size() - 1).isBlank()) {
            lines.add("");
        }
        entries.forEach((id, flag) -> lines.add(flag + id));
        Files.write(file, lines);
    }
}
