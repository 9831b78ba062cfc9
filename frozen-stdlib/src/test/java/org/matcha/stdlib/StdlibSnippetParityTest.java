package org.matcha.stdlib;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matcha.vm.SnippetParityTest;

/**
 * Snippets that import CPython's standard library (src/test/resources/stdlib-snippets/AREA/*.py),
 * run under python3 and under Matcha with the frozen bundles this module builds; outputs must match.
 * Differences still expected are listed in stdlib-snippets/known-failures.txt.
 */
class StdlibSnippetParityTest {
    static final Path ROOT = Path.of("src/test/resources/stdlib-snippets").toAbsolutePath();

    @Test
    void stdlibSnippetsMatchCPython() throws Exception {
        FrozenStdlib.install();
        SnippetParityTest.assertSuite(ROOT, List.of(), Path.of("target/stdlib-snippet-report.txt"));
    }
}
