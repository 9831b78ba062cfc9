package org.matcha.parser;

import java.util.ArrayList;
import org.matcha.ast.Node;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.SourceText;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;

/**
 * The token buffer and the bookkeeping every grammar layer shares: lazy token fetching with
 * backtracking by index, positions, nesting limits and error construction.
 * CPython: Parser/pegen.c (token fill, _PyPegen_set_syntax_error).
 */
abstract class ParserBase {
    /**
     * CPython 3.11 Parser/parser.c MAXSTACK; deeper input is "too complex to parse". Levels are
     * counted where CPython's rules recurse (unary operators, not, lambda, brackets), not per rule.
     */
    static final int MAX_DEPTH = 6000;

    protected final Lexer lexer;
    protected final SourceText src;
    protected final WarningSink warnings;
    protected final ArrayList<Token> tokens = new ArrayList<>();
    protected int pos;
    protected int depth;
    /** True on the second pass, where the invalid_* rules run to find a specific message. */
    protected boolean invalidRules;
    /** The minor version of the grammar accepted (ast.parse's feature_version); 3.11 by default. */
    protected int featureVersion = 11;

    ParserBase(Lexer lexer, WarningSink warnings) {
        this.lexer = lexer;
        this.src = lexer.source();
        this.warnings = warnings;
    }

    // ---- tokens ---------------------------------------------------------------------------

