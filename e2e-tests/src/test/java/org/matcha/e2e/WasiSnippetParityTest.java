package org.matcha.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The differential snippet suites under wasmtime: wasi/target/matcha.wasm runs each snippet as
 * {@code matcha.wasm NAME.py} from the snippet's folder, the tree preopened under its own path (so
 * tracebacks name the same absolute file as CPython's) and a fresh host folder as /tmp; the
 * snippets share {@code --test-batch} processes (fresh interpreters in one module instance), and one
 * that ends or crashes its process runs again alone.
 * Expected differences: the tree's known-failures.txt plus src/test/resources/wasi-known-failures.txt
 * (each line: path and reason).
 */
@EnabledIfSystemProperty(named = "wasi", matches = "true", disabledReason = "needs -Pwasi (wasi/target/matcha.wasm)")
class WasiSnippetParityTest {
    static final Path SNIPPETS = Path.of("../core/src/test/resources/snippets");
    static final Path STDLIB_SNIPPETS = Path.of("../frozen-stdlib/src/test/resources/stdlib-snippets");
    static final Path WASI_KNOWN = Path.of("src/test/resources/wasi-known-failures.txt");

    static WasiRunner wasi;

    @BeforeAll
    static void start() throws Exception {
        wasi = new WasiRunner();
    }

    @AfterAll
    static void stop() {
        if (wasi != null) {
            wasi.close();
        }
    }

    @Test
    void snippetsMatchCPythonUnderWasmtime() throws Exception {
        assertTreeMatches(SNIPPETS.toRealPath(), "wasi-snippet-report.txt");
    }

    @Test
    void stdlibSnippetsMatchCPythonUnderWasmtime() throws Exception {
        assertTreeMatches(STDLIB_SNIPPETS.toRealPath(), "wasi-stdlib-snippet-report.txt");
    }

    static void assertTreeMatches(Path root, String reportName) throws Exception {
        Set<String> known = SnippetSuite.knownFailures(root, "known-failures.txt");
        String tree = root.getFileName() + "/";
        for (String entry : SnippetSuite.knownFailures(WASI_KNOWN.toAbsolutePath().getParent(), WASI_KNOWN.getFileName().toString())) {
            if (entry.startsWith(tree)) {
                known.add(entry.substring(tree.length()));
            }
        }
        Path tmp = Files.createTempDirectory("matcha-wasi-tmp");
        // all of them first, in --test-batch processes (WasiRunner.runBatch): one module start per batch
        List<String> snippets = SnippetSuite.snippets(root);
        List<WasiRunner.Result> results = wasi.runBatch(snippets.stream().map(root::resolve).toList(),
                List.of(root.toString(), tmp + "::/tmp"), 30);
        Map<String, String> outcomes = new HashMap<>();
        for (int i = 0; i < snippets.size(); i++) {
            outcomes.put(snippets.get(i), results.get(i).joined());
        }
        SnippetSuite.assertMatches(root, "WASI", reportName, known, outcomes::get);
    }
}
