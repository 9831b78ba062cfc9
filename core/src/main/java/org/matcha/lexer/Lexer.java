package org.matcha.lexer;

import java.util.ArrayDeque;
import org.matcha.objects.Unicode;
import org.matcha.parser.PySyntaxError;
import org.matcha.parser.WarningSink;

/**
 * The tokenizer, pulled one token at a time by the parser. Produces what CPython 3.11's C
 * tokenizer gives its PEG parser (no NL or COMMENT tokens), except that f-strings come out the
 * PEP 701 way: FSTRING_START, FSTRING_MIDDLE pieces, the replacement fields' own tokens, and
 * FSTRING_END. CPython: Parser/tokenizer.c tok_get.
 */
public final class Lexer {
    private static final int TABSIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;

    private final SourceText src;
    private final String text;
    private final int n;
    private final WarningSink warnings;
    private int i;
    private boolean atLineStart = true;
    /** True once the current logical line has produced a token (so a NEWLINE is due). */
    private boolean lineHasTokens;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;
    private final char[] parens = new char[MAX_PAREN + 1];
    private final int[] parenIndex = new int[MAX_PAREN + 1];
    private int parenDepth;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final FStringStack fstrings = new FStringStack();
    private boolean done;

    private Lexer(String text, String filename, WarningSink warnings) {
        this.src = new SourceText(text, filename);
        this.text = src.text();
        this.n = this.text.length();
        this.warnings = warnings;
    }

