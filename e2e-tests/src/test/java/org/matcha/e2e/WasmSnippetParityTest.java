package org.matcha.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential snippet suites again, in the Wasm GC build in headless Chromium: each program's
 * stdout, stderr and exit status must equal python3's. Programs import their sibling modules
 * from an in-memory file system filled with the snippet folder, and the standard library from the
 * frozen bundle the page loads beside matcha.wasm.
 */
class WasmSnippetParityTest {
    static final Path SNIPPETS = Path.of("../core/src/test/resources/snippets");
    static final Path STDLIB_SNIPPETS = Path.of("../frozen-stdlib/src/test/resources/stdlib-snippets");
    static final Path WASM = Path.of("../web/target/wasm");

    static Playwright playwright;
    static Browser browser;
    static StaticServer server;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isRegularFile(WASM.resolve("matcha.wasm")), "build web first: " + WASM);
        server = new StaticServer()
                .mount("/wasm/", WASM)
                .mount("/snippets/", SNIPPETS.toRealPath())
                .mount("/stdlib-snippets/", STDLIB_SNIPPETS.toRealPath())
                .mount("/", Path.of("src/test/resources/pages"));
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        page = browser.newPage();
        page.setDefaultTimeout(120_000);
        page.navigate(server.url("/run.html"));
        page.evaluate("() => window.matchaReady");
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
    void snippetsMatchCPythonInChromium() throws Exception {
        assertTreeMatches(SNIPPETS.toRealPath(), "/snippets/", "wasm-snippet-report.txt");
    }

    @Test
    void stdlibSnippetsMatchCPythonInChromium() throws Exception {
        assertTreeMatches(STDLIB_SNIPPETS.toRealPath(), "/stdlib-snippets/", "wasm-stdlib-snippet-report.txt");
    }

    static void assertTreeMatches(Path root, String base, String reportName) throws Exception {
        List<String> all = SnippetSuite.files(root);
        page.evaluate("([abs, files, base]) => window.loadFiles(abs, files, base)", List.of(root.toString(), all, base));
        java.util.Set<String> known = SnippetSuite.knownFailures(root, "known-failures.txt", "known-failures-wasm.txt");
        SnippetSuite.assertMatches(root, "Wasm", reportName, known, rel -> {
            try {
                return (String) page.evaluate("([abs, rel, base]) => window.runSnippet(abs, rel, base)",
                        List.of(root.toString(), rel, base));
            } catch (com.microsoft.playwright.PlaywrightException e) {
                // a trap or a JS exception out of the module is a host crash: this snippet fails, the rest still run
                String m = String.valueOf(e.getMessage());
                return "[host crash] " + m.substring(0, Math.min(m.length(), 400));
            }
        });
    }
}
