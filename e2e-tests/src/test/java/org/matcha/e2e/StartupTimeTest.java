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
 * It reports the median; it asserts only that the line was printed.
 */
class StartupTimeTest {
    static final Path WASM = Path.of("../web/target/wasm");

    @Test
    void firstPrintOfAScriptTag() throws Exception {
        assertTrue(Files.isRegularFile(WASM.resolve("matcha.js")), "build web first: " + WASM);
        List<Double> times = new ArrayList<>();
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
                context.close();
            }
            browser.close();
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("first print of <script type=\"text/python\">: median %.0f ms over %s%n", sorted.get(2), times);
        long wasm = Files.size(WASM.resolve("matcha.wasm"));
        long bundle = Files.size(WASM.resolve("stdlib-core.bundle"));
        System.out.printf("download: matcha.wasm %d bytes, stdlib-core.bundle %d bytes%n", wasm, bundle);
    }
}
