package org.matcha.objects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a python3 script over an input file (one item a line) and returns its output lines. */
public final class PythonOracle {
    private PythonOracle() {}

    public static List<String> run(String script, List<String> inputLines) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("matcha-oracle");
        try {
            Path in = dir.resolve("in.txt");
            Path out = dir.resolve("out.txt");
            Path py = dir.resolve("oracle.py");
            Files.write(in, inputLines, StandardCharsets.UTF_8);
            Files.writeString(py, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", py.toString(), in.toString(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("python3 failed: " + log);
            }
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Python source that maps each input line through {@code expr} (a function of {@code line}). */
    public static String mapLines(String prelude, String expr) {
        return "import sys, struct\n" + prelude + "\n"
                + "with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'w', encoding='utf-8',"
                + " errors='surrogatepass') as g:\n"
                + "    for line in f:\n"
                + "        line = line.rstrip('\\n')\n"
                + "        g.write(str(" + expr + ") + '\\n')\n";
    }
}
