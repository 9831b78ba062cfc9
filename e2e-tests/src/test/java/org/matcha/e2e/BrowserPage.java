package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the browser API tests share: the built web module served at /wasm/ and the test pages at /
 * by a local server, headless Chromium, and one page in it (120 s default timeout).
 */
final class BrowserPage implements AutoCloseable {
    static final Path WASM = Path.of("../web/target/wasm");

    final StaticServer server;
    final Playwright playwright;
    final Browser browser;
    final Page page;

    /** Checks that the web build has {@code requiredFile}, then starts the server and Chromium. */
    BrowserPage(String requiredFile, boolean crossOriginIsolated, String... extraChromiumArgs) throws IOException {
        assertTrue(Files.isRegularFile(WASM.resolve(requiredFile)), "build web first: " + WASM);
        StaticServer s = new StaticServer().mount("/wasm/", WASM).mount("/", Path.of("src/test/resources/pages"));
        server = crossOriginIsolated ? s.crossOriginIsolated() : s;
        playwright = Playwright.create();
        browser = Chromium.launch(playwright, extraChromiumArgs);
        page = browser.newPage();
        page.setDefaultTimeout(120_000);
    }

    /** Opens a page of src/test/resources/pages and waits for the promise {@code readyGlobal} it sets. */
    Page navigate(String path, String readyGlobal) {
        page.navigate(server.url(path));
        page.evaluate("() => window." + readyGlobal);
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.close();
    }
}