    public static Lexer fromBytes(byte[] source, String filename, WarningSink warnings) {
        for (byte b : source) {
            if (b == 0) {
                throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename,
                        0, -1, 0, -1, null);
            }
        }
        return new Lexer(SourceDecoder.decode(source, filename), filename, warnings);
    }

    public static Lexer fromString(String source, String filename, WarningSink warnings) {
        if (source.indexOf('\0') >= 0) {
            throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename,
                    0, -1, 0, -1, null);
        }
        return new Lexer(source, filename, warnings);
    }

    public SourceText source() {
        return src;
    }

    // ---- token construction -----------------------------------------------------------------

    private Token token(TokenKind kind, int start, int end) {
        int line = src.lineOfIndex(start);
        int startCol = src.byteCol(line, start);
        int endLine;
        int endCol;
        if (end > start && text.charAt(end - 1) == '\n') {
            endLine = src.lineOfIndex(end - 1);
            endCol = src.byteCol(endLine, end - 1) + 1;
        } else {
            endLine = end == start ? line : src.lineOfIndex(end);
            endCol = src.byteCol(endLine, end);
        }
        return new Token(kind, text.substring(start, end), line, startCol, endLine, endCol, start, end);
    }

    private PySyntaxError errorAtIndex(String msg, int start, int end) {
        int line = src.lineOfIndex(start);
        int endLine = src.lineOfIndex(Math.max(start, end - 1));
        return src.error("SyntaxError", msg, line, src.byteCol(line, start), endLine, src.byteCol(endLine, end));
    }

    /** An error whose offset and end offset are both given as char indices (CPython's cursor errors). */
    private PySyntaxError errorAtCursor(String msg, int start, int end) {
        int line = src.lineOfIndex(start);
        return src.error("SyntaxError", msg, line, src.byteCol(line, start), line, src.byteCol(line, end));
    }

    // ---- main loop ---------------------------------------------------------------------------

    public Token next() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (done) {
            return token(TokenKind.ENDMARKER, n, n);
        }
        FStringStack.Frame frame = fstrings.top();
        if (frame != null && frame.mode != FStringStack.EXPR) {
            return fstringLiteral(frame);
        }
        if (atLineStart && parenDepth == 0 && frame == null) {
            Token t = indentation();
            if (t != null) {
                return t;
            }
        }
        while (true) {
            skipSpacesAndComments(frame);
            if (i >= n) {
                return endOfInput(frame);
            }
            char c = text.charAt(i);
            if (c == '\n') {
                if (frame != null) {
                    if (!frame.triple) {
                        throw unterminatedFString(frame);
                    }
                    i++;
                    continue;
                }
                if (parenDepth > 0) {
                    i++;
                    continue;
                }
                Token t = token(TokenKind.NEWLINE, i, i + 1);
                i++;
                atLineStart = true;
                lineHasTokens = false;
                return t;
            }
            lineHasTokens = true;
            return scanToken(c, frame);
        }
    }

    private void skipSpacesAndComments(FStringStack.Frame frame) {
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '#') {
                if (frame != null) {
                    throw errorAtIndex("f-string expression part cannot include '#'", frame.start, frame.start);
                }
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\\') {
                if (frame != null) {
                    throw fstringError(frame, "f-string expression part cannot include a backslash");
                }
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i += 2;
                    if (i >= n) {
                        throw errorAtCursor("unexpected EOF while parsing", n - 1, n - 1);
                    }
                } else if (i + 1 >= n) {
                    throw errorAtCursor("unexpected EOF while parsing", i, i);
                } else {
                    throw errorAtCursor("unexpected character after line continuation character", i + 1, i + 1);
                }
            } else {
                return;
            }
        }
    }

    private Token endOfInput(FStringStack.Frame frame) {
        if (frame != null) {
            throw unterminatedFString(frame);
        }
        if (parenDepth > 0) {
            int at = parenIndex[parenDepth - 1];
            int line = src.lineOfIndex(at);
            int offset = src.byteColToCharCol(line, src.byteCol(line, at)) + 1;
            throw new UnclosedBracketError("'" + parens[parenDepth - 1] + "' was never closed",
                    src.filename(), line, offset, src.line(line));
        }
        done = true;
        int endLine = src.lineOfIndex(n) + (n > 0 && text.charAt(n - 1) == '\n' ? 1 : 0);
        if (n == 0) {
            endLine = 1;
        }
        if (lineHasTokens) {
            // implicit NEWLINE at end of input without a trailing newline
            int line = src.lineOfIndex(n);
            int col = src.byteCol(line, n);
            pending.add(new Token(TokenKind.NEWLINE, "", line, col, line, col + 1, n, n));
            endLine = line + 1;
            lineHasTokens = false;
        }
        while (indentDepth > 0) {
            indentDepth--;
            pending.add(new Token(TokenKind.DEDENT, "", endLine, 0, endLine, 0, n, n));
        }
        pending.add(new Token(TokenKind.ENDMARKER, "", endLine, 0, endLine, 0, n, n));
        return pending.poll();
    }

    // ---- indentation -------------------------------------------------------------------------

    /** At the start of a logical line: INDENT/DEDENT tokens, or null when none are due. */
    private Token indentation() {
        while (true) {
            int col = 0;
            int altcol = 0;
            int lineStart = i;
            // CPython: tok_get; the first backslash continuation inside the indentation fixes its level
            int contCol = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    contCol = contCol != 0 ? contCol : col;
                    i += 2;
                    continue;
                }
                if (c == ' ') {
                    col++;
                    altcol++;
                } else if (c == '\t') {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol++;
                } else if (c == '\f') {
                    col = 0;
                    altcol = 0;
                } else {
                    break;
                }
                i++;
            }
            if (i >= n) {
                atLineStart = false;
                return null;
            }
            char c = text.charAt(i);
            if (c == '#' || c == '\n') {
                // blank or comment-only line: no indentation processing, no NEWLINE
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                if (i < n) {
                    i++;
                    continue;
                }
                atLineStart = false;
                return null;
            }
            if (c == '\\') {
                atLineStart = false;
                return null;
            }
            if (contCol != 0) {
                col = contCol;
                altcol = contCol;
            }
            atLineStart = false;
            int line = src.lineOfIndex(i);
            int width = src.byteCol(line, i);
            int top = indents[indentDepth];
            if (col == top) {
                if (altcol != altIndents[indentDepth]) {
                    throw tabError(line, i);
                }
                return null;
            }
            if (col > top) {
                if (indentDepth + 1 >= MAX_INDENT) {
                    throw src.error("IndentationError", "too many levels of indentation", line, 0, line, width);
                }
                if (altcol <= altIndents[indentDepth]) {
                    throw tabError(line, i);
                }
                indentDepth++;
                indents[indentDepth] = col;
                altIndents[indentDepth] = altcol;
                return new Token(TokenKind.INDENT, text.substring(lineStart, i), line, 0, line, width, lineStart, i);
            }
            while (indentDepth > 0 && col < indents[indentDepth]) {
                indentDepth--;
                pending.add(new Token(TokenKind.DEDENT, "", line, width, line, width, i, i));
            }
            if (col != indents[indentDepth]) {
                int lineEnd = text.indexOf('\n', i);
                int end = lineEnd < 0 ? n : lineEnd;
                throw new PySyntaxError("IndentationError", "unindent does not match any outer indentation level",
                        src.filename(), line, src.byteColToCharCol(line, src.byteCol(line, end)) + 1, line, -1,
                        src.line(line));
            }
            if (altcol != altIndents[indentDepth]) {
                throw tabError(line, i);
            }
            return pending.poll();
        }
    }

    private PySyntaxError tabError(int line, int at) {
        // CPython reports the tokenizer's E_TABSPACE without a column
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                src.filename(), line, 1, line, -1, src.line(line));
    }

    // ---- tokens ------------------------------------------------------------------------------

    private Token scanToken(char c, FStringStack.Frame frame) {
        int start = i;
        if (isAsciiIdentifierStart(c) || c >= 0x80) {
            return nameOrString(start, frame);
        }
        if (c >= '0' && c <= '9') {
            return NumberScanner.scan(this, start);
        }
        if (c == '.' && i + 1 < n && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
            return NumberScanner.scan(this, start);
        }
        if (c == '"' || c == '\'') {
            return string(start, start, frame);
        }
        return operator(start, c, frame);
    }

    static boolean isAsciiIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isAsciiIdentifierPart(char c) {
        return isAsciiIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private Token nameOrString(int start, FStringStack.Frame frame) {
        boolean ascii = true;
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiIdentifierPart(c)) {
                i++;
            } else if (c >= 0x80) {
                int cp = text.codePointAt(i);
                boolean ok = i == start ? Identifiers.isStart(cp) : Identifiers.isContinue(cp);
                if (!ok) {
                    if (i == start) {
                        throw invalidCharacter(i, cp);
                    }
                    break;
                }
                ascii = false;
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        if (i < n && (text.charAt(i) == '"' || text.charAt(i) == '\'') && i - start <= 2 && isStringPrefix(start, i)) {
            return string(start, i, frame);
        }
        if (!ascii && i < n) {
            int cp = text.codePointAt(i);
            if (cp >= 0x80 && !Identifiers.isContinue(cp)) {
                throw invalidCharacter(i, cp);
            }
        }
        Token t = token(TokenKind.NAME, start, i);
        if (!ascii) {
            t = new Token(TokenKind.NAME, Identifiers.normalize(t.text()), t.startLine(), t.startCol(),
                    t.endLine(), t.endCol(), t.startIndex(), t.endIndex());
        }
        return t;
    }

    private PySyntaxError invalidCharacter(int at, int cp) {
        String hex = Integer.toHexString(cp).toUpperCase();
        while (hex.length() < 4) {
            hex = "0" + hex;
        }
        boolean printable = Unicode.isPrintable(cp);
        String msg = printable
                ? "invalid character '" + new StringBuilder().appendCodePoint(cp) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        // CPython: tokenizer.c verify_identifier / the invalid-character error has end_offset == offset
        return errorAtIndex(msg, at, at);
    }

    private boolean isStringPrefix(int start, int end) {
        boolean r = false;
        boolean b = false;
        boolean u = false;
        boolean f = false;
        for (int k = start; k < end; k++) {
            switch (text.charAt(k)) {
                case 'r': case 'R':
                    if (r) {
                        return false;
                    }
                    r = true;
                    break;
                case 'b': case 'B':
                    if (b) {
                        return false;
                    }
                    b = true;
                    break;
                case 'u': case 'U':
                    if (u) {
                        return false;
                    }
                    u = true;
                    break;
                case 'f': case 'F':
                    if (f) {
                        return false;
                    }
                    f = true;
                    break;
                default:
                    return false;
            }
        }
        if (u && (r || b || f || end - start > 1)) {
            return false;
        }
        return !(b && f);
    }

    /** A string literal whose prefix starts at {@code start} and whose quote is at {@code quoteAt}. */
    private Token string(int start, int quoteAt, FStringStack.Frame frame) {
        boolean isF = false;
        boolean raw = false;
        for (int k = start; k < quoteAt; k++) {
            char p = Character.toLowerCase(text.charAt(k));
            isF |= p == 'f';
            raw |= p == 'r';
        }
        char quote = text.charAt(quoteAt);
        boolean triple = quoteAt + 2 < n && text.charAt(quoteAt + 1) == quote && text.charAt(quoteAt + 2) == quote;
        if (frame != null) {
            fstrings.checkNestedQuote(this, quote, triple, start);
        }
        int bodyStart = quoteAt + (triple ? 3 : 1);
        if (isF) {
            i = bodyStart;
            fstrings.push(quote, triple, raw, start, parenDepth);
            return token(TokenKind.FSTRING_START, start, bodyStart);
        }
        int k = bodyStart;
        while (true) {
            if (k >= n) {
                throw unterminatedIn(frame, start, triple);
            }
            char c = text.charAt(k);
            if (c == '\\') {
                if (frame != null) {
                    // 3.11 fstring_find_expr: nowhere inside an expression is a backslash allowed
                    throw fstringError(frame, "f-string expression part cannot include a backslash");
                }
                k += 2;
                continue;
            }
            if (c == '\n' && !triple) {
                throw unterminatedIn(frame, start, false);
            }
            if (c == quote && (!triple || (k + 2 < n && text.charAt(k + 1) == quote && text.charAt(k + 2) == quote))) {
                k += triple ? 3 : 1;
                break;
            }
            k++;
        }
        i = k;
        return token(TokenKind.STRING, start, k);
    }

    private PySyntaxError unterminated(int start, boolean triple) {
        int detected = triple ? src.lineOfIndex(Math.max(0, n - 1)) : src.lineOfIndex(start);
        if (triple && n > 0 && text.charAt(n - 1) == '\n') {
            detected = src.lineOfIndex(n - 1);
        }
        String msg = triple ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                : "unterminated string literal (detected at line " + detected + ")";
        return errorAtCursor(msg, start, start);
    }

    /** A string in an f-string's expression: 3.11 scans the expression for quotes itself (fstring_find_expr). */
    private PySyntaxError unterminatedIn(FStringStack.Frame frame, int start, boolean triple) {
        return frame != null ? fstringError(frame, "f-string: unterminated string") : unterminated(start, triple);
    }

    PySyntaxError unterminatedFString(FStringStack.Frame frame) {
        return unterminated(frame.start, frame.triple);
    }

    PySyntaxError fstringError(FStringStack.Frame frame, String msg) {
        return errorAtCursor(msg, frame.start, frame.start);
    }

    /** Literal text of the innermost f-string (or its format spec), or its delimiters. */
    private Token fstringLiteral(FStringStack.Frame frame) {
        int start = i;
        while (true) {
            if (i >= n) {
                throw unterminatedFString(frame);
            }
            char c = text.charAt(i);
            if (c == frame.quote && (!frame.triple
                    || (i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c))) {
                if (frame.mode == FStringStack.SPEC) {
                    throw errorAtCursor("f-string: expecting '}'", frame.start, frame.start);
                }
                break;
            }
            if (c == '\n' && !frame.triple) {
                throw unterminatedFString(frame);
            }
            if (c == '\\') {
                if (fstrings.depth() > 1) {
                    // an f-string nested in another's expression: 3.11 sees a backslash in that expression
                    throw fstringError(frame, "f-string expression part cannot include a backslash");
                }
                char next = i + 1 < n ? text.charAt(i + 1) : '\0';
                if (!frame.raw && next == 'N' && i + 2 < n && text.charAt(i + 2) == '{') {
                    int close = text.indexOf('}', i);
                    i = close < 0 ? n : close + 1;
                } else if (next == '{' || next == '}') {
                    i++; // the brace still opens or closes a field (3.11 warns about '\{')
                } else {
                    i += 2;
                }
                continue;
            }
            if (c == '{') {
                if (frame.mode == FStringStack.LITERAL && i + 1 < n && text.charAt(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '}') {
                if (frame.mode == FStringStack.LITERAL) {
                    if (i + 1 < n && text.charAt(i + 1) == '}') {
                        i += 2;
                        continue;
                    }
                    throw errorAtCursor("f-string: single '}' is not allowed", frame.start, frame.start);
                }
                break;
            }
            i++;
        }
        if (i > start) {
            return token(TokenKind.FSTRING_MIDDLE, start, i);
        }
        char c = text.charAt(i);
        if (c == '{') {
            i++;
            fstrings.openField(parenDepth);
            return token(TokenKind.LBRACE, start, i);
        }
        if (c == '}') {
            i++;
            fstrings.closeField();
            return token(TokenKind.RBRACE, start, i);
        }
        i += frame.triple ? 3 : 1;
        fstrings.pop();
        return token(TokenKind.FSTRING_END, start, i);
    }

    private Token operator(int start, char c, FStringStack.Frame frame) {
        char c1 = i + 1 < n ? text.charAt(i + 1) : '\0';
        char c2 = i + 2 < n ? text.charAt(i + 2) : '\0';
        TokenKind kind;
        int len = 1;
        switch (c) {
            case '(': case '[': case '{':
                if (parenDepth >= MAX_PAREN) {
                    throw errorAtCursor("too many nested parentheses", i, i + 1);
                }
                parens[parenDepth] = c;
                parenIndex[parenDepth] = i;
                parenDepth++;
                kind = c == '(' ? TokenKind.LPAR : c == '[' ? TokenKind.LSQB : TokenKind.LBRACE;
                break;
            case ')': case ']': case '}': {
                if (frame != null && c == '}' && parenDepth == frame.fieldParenBase) {
                    i++;
                    fstrings.closeField();
                    return token(TokenKind.RBRACE, start, i);
                }
                if (parenDepth == 0 || (frame != null && parenDepth == frame.fieldParenBase)) {
                    if (frame != null) {
                        throw errorAtCursor("f-string: unmatched '" + c + "'", frame.start, frame.start);
                    }
                    throw errorAtCursor("unmatched '" + c + "'", i, i);
                }
                char open = parens[parenDepth - 1];
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != expected) {
                    int openAt = parenIndex[parenDepth - 1];
                    int openLine = src.lineOfIndex(openAt);
                    // inside an f-string's expression 3.11's sub-parser prefixes "f-string: "
                    String msg = (frame != null ? "f-string: " : "") + "closing parenthesis '" + c
                            + "' does not match opening parenthesis '" + open + "'";
                    if (openLine != src.lineOfIndex(i)) {
                        msg += " on line " + openLine;
                    }
                    throw errorAtCursor(msg, i, i);
                }
                parenDepth--;
                kind = c == ')' ? TokenKind.RPAR : c == ']' ? TokenKind.RSQB : TokenKind.RBRACE;
                break;
            }
            case ':':
                if (frame != null && parenDepth == frame.fieldParenBase) {
                    i++;
                    fstrings.startSpec();
                    return token(TokenKind.COLON, start, i);
                }
                if (c1 == '=') {
                    kind = TokenKind.COLONEQUAL;
                    len = 2;
                } else {
                    kind = TokenKind.COLON;
                }
                break;
            case '!':
                if (c1 == '=') {
                    kind = TokenKind.NOTEQUAL;
                    len = 2;
                } else if (frame != null) {
                    kind = TokenKind.EXCLAMATION;
                } else {
                    throw errorAtCursor("invalid syntax", i, i + 1);
                }
                break;
            case ',': kind = TokenKind.COMMA; break;
            case ';': kind = TokenKind.SEMI; break;
            case '~': kind = TokenKind.TILDE; break;
            case '.':
                if (c1 == '.' && c2 == '.') {
                    kind = TokenKind.ELLIPSIS;
                    len = 3;
                } else {
                    kind = TokenKind.DOT;
                }
                break;
            case '+': kind = c1 == '=' ? TokenKind.PLUSEQUAL : TokenKind.PLUS; len = c1 == '=' ? 2 : 1; break;
            case '%': kind = c1 == '=' ? TokenKind.PERCENTEQUAL : TokenKind.PERCENT; len = c1 == '=' ? 2 : 1; break;
            case '&': kind = c1 == '=' ? TokenKind.AMPEREQUAL : TokenKind.AMPER; len = c1 == '=' ? 2 : 1; break;
            case '|': kind = c1 == '=' ? TokenKind.VBAREQUAL : TokenKind.VBAR; len = c1 == '=' ? 2 : 1; break;
            case '^': kind = c1 == '=' ? TokenKind.CIRCUMFLEXEQUAL : TokenKind.CIRCUMFLEX; len = c1 == '=' ? 2 : 1; break;
            case '@': kind = c1 == '=' ? TokenKind.ATEQUAL : TokenKind.AT; len = c1 == '=' ? 2 : 1; break;
            case '=': kind = c1 == '=' ? TokenKind.EQEQUAL : TokenKind.EQUAL; len = c1 == '=' ? 2 : 1; break;
            case '-':
                if (c1 == '=') {
                    kind = TokenKind.MINEQUAL;
                    len = 2;
                } else if (c1 == '>') {
                    kind = TokenKind.RARROW;
                    len = 2;
                } else {
                    kind = TokenKind.MINUS;
                }
                break;
            case '*':
                if (c1 == '*') {
                    kind = c2 == '=' ? TokenKind.DOUBLESTAREQUAL : TokenKind.DOUBLESTAR;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    kind = c1 == '=' ? TokenKind.STAREQUAL : TokenKind.STAR;
                    len = c1 == '=' ? 2 : 1;
                }
                break;
            case '/':
                if (c1 == '/') {
                    kind = c2 == '=' ? TokenKind.DOUBLESLASHEQUAL : TokenKind.DOUBLESLASH;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    kind = c1 == '=' ? TokenKind.SLASHEQUAL : TokenKind.SLASH;
                    len = c1 == '=' ? 2 : 1;
                }
                break;
            case '<':
                if (c1 == '<') {
                    kind = c2 == '=' ? TokenKind.LEFTSHIFTEQUAL : TokenKind.LEFTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else if (c1 == '=') {
                    kind = TokenKind.LESSEQUAL;
                    len = 2;
                } else if (c1 == '>') {
                    kind = TokenKind.NOTEQUAL; // '<>' only under barry_as_FLUFL; the parser rejects it
                    len = 2;
                } else {
                    kind = TokenKind.LESS;
                }
                break;
            case '>':
                if (c1 == '>') {
                    kind = c2 == '=' ? TokenKind.RIGHTSHIFTEQUAL : TokenKind.RIGHTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else if (c1 == '=') {
                    kind = TokenKind.GREATEREQUAL;
                    len = 2;
                } else {
                    kind = TokenKind.GREATER;
                }
                break;
            default:
                if (!Unicode.isPrintable(c)) {
                    throw invalidCharacter(i, c); // CPython 3.11 tok_get: checked before one-char operators
                }
                throw errorAtCursor("invalid syntax", i, i + 1);
        }
        i += len;
        return token(kind, start, i);
    }

    // ---- where errors in a run of string literals are reported ------------------------------------

    /**
     * CPython 3.11 decodes strings and scans f-strings (Parser/string_parser.c) after the parser
     * has fetched the token that follows the run of STRING tokens, and RAISE_SYNTAX_ERROR points at
     * that last fetched token. This returns the char index where it starts, with the run tokenized
     * 3.11's way (an f-string is one STRING token that ends at its first matching quote): a NEWLINE
     * starts at its '\n', and end of input gives the source length.
     */
    public int indexAfterStringRun(int runStart) {
        boolean inBrackets = parenDepthBefore(runStart) > 0;
        int k = runStart;
        while (true) {
            int quoteAt = k;
            while (quoteAt < n && text.charAt(quoteAt) != '"' && text.charAt(quoteAt) != '\'') {
                quoteAt++;
            }
            k = skipBlanks(endOfPlainString(quoteAt), inBrackets);
            if (k >= n || !startsString(k)) {
                return k;
            }
        }
    }

    /** The lexer's bracket depth where a token starting at {@code index} is produced (re-lexes the prefix). */
    private int parenDepthBefore(int index) {
        Lexer probe = new Lexer(text, src.filename(), WarningSink.IGNORE);
        try {
            while (true) {
                Token t = probe.next();
                if (t.startIndex() >= index || t.kind() == TokenKind.ENDMARKER) {
                    return probe.parenDepth;
                }
            }
        } catch (PySyntaxError e) {
            return 0;
        }
    }

    /** CPython 3.11 tokenizer.c: a string's end, any prefix letters already skipped; escapes skip a char. */
    private int endOfPlainString(int quoteAt) {
        if (quoteAt >= n) {
            return n;
        }
        char quote = text.charAt(quoteAt);
        boolean triple = quoteAt + 2 < n && text.charAt(quoteAt + 1) == quote && text.charAt(quoteAt + 2) == quote;
        int k = quoteAt + (triple ? 3 : 1);
        while (k < n) {
            char c = text.charAt(k);
            if (c == '\\') {
                k += 2;
            } else if (c == '\n' && !triple) {
                return k;
            } else if (c == quote && (!triple || (k + 2 < n && text.charAt(k + 1) == quote && text.charAt(k + 2) == quote))) {
                return k + (triple ? 3 : 1);
            } else {
                k++;
            }
        }
        return n;
    }

    /** Skips what produces no token: blanks, comments, continuations, and newlines inside brackets. */
    private int skipBlanks(int k, boolean inBrackets) {
        while (k < n) {
            char c = text.charAt(k);
            if (c == ' ' || c == '\t' || c == '\f' || (c == '\n' && inBrackets)) {
                k++;
            } else if (c == '#') {
                while (k < n && text.charAt(k) != '\n') {
                    k++;
                }
            } else if (c == '\\' && k + 1 < n && text.charAt(k + 1) == '\n') {
                k += 2;
            } else {
                return k;
            }
        }
        return k;
    }

    private boolean startsString(int k) {
        int quoteAt = k;
        while (quoteAt < n && quoteAt - k <= 2 && isAsciiIdentifierStart(text.charAt(quoteAt))) {
            quoteAt++;
        }
        return quoteAt < n && (text.charAt(quoteAt) == '"' || text.charAt(quoteAt) == '\'')
                && quoteAt - k <= 2 && isStringPrefix(k, quoteAt);
    }

    // ---- access for NumberScanner and FStringStack --------------------------------------------

    String text() {
        return text;
    }

    int length() {
        return n;
    }

    void setIndex(int index) {
        i = index;
    }

    Token makeToken(TokenKind kind, int start, int end) {
        return token(kind, start, end);
    }

    PySyntaxError cursorError(String msg, int start, int end) {
        return errorAtCursor(msg, start, end);
    }

    /** The innermost open bracket when more than {@code base} are open, else 0. */
    char openBracketAbove(int base) {
        return parenDepth > base ? parens[parenDepth - 1] : 0;
    }

    WarningSink warnings() {
        return warnings;
    }
}
