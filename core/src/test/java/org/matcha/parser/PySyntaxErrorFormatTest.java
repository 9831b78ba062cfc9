package org.matcha.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link PySyntaxError#format()} against what CPython 3.11.7's uncaught-exception printer
 * (pythonrun.c, not traceback.py) wrote for SyntaxErrors built with the same attributes.
 */
class PySyntaxErrorFormatTest {
    private static String fmt(String type, String msg, int lineno, int offset, int endLineno, int endOffset, String text) {
        return new PySyntaxError(type, msg, "f.py", lineno, offset, endLineno, endOffset, text).format();
    }

    @Test
    void rangeOnOneLine() {
        assertEquals("  File \"f.py\", line 1\n    abcdef\n     ^^^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 2, 1, 5, "abcdef\n"));
    }

    @Test
    void indentationErrorsGetOneCaret() {
        assertEquals("  File \"f.py\", line 1\n    abcdef\n     ^\nIndentationError: m\n",
                fmt("IndentationError", "m", 1, 2, 1, 5, "abcdef\n"));
        assertEquals("  File \"f.py\", line 1\n    abcdef\n     ^\nTabError: m\n",
                fmt("TabError", "m", 1, 2, 1, 5, "abcdef\n"));
    }

    @Test
    void leadingTabsAreStrippedAndCaretLineIsSpaces() {
        assertEquals("  File \"f.py\", line 3\n    b = 2\n         ^\nIndentationError: m\n",
                fmt("IndentationError", "m", 3, 11, 3, -1, "    \tb = 2\n"));
        assertEquals("  File \"f.py\", line 3\n    b = 2\nTabError: m\n",
                fmt("TabError", "m", 3, 1, 3, 0, "\tb = 2\n"));
        assertEquals("  File \"f.py\", line 1\n    a\tb = (c d)\n          ^^^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 7, 1, 10, "a\tb = (c d)\n"));
    }

    @Test
    void rangeEndingOnALaterLineRunsToEndOfLine() {
        assertEquals("  File \"f.py\", line 1\n    abcdef\n     ^^^^^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 2, 2, 3, "abcdef\n"));
        assertEquals("  File \"f.py\", line 2\n    'a': 1\n         ^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 2, 10, 3, 8, "    'a': 1\n"));
    }

    @Test
    void offsetsBeyondTheLineAreClipped() {
        assertEquals("  File \"f.py\", line 1\n    abc\n       ^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 20, 1, 25, "abc\n"));
        assertEquals("  File \"f.py\", line 1\n    abcdef\n     ^^^^^^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 2, 1, 20, "abcdef\n"));
        // the clip counts UTF-8 bytes, as the C code does
        assertEquals("  File \"f.py\", line 1\n    \uD83D\uDE00bcdef\n     ^^^^^^^^^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 2, 1, 30, "\uD83D\uDE00bcdef\n"));
    }

    @Test
    void noCaretLeftOfTheTextOrForOffsetZero() {
        assertEquals("  File \"f.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n",
                fmt("IndentationError", "unexpected indent", 2, 4, 2, -1, "    y = 2\n"));
        assertEquals("  File \"f.py\", line 1\n    abc\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 0, 1, 0, "abc\n"));
    }

    @Test
    void embeddedNewlinesBeforeTheOffsetAreSkipped() {
        assertEquals("  File \"f.py\", line 1\n    cd ef\n      ^^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 6, 1, 8, "ab\ncd ef\n"));
    }

    @Test
    void missingTextMessageOrFilename() {
        assertEquals("  File \"f.py\", line 3\nSyntaxError: m\n", fmt("SyntaxError", "m", 3, 2, 3, 4, null));
        assertEquals("  File \"f.py\", line 1\n    abcdef\n     ^^^\nSyntaxError\n",
                fmt("SyntaxError", "", 1, 2, 1, 5, "abcdef\n"));
        assertEquals("  File \"<string>\", line 1\n    abcdef\n     ^^^\nSyntaxError: m\n",
                new PySyntaxError("SyntaxError", "m", null, 1, 2, 1, 5, "abcdef\n").format());
        assertEquals("  File \"f.py\", line 1\n    abcdef   \n     ^\nSyntaxError: m\n",
                fmt("SyntaxError", "m", 1, 2, 1, 3, "abcdef   \n"));
    }
}
