package org.matcha.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.matcha.vm.BufferHost;
import org.matcha.vm.PythonRunner;

/**
 * The VM benchmark (not a test), run by scripts/bench-vm: each program of ../shared/bench under
 * CPython 3.11 (python3, wall time of the process), Matcha on the JVM (in-process, after warm-up
 * runs) and Matcha's Wasm build in headless Chromium (in-page, after a warm-up run), interleaved
 * per program. Checks every output against CPython's and prints a Markdown table of medians.
 */
public final class VmBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toRealPath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path[] files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toArray(Path[]::new);
        }
        StringBuilder table = new StringBuilder();
        table.append("| program | CPython 3.11 (s) | Matcha JVM (s) | JVM / CPython | Matcha Chromium (s) | Chromium / CPython |\n");
        table.append("|---|---|---|---|---|---|\n");
        double logJvm = 0;
        double logWeb = 0;
        try (StaticServer server = new StaticServer().mount("/wasm/", Path.of("../web/target/wasm"))
                .mount("/snippets/", dir).mount("/", Path.of("src/test/resources/pages"));
             Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            Page page = browser.newPage();
            page.setDefaultTimeout(600_000);
            page.navigate(server.url("/run.html"));
            page.evaluate("() => window.matchaReady");
            for (Path f : files) {
                String name = f.getFileName().toString();
                String expected = null;
                double[] cp = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    Process p = new ProcessBuilder("python3", f.toString()).redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    p.waitFor();
                    cp[i] = (System.nanoTime() - t0) / 1e9;
                    expected = out;
                }
                byte[] src = Files.readAllBytes(f);
                double[] jvm = new double[runs];
                for (int i = -2; i < runs; i++) {
                    BufferHost host = new BufferHost(x -> null, x -> false, x -> false, System::nanoTime);
                    long t0 = System.nanoTime();
                    int[] status = {0};
                    Thread t = new Thread(null, () -> {
                        PythonRunner r = new PythonRunner(host);
                        r.setArgv(new String[] {name}, dir.toString());
                        status[0] = r.runSource(src, f.toString());
                    }, "bench", 512L << 20);
                    t.start();
                    t.join();
                    double secs = (System.nanoTime() - t0) / 1e9;
                    if (!(host.stdout.toString() + host.stderr).equals(expected)) {
                        throw new IllegalStateException("JVM output differs for " + name + ":\n" + host.stdout + host.stderr);
                    }
                    if (i >= 0) {
                        jvm[i] = secs;
                    }
                }
                double[] web = new double[runs];
                for (int i = -1; i < runs; i++) {
                    long t0 = System.nanoTime();
                    String r = (String) page.evaluate("([abs, rel]) => window.runSnippet(abs, rel)",
                            List.of(dir.toString(), name));
                    double secs = (System.nanoTime() - t0) / 1e9;
                    String outText = r.substring(r.indexOf('\n') + 1).replace("\u0000", "");
                    if (!outText.equals(expected)) {
                        throw new IllegalStateException("Chromium output differs for " + name + ":\n" + r);
                    }
                    if (i >= 0) {
                        web[i] = secs;
                    }
                }
                double c = median(cp);
                double j = median(jvm);
                double w = median(web);
                logJvm += Math.log(j / c);
                logWeb += Math.log(w / c);
                table.append(String.format("| %s | %.3f | %.3f | %.2f× | %.3f | %.2f× |%n", name, c, j, j / c, w, w / c));
                System.err.println(name + " done");
            }
        }
        table.append(String.format("| **geometric mean** | | | **%.2f×** | | **%.2f×** |%n",
                Math.exp(logJvm / files.length), Math.exp(logWeb / files.length)));
        System.out.print(table);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

}
