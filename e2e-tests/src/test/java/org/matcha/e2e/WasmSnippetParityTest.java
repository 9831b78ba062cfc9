package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential snippet suites again, in the Wasm GC build in headless Chromium: each program's
 * stdout, stderr and exit status must equal python3's. Programs import their sibling modules
 * from an in-memory file system filled with the snippet folder, and the standard library from the
 * frozen bundle the page loads beside matcha.wasm.
 */
class WasmSnippetParityTest {
    static final Path SNIPPETS = Path.of("../core/src/test/resources/snippets");
    static final Path STDLIB_SNIPPETS = Path.of("../frozen-stdlib/src/test/resources/stdlib-snippets");
    static final Path WASM = Path.of("../web/target/wasm");

    static Playwright playwright;
    static Browser browser;
    static StaticServer server;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isRegularFile(WASM.resolve("matcha.wasm")), "build web first: " + WASM);
        server = new StaticServer()
                .mount("/wasm/", WASM)
                .mount("/snippets/", SNIPPETS.toRealPath())
                .mount("/stdlib-snippets/", STDLIB_SNIPPETS.toRealPath())
                .mount("/", Path.of("src/test/resources/pages"));
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        page = browser.newPage();
        page.setDefaultTimeout(120_000);
        page.navigate(server.url("/run.html"));
        page.evaluate("() => window.matchaReady");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static String cpython(Path file) throws IOException, InterruptedException {
        // stderr goes to a file: reading the two pipes one after the other deadlocks on long tracebacks
        Path errFile = Files.createTempFile("cpython-stderr", ".txt");
        Process p = new ProcessBuilder("python3", file.getFileName().toString()).directory(file.getParent().toFile())
                .redirectError(errFile.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        byte[] err = Files.readAllBytes(errFile);
        Files.deleteIfExists(errFile);
        p.waitFor(60, TimeUnit.SECONDS);
        return p.exitValue() + "\n" + new String(out, StandardCharsets.UTF_8) + "\u0000"
                + new String(err, StandardCharsets.UTF_8);
    }

    @Test
    void snippetsMatchCPythonInChromium() throws Exception {
        assertTreeMatches(SNIPPETS.toRealPath(), "/snippets/", "wasm-snippet-report.txt");
    }

    @Test
    void stdlibSnippetsMatchCPythonInChromium() throws Exception {
        assertTreeMatches(STDLIB_SNIPPETS.toRealPath(), "/stdlib-snippets/", "wasm-stdlib-snippet-report.txt");
    }

    /** -Dsnippets.only=AREA[,AREA...] runs only those areas (as SnippetParityTest does). */
    static boolean wanted(String rel) {
        String only = System.getProperty("snippets.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(rel.substring(0, rel.indexOf('/')));
    }

    static void assertTreeMatches(Path root, String base, String reportName) throws Exception {
        List<String> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> p.toString().endsWith(".py")).map(p -> root.relativize(p).toString()).sorted()
                    .collect(Collectors.toList());
        }
        page.evaluate("([abs, files, base]) => window.loadFiles(abs, files, base)", List.of(root.toString(), all, base));
        java.util.Set<String> known = new java.util.HashSet<>();
        for (String f : new String[] {"known-failures.txt", "known-failures-wasm.txt"}) {
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
        List<String> failures = new ArrayList<>();
        List<String> unexpectedPasses = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        Map<String, int[]> byArea = new TreeMap<>();
        int pass = 0;
        int total = 0;
        for (String rel : all) {
            String name = Path.of(rel).getFileName().toString();
            if (name.startsWith("_") || rel.split("/").length != 2 || !wanted(rel)) {
                continue;
            }
            total++;
            String expected = cpython(root.resolve(rel));
            String actual;
            try {
                actual = (String) page.evaluate("([abs, rel, base]) => window.runSnippet(abs, rel, base)",
                        List.of(root.toString(), rel, base));
            } catch (com.microsoft.playwright.PlaywrightException e) {
                // a trap or a JS exception out of the module is a host crash: this snippet fails, the rest still run
                String m = String.valueOf(e.getMessage());
                actual = "[host crash] " + m.substring(0, Math.min(m.length(), 400));
            }
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
                        .append("\n=== Matcha (Wasm) ===\n").append(actual).append("\n");
                if (!known.contains(rel)) {
                    failures.add(rel);
                }
            }
        }
        StringBuilder summary = new StringBuilder("wasm " + base + ": " + pass + "/" + total + " identical to CPython\n");
        byArea.forEach((k, v) -> summary.append("  ").append(k).append(": ").append(v[0]).append('/').append(v[1])
                .append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reportName), summary + "\n" + report);
        System.out.print(summary);
        assertTrue(failures.isEmpty(), "differ from CPython in Chromium (target/" + reportName + "): " + failures);
        assertTrue(unexpectedPasses.isEmpty(), "now passing, remove from the known-failures lists: " + unexpectedPasses);
    }
}
