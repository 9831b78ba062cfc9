package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code <script type="text/python">} tags run by matcha.js (pages/scripts.html): document order,
 * one shared namespace, {@code src=}, the output attribute, console output and the error box.
 */
class ScriptTagTest {
    static final Path WASM = Path.of("../web/target/wasm");

    static Playwright playwright;
    static Browser browser;
    static StaticServer server;
    static Page page;
    static final List<String> console = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isRegularFile(WASM.resolve("matcha.js")), "build web first: " + WASM);
        server = new StaticServer()
                .mount("/wasm/", WASM)
                .mount("/", Path.of("src/test/resources/pages"));
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        page = browser.newPage();
        page.setDefaultTimeout(120_000);
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        page.navigate(server.url("/scripts.html"));
        page.evaluate("() => window.matchaScripts");
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
    void scriptsRunInOrderInOneNamespace() {
        assertEquals("first 1\nsecond 2\n", page.textContent("#out1"));
        assertEquals("1 2", page.textContent("#order"));
        assertTrue(console.contains("log: to the console"), console.toString());
    }

    @Test
    void errorsShowAsATracebackBoxAndLaterScriptsStillRun() {
        String box = page.textContent(".matcha-error");
        assertTrue(box.startsWith("Traceback (most recent call last):"), box);
        assertTrue(box.contains("in fail"), box);
        assertTrue(box.endsWith("ZeroDivisionError: division by zero\n"), box);
        assertEquals(1, page.locator(".matcha-error").count());
        assertTrue(console.stream().anyMatch(l -> l.startsWith("error: Traceback")), console.toString());
        assertEquals("still running", page.textContent("#after"));
    }
}
