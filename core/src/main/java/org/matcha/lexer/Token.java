package org.matcha.lexer;

/**
 * One token. Positions follow CPython's AST conventions: lines are 1-based, columns are 0-based
 * UTF-8 byte offsets within the line. {@code startIndex}/{@code endIndex} are char indices into the
 * decoded source text, for error messages that need character columns.
 *
 * <p>{@code text} is the token's exact source text (the raw literal for STRING and NUMBER, the
 * literal piece for FSTRING_MIDDLE before escape decoding; empty for NEWLINE at EOF, INDENT/DEDENT,
 * ENDMARKER).
 */
public record Token(TokenKind kind, String text,
                    int startLine, int startCol, int endLine, int endCol,
                    int startIndex, int endIndex) {

    public boolean is(TokenKind k) { return kind == k; }

    /** True for a NAME token spelled {@code word} (keywords and soft keywords are NAMEs). */
    public boolean isName(String word) { return kind == TokenKind.NAME && text.equals(word); }

    @Override
    public String toString() {
        return kind + " " + text + " " + startLine + ":" + startCol + "-" + endLine + ":" + endCol;
    }
}