    protected final Token tok(int index) {
        while (tokens.size() <= index) {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == TokenKind.ENDMARKER) {
                return tokens.get(tokens.size() - 1);
            }
            tokens.add(lexer.next());
        }
        return tokens.get(index);
    }

    protected final Token peek() {
        return tok(pos);
    }

    protected final Token peek(int ahead) {
        return tok(pos + ahead);
    }

    protected final TokenKind kind() {
        return tok(pos).kind();
    }

    protected final boolean at(TokenKind k) {
        return tok(pos).kind() == k;
    }

    protected final boolean atKeyword(String word) {
        Token t = tok(pos);
        return t.kind() == TokenKind.NAME && t.text().equals(word);
    }

    /** The token just consumed; its end is the end of the node being built. */
    protected final Token last() {
        return tokens.get(pos - 1);
    }

    protected final Token next() {
        Token t = tok(pos);
        pos++;
        return t;
    }

    protected final boolean accept(TokenKind k) {
        if (tok(pos).kind() == k) {
            pos++;
            return true;
        }
        return false;
    }

    protected final boolean acceptKeyword(String word) {
        if (atKeyword(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes a token of kind k or fails the current alternative (returns null to the caller). */
    protected final Token expect(TokenKind k) {
        Token t = tok(pos);
        if (t.kind() == k) {
            pos++;
            return t;
        }
        return null;
    }

    // ---- positions ------------------------------------------------------------------------

    /** Sets n's position from token {@code start} to the last consumed token. */
    protected final <T extends Node> T finish(T n, Token start) {
        Token end = last();
        n.setPosition(start.startLine(), start.startCol(), end.endLine(), end.endCol());
        return n;
    }

    protected final <T extends Node> T span(T n, Node start, Node end) {
        n.setPosition(start.lineno, start.colOffset, end.endLineno, end.endColOffset);
        return n;
    }

    protected final <T extends Node> T spanTokens(T n, Token start, Token end) {
        n.setPosition(start.startLine(), start.startCol(), end.endLine(), end.endCol());
        return n;
    }

    // ---- nesting --------------------------------------------------------------------------

    protected final void enter() {
        if (++depth > MAX_DEPTH || (depth & 15) == 0 && org.matcha.vm.Interpreter.nativeStackLowNow()) {
            throw new ParserStackOverflow();
        }
    }

    protected final void leave() {
        depth--;
    }

    /** Unwinds the whole parse when the input nests deeper than MAX_DEPTH. */
    static final class ParserStackOverflow extends RuntimeException {
        ParserStackOverflow() {
            super(null, null, false, false);
        }
    }

    // ---- errors ---------------------------------------------------------------------------

    /** CPython: CHECK_VERSION — syntax newer than ast.parse's feature_version is an error. */
    protected final void checkVersion(int minor, String what) {
        if (featureVersion < minor) {
            throw errorAtLastFetched(what + " only supported in Python 3." + minor + " and greater");
        }
    }

    protected final PySyntaxError errorAt(Token t, String msg) {
        if (isEndOfInput(t)) {
            return errorAtEnd("SyntaxError", msg);
        }
        return src.error("SyntaxError", msg, t.startLine(), t.startCol(), t.endLine(), t.endCol());
    }

    /** CPython's DEDENT and ENDMARKER tokens at the end of input have no column (col_offset -1). */
    protected final boolean isEndOfInput(Token t) {
        return (t.kind() == TokenKind.DEDENT || t.kind() == TokenKind.ENDMARKER) && t.startIndex() >= src.text().length();
    }

    /**
     * An error raised at such a token (CPython: _PyPegen_raise_error with col_offset -1): on the
     * tokenizer's last line, at the cursor, which is past that line's newline (3.11 adds one when
     * the source lacks it). With {@code atCursor} false it is RAISE_ERROR_KNOWN_LOCATION's offset 0.
     */
    protected final PySyntaxError errorAtEnd(String type, String msg, boolean atCursor) {
        String text = src.text();
        int n = text.length();
        int line = n == 0 ? 1 : src.lineOfIndex(n - 1);
        int start = src.lineStartIndex(line);
        int width = text.codePointCount(start, n) + (n > 0 && text.charAt(n - 1) == '\n' ? 0 : 1);
        String lineText = src.line(line);
        return new PySyntaxError(type, msg, src.filename(), line, atCursor ? width : 0, line, -1,
                lineText.isEmpty() ? null : lineText);
    }

    protected final PySyntaxError errorAtEnd(String type, String msg) {
        return errorAtEnd(type, msg, true);
    }

    /** CPython's RAISE_SYNTAX_ERROR: located at the last token the lexer produced. */
    protected final PySyntaxError errorAtLastFetched(String msg) {
        return errorAt(tokens.get(tokens.size() - 1), msg);
    }

    protected final PySyntaxError errorAt(Node n, String msg) {
        return src.error("SyntaxError", msg, n.lineno, n.colOffset, n.endLineno, n.endColOffset);
    }

    protected final PySyntaxError errorBetween(Token a, Token b, String msg) {
        return src.error("SyntaxError", msg, a.startLine(), a.startCol(), b.endLine(), b.endCol());
    }

    protected final PySyntaxError errorBetween(Node a, Node b, String msg) {
        return src.error("SyntaxError", msg, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    protected final PySyntaxError errorStartingAt(Node a, Token b, String msg) {
        return src.error("SyntaxError", msg, a.lineno, a.colOffset, b.endLine(), b.endCol());
    }

    protected final PySyntaxError indentationError(Token t, String msg) {
        if (isEndOfInput(t)) {
            return errorAtEnd("IndentationError", msg);
        }
        if (t.kind() == TokenKind.DEDENT) {
            // no column either: the tokenizer's cursor is at the new line's first character
            int col = src.byteColToCharCol(t.startLine(), t.startCol());
            return new PySyntaxError("IndentationError", msg, src.filename(), t.startLine(), col, t.startLine(), -1,
                    src.line(t.startLine()));
        }
        return src.error("IndentationError", msg, t.startLine(), t.startCol(), t.endLine(), t.endCol());
    }

    /** True for Python keywords, which can never be names. */
    static boolean isKeyword(String s) {
        switch (s) {
            case "False": case "None": case "True": case "and": case "as": case "assert": case "async":
            case "await": case "break": case "class": case "continue": case "def": case "del": case "elif":
            case "else": case "except": case "finally": case "for": case "from": case "global": case "if":
            case "import": case "in": case "is": case "lambda": case "nonlocal": case "not": case "or":
            case "pass": case "raise": case "return": case "try": case "while": case "with": case "yield":
                return true;
            default:
                return false;
        }
    }

    /** A NAME token that is not a keyword (soft keywords are names). */
    protected final boolean atName() {
        Token t = tok(pos);
        return t.kind() == TokenKind.NAME && !isKeyword(t.text());
    }
}
