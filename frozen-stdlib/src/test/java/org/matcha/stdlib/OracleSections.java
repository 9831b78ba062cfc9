package org.matcha.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a tools/ oracle under python3 whose output is sections headed '== FILE' (or
 * '== FILE skip') and returns FILE → its lines, or null for a skipped file.
 */
final class OracleSections {
    private OracleSections() {}

    static Map<String, List<String>> run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, List<String>> result = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> current = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("== ")) {
                    boolean skip = line.endsWith(" skip");
                    current = skip ? null : new ArrayList<>();
                    result.put(line.substring(3, skip ? line.length() - 5 : line.length()), current);
                } else if (current != null) {
                    current.add(line);
                }
            }
        }
        assertEquals(0, p.waitFor(), "oracle failed: " + command.subList(0, 2));
        return result;
    }
}
