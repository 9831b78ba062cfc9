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

    /**
     * Recursion through builtins (a __repr__ calling repr(), repr of a deeply nested list, sorted()
     * keys that sort again, deeply nested source) must end in RecursionError (or the parser's
     * MemoryError) before V8's stack overflows: the worker's host measures what is left
     * (WebHost.nativeStackLow), and the worker stays usable.
     */
    @Test
    void recursionThroughBuiltinsIsRecursionErrorInTheWorker() {
        String program = String.join("\n",
                "class R:",
                "    def __repr__(self):",
                "        return '<' + repr(self) + '>'",
                "def key(x):",
                "    return sorted([x], key=key)",
                "nested = []",
                "for _ in range(100000):",
                "    nested = [nested]",
                "results = []",
                "for label, fn in [('repr', lambda: repr(R())), ('sorted', lambda: key(1)),",
                "                  ('nested', lambda: repr(nested)),",
                "                  ('compile', lambda: compile('1+' * 5000 + '1', 's', 'eval'))]:",
                "    try:",
                "        fn()",
                "        results.append(label + ' ok')",
                "    except (RecursionError, MemoryError) as e:",
                "        results.append(label + ' ' + type(e).__name__)",
                "' '.join(results)");
        for (int run = 0; run < 2; run++) {
            assertEquals("repr RecursionError sorted RecursionError nested RecursionError compile RecursionError",
                    String.valueOf(page.evaluate("(code) => window.w.runPython(code)", program)));
        }
        assertEquals(3.0, ((Number) page.evaluate("() => window.w.runPython('1 + 2')")).doubleValue());
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
