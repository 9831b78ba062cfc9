import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.matcha.parser.Parser;
import org.matcha.parser.WarningSink;

/**
 * JVM side of the parse benchmark: parses every .py under ROOT that CPython parses, in-process,
 * after warm-up runs; prints the best of RUNS. Run with the JDK's single-file launcher:
 *   java -cp core/target/classes tools/ParseBench.java ROOT [RUNS]
 */
public class ParseBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toRealPath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<byte[]> sources = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        long lines = 0;
        for (Path f : files) {
            byte[] src = Files.readAllBytes(f);
            try {
                Parser.parseModule(src, f.toString(), WarningSink.IGNORE);
            } catch (RuntimeException e) {
                continue; // CPython rejects these too; the Python side skips them as well
            }
            sources.add(src);
            for (byte b : src) {
                if (b == '\n') {
                    lines++;
                }
            }
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < runs + 3; r++) {
            long t0 = System.nanoTime();
            for (byte[] src : sources) {
                Parser.parseModule(src, "<bench>", WarningSink.IGNORE);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (r >= 3) {
                best = Math.min(best, s);
            }
        }
        System.out.printf("files=%d lines=%d seconds=%.3f lines_per_sec=%d%n",
                sources.size(), lines, best, (long) (lines / best));
    }
}
