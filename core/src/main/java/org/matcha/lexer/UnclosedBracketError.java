package org.matcha.lexer;

import org.matcha.parser.PySyntaxError;

/**
 * "'(' was never closed": end of input inside brackets. CPython reports it only when the parse
 * fails at end of input; it does not override an earlier generic error found by re-tokenizing.
 */
public final class UnclosedBracketError extends PySyntaxError {
    UnclosedBracketError(String msg, String filename, int lineno, int offset, String text) {
        super("SyntaxError", msg, filename, lineno, offset, lineno, 0, text);
    }
}
