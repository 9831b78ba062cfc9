package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Worker mode on a cross-origin-isolated page (COOP/COEP headers, so SharedArrayBuffer exists):
 * interrupt() raises KeyboardInterrupt inside the running Python within 100 ms and the
 * interpreter keeps its state; input() in the worker blocks on the page's stdin handler.
 */
class SharedWorkerTest {
    static final Path WASM = Path.of("../web/target/wasm");

    static Playwright playwright;
    static Browser browser;
    static StaticServer server;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isRegularFile(WASM.resolve("matcha-worker.js")), "build web first: " + WASM);
        server = new StaticServer()
                .mount("/wasm/", WASM)
                .mount("/", Path.of("src/test/resources/pages"))
                .crossOriginIsolated();
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        page = browser.newPage();
        page.setDefaultTimeout(120_000);
        page.navigate(server.url("/worker.html"));
        page.evaluate("() => window.workerReady");
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

    @Test
    void interruptRaisesKeyboardInterruptAndKeepsState() {
        assertEquals(true, page.evaluate("() => window.crossOriginIsolated && window.w.sharedInterrupts"));
        page.evaluate("() => window.w.runPython('kept = 41')");
        page.evaluate("() => { window.loopResult = window.w.runPython('n = 0\\nwhile True:\\n    n += 1')"
                + ".then((v) => 'finished ' + v, (e) => e.type + '|' + e.message); }");
        page.waitForTimeout(500);
        Object millis = page.evaluate("async () => { const t0 = performance.now(); await window.w.interrupt();"
                + " await window.loopResult; return performance.now() - t0; }");
        String result = String.valueOf(page.evaluate("() => window.loopResult"));
        assertTrue(result.startsWith("KeyboardInterrupt|Traceback (most recent call last):"), result);
        assertTrue(((Number) millis).doubleValue() < 100, "interrupt took " + millis + " ms");
        assertEquals(true, page.evaluate("async () => await window.w.runPython('n > 0 and kept + 1 == 42')"));
    }

    @Test
    void inputBlocksOnThePageStdinHandler() {
        Page p = browser.newPage();
        try {
            p.setDefaultTimeout(120_000);
            p.navigate(server.url("/worker.html"));
            Object r = p.evaluate("async () => { const answers = ['Ada', 'Lovelace'];"
                    + " const w = await loadMatchaWorker({stdin: () => answers.shift()});"
                    + " return await w.runPython('first = input()\\nlast = input()\\nf\"{first} {last}\"'); }");
            assertEquals("Ada Lovelace", String.valueOf(r));
        } finally {
            p.close();
        }
    }
}
