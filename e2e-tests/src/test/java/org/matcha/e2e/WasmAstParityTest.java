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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matcha.DumpAst;

/**
 * The Wasm GC build in headless Chromium must parse exactly as the JVM build does: the same
 * dump, byte for byte, for a deterministic sample of CPython's Lib (and the same errors for
 * files CPython rejects). The JVM build is itself checked against CPython by LibAstParityTest.
 */
class WasmAstParityTest {
    static final Path LIB = Path.of("../frozen-stdlib/target/cpython/Lib");
    static final Path WASM = Path.of("../web/target/wasm");

    static Playwright playwright;
    static Browser browser;
    static StaticServer server;
    static Page page;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isRegularFile(WASM.resolve("matcha.wasm")), "build web first: " + WASM);
        assertTrue(Files.isDirectory(LIB), "CPython Lib missing: " + LIB);
        server = new StaticServer()
                .mount("/wasm/", WASM)
                .mount("/lib/", LIB.toRealPath())
                .mount("/", Path.of("src/test/resources/pages"));
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        page = browser.newPage();
        page.navigate(server.url("/ast.html"));
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
    void versionIsExported() {
        assertEquals("matcha 0.1.0", page.evaluate("() => window.matcha.version()"));
    }

    @Test
    void sampleOfLibDumpsIdenticallyInWasmAndOnTheJvm() throws Exception {
        Path root = LIB.toRealPath();
        List<String> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> p.toString().endsWith(".py")).map(p -> root.relativize(p).toString())
                    .sorted().collect(Collectors.toList());
        }
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 19) {
            sample.add(all.get(i));
        }
        // non-ASCII sources, f-string heavy files, match statements, a file CPython rejects
        for (String extra : List.of("test/test_fstring.py", "test/test_patma.py", "test/test_unicode_identifiers.py",
                "test/test_source_encoding.py", "test/badsyntax_pep3120.py", "test/encoded_modules/module_koi8_r.py",
                "test/test_grammar.py", "stringprep.py")) {
            if (all.contains(extra) && !sample.contains(extra)) {
                sample.add(extra);
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (String rel : sample) {
            DumpAst.Result jvm = DumpAst.dump(Files.readAllBytes(root.resolve(rel)), rel);
            String expected = (jvm.ok() ? "OK\n" : "ERR\n") + jvm.text();
            String wasm = (String) page.evaluate("p => window.dumpLibFile(p)", rel);
            if (!expected.equals(wasm)) {
                mismatches.add(rel + ": " + firstDifference(expected, wasm));
            }
        }
        System.out.printf("Wasm AST parity: %d/%d sampled Lib files identical to the JVM build%n",
                sample.size() - mismatches.size(), sample.size());
        assertTrue(mismatches.isEmpty(), "Wasm output differs from the JVM's:\n" + String.join("\n", mismatches));
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 50);
        return "\n  jvm:  …" + a.substring(from, Math.min(a.length(), i + 50))
                + "\n  wasm: …" + b.substring(from, Math.min(b.length(), i + 50));
    }
}
