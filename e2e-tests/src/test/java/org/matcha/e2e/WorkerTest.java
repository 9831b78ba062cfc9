package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * loadMatchaWorker() (pages/worker.html): Python in a Web Worker, output streamed to the page,
 * errors as PythonError, and interrupt() of {@code while True: pass} while the page stays
 * responsive.
 */
class WorkerTest {
    static BrowserPage session;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        session = new BrowserPage("matcha-worker.js", false);
        page = session.page;
        session.navigate("/worker.html", "workerReady");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void runsPythonInTheWorker() {
        assertEquals("number:42|in worker", String.valueOf(page.evaluate("async () => { window.lines.length = 0;"
                + " const r = await window.w.runPython('print(\"in worker\")\\n6 * 7');"
                + " return typeof r + ':' + r + '|' + window.lines.join(','); }")));
        assertEquals("PythonError ZeroDivisionError true", String.valueOf(page.evaluate(
                "async () => { try { await window.w.runPython('1 / 0'); return 'none'; }"
                        + " catch (e) { return e.name + ' ' + e.type + ' ' + e.message.includes('division by zero'); } }")));
        assertEquals("string:from page", String.valueOf(page.evaluate("async () => {"
                + " await window.w.FS.writeFile('/f.txt', 'from page');"
                + " const r = await window.w.runPython('open(\"/f.txt\").read()'); return typeof r + ':' + r; }")));
    }

    @Test
    void interruptStopsAnEndlessLoopWithoutFreezingThePage() {
        page.evaluate("() => { window.loopResult = window.w.runPython('while True: pass')"
                + ".then((v) => 'finished ' + v, (e) => e.type); }");
        page.waitForTimeout(500);
        long t0 = System.nanoTime();
        assertEquals(2.0, ((Number) page.evaluate("() => 1 + 1")).doubleValue());
        long pageMillis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(pageMillis < 2000, "page blocked for " + pageMillis + " ms");
        page.evaluate("() => window.w.interrupt()");
        assertEquals("KeyboardInterrupt", String.valueOf(page.evaluate("() => window.loopResult")));
        assertEquals(3.0, ((Number) page.evaluate("() => window.w.runPython('1 + 2')")).doubleValue());
    }
}
