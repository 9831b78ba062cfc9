package org.matcha.parser;

/** Receives compile-time warnings (for example invalid escape sequences) from the lexer and parser. */
@FunctionalInterface
public interface WarningSink {
    WarningSink IGNORE = (category, message, lineno) -> { };

    /**
     * Issues the warning. Throws {@link Escalated} when the warnings filters turned it into an
     * exception of its own category: the caller then raises a SyntaxError with the same message
     * at the offending place instead (CPython: compiler_warn, parser_warn).
     */
    void warn(String category, String message, int lineno);

    /** The warning became an error; the caller reports it as a SyntaxError. */
    final class Escalated extends RuntimeException {
        public Escalated() {
            super(null, null, false, false);
        }
    }
}
