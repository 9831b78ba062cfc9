package org.matcha.stdlib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matcha.stdlib.LibTestRunner.ModuleResult;
import org.matcha.stdlib.LibTestRunner.Records;

/**
 * The CPython Lib/test report: per module, the test methods that pass under python3 ("counted") and
 * how many of those pass under Matcha, with totals per group of modules (per issue).
 */
final class LibTestReport {
    private final List<ModuleResult> results;
    private final ExpectedFailures expected;
    private final double minutes;
    private final List<String> unexpected = new ArrayList<>();

    LibTestReport(List<ModuleResult> results, ExpectedFailures expected, double minutes) {
        this.results = results;
        this.expected = expected;
        this.minutes = minutes;
        for (ModuleResult r : results) {
            r.cpython().status.forEach((id, status) -> {
                if (!status.equals("pass") || expected.flaky(id) || !r.module().checked()) {
                    return;
                }
                String mine = r.matcha().status.getOrDefault(id, "missing");
                boolean passed = mine.equals("pass");
                if (!passed && !expected.listed(id)) {
                    unexpected.add("NEW FAILURE  " + id + "  " + mine + " " + r.matcha().detail.getOrDefault(id, ""));
                } else if (passed && expected.listed(id)) {
                    unexpected.add("NOW PASSES   " + id + "  (remove it from expected-failures.txt)");
                }
            });
        }
    }

    List<String> unexpected() {
        return unexpected;
    }

    /** Counts of one module: counted (pass under python3), then Matcha's statuses among those. */
    private static Map<String, Integer> counts(ModuleResult r) {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (String k : List.of("counted", "pass", "fail", "error", "skip", "hang", "crash", "missing", "other")) {
            c.put(k, 0);
        }
        c.put("cpython-total", r.cpython().status.size());
        r.cpython().status.forEach((id, status) -> {
            if (status.equals("pass")) {
                c.merge("counted", 1, Integer::sum);
                String mine = r.matcha().status.getOrDefault(id, "missing");
                c.merge(c.containsKey(mine) ? mine : "other", 1, Integer::sum);
            }
        });
        return c;
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.1f %%", 100.0 * part / whole);
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (ModuleResult r : results) {
            Map<String, Integer> c = counts(r);
            int[] g = groups.computeIfAbsent(r.module().group(), k -> new int[2]);
            g[0] += c.get("counted");
            g[1] += c.get("pass");
        }
        int counted = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> e : groups.entrySet()) {
            sb.append(String.format("CPython Lib/test, %s: %d / %d test methods pass (%s)%n", e.getKey(),
                    e.getValue()[1], e.getValue()[0], percent(e.getValue()[1], e.getValue()[0])));
            counted += e.getValue()[0];
            passed += e.getValue()[1];
        }
        sb.append(String.format("CPython Lib/test, all %d modules: %d / %d (%s) in %.1f min; %d unexpected%n",
                results.size(), passed, counted, percent(passed, counted), minutes, unexpected.size()));
        return sb.toString();
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("CPython 3.11 Lib/test under Matcha (JVM, frozen stdlib). 'counted' = test methods that pass\n");
        sb.append("under python3 in the same run; the other columns are Matcha's outcomes for those.\n\n");
        sb.append(summary()).append('\n');
        String group = null;
        for (ModuleResult r : results) {
            if (!r.module().group().equals(group)) {
                group = r.module().group();
                sb.append("## ").append(group).append('\n');
                sb.append(String.format("%-22s %7s %7s %7s %5s %5s %5s %5s %5s %5s %8s %7s  %s%n", "module",
                        "counted", "pass", "%", "fail", "error", "skip", "hang", "crash", "miss", "matcha s",
                        "cpy s", "module status"));
            }
            Map<String, Integer> c = counts(r);
            Records m = r.matcha();
            String status = m.moduleStatus + (m.moduleDetail.isEmpty() ? "" : " " + m.moduleDetail)
                    + (m.attempts > 1 ? " (" + m.attempts + " attempts)" : "");
            sb.append(String.format("%-22s %7d %7d %7s %5d %5d %5d %5d %5d %5d %8.1f %7.1f  %s%n", r.module().name(),
                    c.get("counted"), c.get("pass"), percent(c.get("pass"), c.get("counted")), c.get("fail"),
                    c.get("error"), c.get("skip"), c.get("hang"), c.get("crash"), c.get("missing"), m.seconds,
                    r.cpython().seconds, status.length() > 90 ? status.substring(0, 90) : status));
        }
        if (!unexpected.isEmpty()) {
            sb.append("\nUnexpected (against cpython-tests/expected-failures.txt):\n");
            unexpected.forEach(u -> sb.append(u).append('\n'));
        }
        return sb.toString();
    }

    /** id, python3 status, Matcha status, Matcha's detail: the input for fixing and for the list. */
    String tsv() {
        StringBuilder sb = new StringBuilder("id\tcpython\tmatcha\tdetail\n");
        for (ModuleResult r : results) {
            r.cpython().status.forEach((id, status) -> sb.append(id).append('\t').append(status).append('\t')
                    .append(r.matcha().status.getOrDefault(id, "missing")).append('\t')
                    .append(r.matcha().detail.getOrDefault(id, "")).append('\n'));
        }
        return sb.toString();
    }
}
