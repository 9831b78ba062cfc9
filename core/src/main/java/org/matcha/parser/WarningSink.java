package org.matcha.parser;

/** Receives compile-time warnings (for example invalid escape sequences) from the lexer and parser. */
@FunctionalInterface
public interface WarningSink {
    WarningSink IGNORE = (category, message, lineno) -> { };

    void warn(String category, String message, int lineno);
}
