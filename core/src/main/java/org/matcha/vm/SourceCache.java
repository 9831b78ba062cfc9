package org.matcha.vm;

import java.util.HashMap;
import java.util.Map;

/** Source text by filename, for traceback lines (a small linecache). */
public final class SourceCache {
    private SourceCache() {}

    private static final Map<String, String[]> LINES = new HashMap<>();

    public static void put(String filename, String source) {
        LINES.put(filename, source.split("\n", -1));
    }

    /** Line {@code lineno} (1-based) without its newline, or null. */
    public static String line(String filename, int lineno) {
        String[] lines = LINES.get(filename);
        if (lines == null) {
            Interpreter i = Interpreter.current();
            if (i != null && !filename.startsWith("<")) {
                byte[] data = i.host.readFile(filename);
                if (data == null) {
                    data = i.imports.frozenSource(filename);
                }
                if (data != null) {
                    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    put(filename, text);
                    lines = LINES.get(filename);
                }
            }
        }
        if (lines == null || lineno < 1 || lineno > lines.length) {
            return null;
        }
        String l = lines[lineno - 1];
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
}
