package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Worker mode on a cross-origin-isolated page (COOP/COEP headers, so SharedArrayBuffer exists):
 * interrupt() raises KeyboardInterrupt inside the running Python within 100 ms and the
 * interpreter keeps its state; input() in the worker blocks on the page's stdin handler.
 */
class SharedWorkerTest {
    static BrowserPage session;
    static StaticServer server;
    static Browser browser;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        session = new BrowserPage("matcha-worker.js", true);
        page = session.page;
        server = session.server;
        browser = session.browser;
        session.navigate("/worker.html", "workerReady");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
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
