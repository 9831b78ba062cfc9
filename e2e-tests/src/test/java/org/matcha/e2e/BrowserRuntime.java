package org.matcha.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A runtime in a page of its own headless Chromium (one browser each, so each has its own
 * renderer process): Matcha's Wasm GC build (pages/bench.html, a fresh interpreter per run through
 * runProgram) or Pyodide (pages/pyodide.html, loaded from the npm package's local files, each run
 * exec'ing the program in a fresh __main__ namespace of the one interpreter). The page times the
 * run itself with performance.now(); memory is the renderer's peak RSS during the run, after a
 * forced GC (--js-flags=--expose-gc) before it.
 */
final class BrowserRuntime implements BenchRuntime {
    private final String key;
    private final String label;
    private final Browser browser;
    private final Page page;
    private final RendererMemory memory;
    private final boolean latin1Source;

    private BrowserRuntime(String key, String label, Browser browser, Page page, RendererMemory memory, boolean latin1Source) {
        this.key = key;
        this.label = label;
        this.browser = browser;
        this.page = page;
        this.memory = memory;
        this.latin1Source = latin1Source;
    }

    /** Opens {@code pagePath} on {@code server} in a new browser and waits for window.benchReady (its label). */
    static BrowserRuntime open(String key, String name, Playwright playwright, StaticServer server, String pagePath,
            boolean latin1Source) {
        Set<Long> before = RendererMemory.renderers();
        Browser browser = Chromium.launch(playwright, "--js-flags=--expose-gc");
        Page page = browser.newPage();
        page.onConsoleMessage(m -> {
            if (!m.text().startsWith("Failed to load resource")) {   // the favicon
                System.err.println(key + " console: " + m.text());
            }
        });
        page.onPageError(e -> System.err.println(key + " page error: " + e));
        page.onRequestFailed(r -> System.err.println(key + " request failed: " + r.url()));
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                System.err.println(key + " " + r.status() + " for " + r.url());
            }
        });
        page.setDefaultTimeout(600_000);
        page.navigate(server.url(pagePath));
        String version = (String) page.evaluate("() => window.benchReady");
        RendererMemory memory = new RendererMemory(RendererMemory.newestLargest(before));
        return new BrowserRuntime(key, name + " " + version + " in Chromium " + browser.version(), browser, page, memory,
                latin1Source);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public Run run(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String src = new String(bytes, latin1Source ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        page.evaluate("() => window.gc()");
        memory.start();
        @SuppressWarnings("unchecked")
        List<Object> r = (List<Object>) page.evaluate("([src, path]) => window.benchRun(src, path)",
                List.of(src, file.toString()));
        long peak = memory.stop();
        return new Run(((Number) r.get(0)).doubleValue() / 1000, (String) r.get(1), peak);
    }

    @Override
    public void close() {
        memory.close();
        browser.close();
    }
}
