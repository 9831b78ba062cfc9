package org.matcha.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.matcha.vm.BufferHost;
import org.matcha.vm.FrozenBundle;
import org.matcha.vm.PythonRunner;

/**
 * The import-time benchmark (not a test), run by scripts/bench-imports. For each module, one small
 * program times its own {@code import MODULE} with time.perf_counter in a fresh interpreter:
 * CPython 3.11 (a new {@code python3 -S} process each run, .pyc files cached as usual; -S because
 * Debian's site-packages .pth files import re and typing at startup, and Matcha runs no site; its
 * {@code -X importtime} cumulative figure is shown beside), Matcha on the JVM (a new Interpreter
 * in a warm JVM, core frozen bundle) and Matcha's Wasm build in headless Chromium (a new
 * Interpreter in the page, core frozen bundle as the browser loads it). The first Matcha import in
 * the JVM and in the page is reported apart: it includes JIT warm-up and the bundle's first
 * decoding. Prints a Markdown table of medians in milliseconds.
 */
public final class ImportTimeBenchmark {
    static final List<String> MODULES = List.of("json", "re", "dataclasses", "typing", "asyncio");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("matcha-import-bench");
        try (InputStream in = ImportTimeBenchmark.class.getClassLoader()
                .getResourceAsStream("org/matcha/stdlib/stdlib-core.bundle")) {
            FrozenBundle.addDefault(FrozenBundle.parse(in.readAllBytes()));
        }
        StringBuilder table = new StringBuilder();
        table.append("| module | CPython 3.11 (ms) | CPython -X importtime (ms) | Matcha JVM first (ms) | Matcha JVM (ms) "
                + "| JVM / CPython | Matcha Chromium first (ms) | Matcha Chromium (ms) | Chromium / CPython |\n");
        table.append("|---|---|---|---|---|---|---|---|---|\n");
        try (StaticServer server = new StaticServer().mount("/wasm/", Path.of("../web/target/wasm"))
                .mount("/snippets/", dir).mount("/", Path.of("src/test/resources/pages"));
             Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            Page page = browser.newPage();
            page.setDefaultTimeout(600_000);
            page.navigate(server.url("/run.html"));
            page.evaluate("() => window.matchaReady");
            for (String module : MODULES) {
                String name = "import_" + module + ".py";
                byte[] program = ("import time\nt0 = time.perf_counter()\nimport " + module
                        + "\nt1 = time.perf_counter()\nprint(f'{(t1 - t0) * 1000:.3f}')\n")
                        .getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(name), program);
                double[] cpython = new double[runs];
                double[] importtime = new double[runs];
                double[] jvm = new double[runs];
                double[] web = new double[runs];
                double jvmFirst = 0;
                double webFirst = 0;
                for (int i = -1; i < runs; i++) {
                    double c = Double.parseDouble(run("python3", "-S", dir.resolve(name).toString()).trim());
                    double it = cumulativeImportTime(module);
                    double j = Double.parseDouble(runJvm(program, dir.resolve(name).toString()).trim());
                    String r = (String) page.evaluate("([abs, rel]) => window.runSnippet(abs, rel)",
                            List.of(dir.toString(), name));
                    if (!r.startsWith("0\n")) {
                        throw new IllegalStateException("Chromium run failed for " + module + ":\n" + r);
                    }
                    double w = Double.parseDouble(r.substring(2, r.indexOf('\u0000')).trim());
                    if (i < 0) {
                        jvmFirst = j;
                        webFirst = w;
                        continue;
                    }
                    cpython[i] = c;
                    importtime[i] = it;
                    jvm[i] = j;
                    web[i] = w;
                }
                double c = BenchHarness.median(cpython);
                double j = BenchHarness.median(jvm);
                double w = BenchHarness.median(web);
                table.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %.2f× | %.1f | %.1f | %.2f× |%n",
                        module, c, BenchHarness.median(importtime), jvmFirst, j, j / c, webFirst, w, w / c));
                System.err.println(module + " done");
            }
        }
        System.out.print(table);
    }

    /** A fresh Interpreter in this JVM runs the program; returns its stdout. */
    static String runJvm(byte[] program, String filename) throws InterruptedException {
        BufferHost host = new BufferHost(x -> null, x -> false, x -> false, System::nanoTime);
        int[] status = {0};
        Thread t = new Thread(null, () -> {
            PythonRunner r = new PythonRunner(host);
            r.setArgv(new String[] {filename}, "/nonexistent");
            status[0] = r.runSource(program, filename);
        }, "import-bench", 512L << 20);
        t.start();
        t.join();
        if (status[0] != 0) {
            throw new IllegalStateException("JVM run failed:\n" + host.stdout + host.stderr);
        }
        return host.stdout.toString();
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    /** The cumulative microseconds python3 -X importtime reports for the module, in ms. */
    static double cumulativeImportTime(String module) throws Exception {
        Process p = new ProcessBuilder("python3", "-S", "-X", "importtime", "-c", "import " + module).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (String line : err.split("\n")) {
            String[] cols = line.split("\\|");
            if (cols.length == 3 && cols[2].equals(" " + module)) {
                return Long.parseLong(cols[1].trim()) / 1000.0;
            }
        }
        return 0;   // already imported at startup
    }
}
