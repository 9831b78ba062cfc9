package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time from navigation to the first line printed by {@code <script type="text/python">print("hi")</script>}
 * (pages/hi.html), over 5 cold loads (a fresh browser context each, responses marked no-store).
 * It reports the median, and the median time of each phase that matcha.js marks (performance marks
 * "matcha:NAME": runtime script loaded, module instantiated, bundle fetched and installed,
 * interpreter created and ready, first script started); it asserts only that the line was printed.
 */
class StartupTimeTest {
    static final Path WASM = Path.of("../web/target/wasm");

    @Test
    void firstPrintOfAScriptTag() throws Exception {
        assertTrue(Files.isRegularFile(WASM.resolve("matcha.js")), "build web first: " + WASM);
        List<Double> times = new ArrayList<>();
        java.util.Map<String, List<Double>> phases = new java.util.LinkedHashMap<>();
        try (StaticServer server = new StaticServer().mount("/wasm/", WASM).mount("/", Path.of("src/test/resources/pages"));
                Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            for (int i = 0; i < 5; i++) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                page.setDefaultTimeout(120_000);
                page.navigate(server.url("/hi.html"));
                page.waitForFunction("() => window.firstPrint !== null");
                times.add(((Number) page.evaluate("() => window.firstPrint")).doubleValue());
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> marks = (java.util.Map<String, Object>) page.evaluate(
                        "() => Object.fromEntries(performance.getEntriesByType('mark')"
                        + ".filter((m) => m.name.startsWith('matcha:')).map((m) => [m.name.substring(7), m.startTime]))");
                marks.forEach((name, t) -> phases.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(((Number) t).doubleValue()));
                context.close();
            }
            browser.close();
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("first print of <script type=\"text/python\">: median %.0f ms over %s%n", sorted.get(2), times);
        StringBuilder phaseLine = new StringBuilder("phases (median ms since navigation):");
        phases.forEach((name, ts) -> {
            List<Double> s = new ArrayList<>(ts);
            Collections.sort(s);
            phaseLine.append(String.format(" %s %.0f,", name, s.get(s.size() / 2)));
        });
        System.out.println(phaseLine);
        long wasm = Files.size(WASM.resolve("matcha.wasm"));
        long bundle = Files.size(WASM.resolve("stdlib-core.bundle"));
        long sources = Files.size(WASM.resolve("stdlib-core-sources.bundle"));
        System.out.printf("download: matcha.wasm %d bytes, stdlib-core.bundle %d bytes"
                + " (stdlib-core-sources.bundle, %d bytes, only when a stdlib source is read)%n", wasm, bundle, sources);
    }
}
