package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Python callbacks handed to JS need no destroy(): 100,000 of them, each stored on window and
 * replaced, leave the heap bounded once the garbage collector has run (Chromium with
 * --expose-gc, heap measured with performance.memory).
 */
class CallbackGcTest {
    static BrowserPage session;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        session = new BrowserPage("matcha.js", false, "--js-flags=--expose-gc", "--enable-precise-memory-info");
        page = session.page;
        page.setDefaultTimeout(300_000);
        session.navigate("/api.html", "matchaReady");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    static double heapAfterCallbacks(int n) {
        Object r = page.evaluate("async (n) => {"
                + " window.py.runPython('import js\\ndef make(i):\\n    return lambda *a: i\\n'"
                + "   + 'for i in range(' + n + '):\\n    js.window.handler = make(i)\\n');"
                + " if (window.handler() !== n - 1) throw new Error('handler ' + window.handler());"
                + " window.handler = undefined;"
                + " for (let i = 0; i < 3; i++) { gc(); await new Promise((r) => setTimeout(r, 50)); }"
                + " return performance.memory.usedJSHeapSize; }", n);
        return ((Number) r).doubleValue();
    }

    @Test
    void droppedCallbacksAreCollected() {
        double warm = heapAfterCallbacks(1_000);
        double first = heapAfterCallbacks(100_000);
        double second = heapAfterCallbacks(100_000);
        double third = heapAfterCallbacks(100_000);
        System.out.printf("heap: warm %.1f MB, after 100,000 callbacks %.1f MB, 200,000 %.1f MB, 300,000 %.1f MB%n",
                warm / (1 << 20), first / (1 << 20), second / (1 << 20), third / (1 << 20));
        // a leaked callback (function, closure cell, handle, Proxy) would cost well over 100 bytes: 10 MB a round
        double growthMb = (third - first) / (1 << 20);
        assertTrue(growthMb < 2, "heap grew by " + growthMb + " MB over 200,000 more callbacks");
    }
}
