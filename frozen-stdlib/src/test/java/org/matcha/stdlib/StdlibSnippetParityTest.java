package org.matcha.stdlib;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matcha.vm.SnippetParityTest;

/**
 * Snippets that import CPython's standard library (src/test/resources/stdlib-snippets/AREA/*.py),
 * run under python3 and under Matcha with CPython's fetched Lib on sys.path; outputs must match.
 * Differences still expected are listed in stdlib-snippets/known-failures.txt.
 */
class StdlibSnippetParityTest {
    static final Path ROOT = Path.of("src/test/resources/stdlib-snippets").toAbsolutePath();
    static final Path LIB = Path.of("target/cpython/Lib").toAbsolutePath();

    @Test
    void stdlibSnippetsMatchCPython() throws Exception {
        SnippetParityTest.assertSuite(ROOT, List.of(LIB.toString()), Path.of("target/stdlib-snippet-report.txt"));
    }
}
