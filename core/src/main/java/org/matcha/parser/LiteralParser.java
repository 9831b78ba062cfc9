package org.matcha.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import org.matcha.ast.*;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.LiteralText;
import org.matcha.lexer.StringLiterals;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;
import org.matcha.objects.FloatRepr;

/**
 * Number literals and the {@code strings} rule: implicit concatenation and f-strings.
 * The lexer gives PEP 701 f-string tokens; this layer builds CPython 3.11's nodes from them,
 * with 3.11's positions. CPython 3.11: Parser/string_parser.c (_PyPegen_concatenate_strings,
 * fstring_find_expr, fstring_find_expr_location, fstring_compile_expr).
 */
abstract class LiteralParser extends ParserBase {

    LiteralParser(Lexer lexer, WarningSink warnings) {
        super(lexer, warnings);
    }

    protected abstract AstExpr yieldExpr();

    protected abstract AstExpr starExpression();

    /** star_expression parsed with the invalid_* rules on, as if inside parentheses. */
    protected abstract AstExpr starExpressionInvalidPass();

    protected abstract ArrayList<Comprehension> forIfClauses();

    // ---- numbers --------------------------------------------------------------------------

    /** The value of a NUMBER token: Long or BigInteger, Double, or an imaginary literal. */
    protected final Object numberValue(Token t) {
        String s = t.text();
        if (s.indexOf('_') >= 0) {
            s = s.replace("_", "");
        }
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new AstConstant.Imaginary(FloatRepr.parse(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (radix != 0) {
                return smallest(new BigInteger(s.substring(2), radix));
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return FloatRepr.parse(s);
            }
        }
        if (s.length() < 19) {
            return Long.parseLong(s);
        }
        return smallest(new BigInteger(s));
    }

    private static Object smallest(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    // ---- strings --------------------------------------------------------------------------

    /** Pieces of a JoinedStr being built; the literal text is merged as CPython merges it. */
    private static final class FStringBuilder {
        final ArrayList<AstExpr> values = new ArrayList<>();
        final LiteralText literal = new LiteralText();

        void flush(ArrayList<Node> positioned) {
            if (literal.length() > 0) {
                Constant c = new Constant(literal.value(), null, 0, 0, 0, 0);
                values.add(c);
                positioned.add(c);
                literal.clear();
            }
        }
    }

    /** Strings being decoded, counting those nested in f-string replacement fields. */
    private int stringNesting;

    /**
     * An error from compiling a replacement field's expression: 3.11 parses the text as "(" + text +
     * ")" with a parser of its own (fstring_compile_expr), so it is already placed in that text.
     */
    private static final class FStringExpressionError extends PySyntaxError {
        FStringExpressionError(String msg, String filename, int lineno, int offset, int endOffset, String text) {
            super("SyntaxError", "f-string: " + msg, filename, lineno, offset, lineno, endOffset, text);
        }
    }

    // strings: (STRING | fstring)+
    protected final AstExpr strings() {
        Token first = peek();
        stringNesting++;
        try {
            return concatenateStrings(first);
        } catch (FStringExpressionError e) {
            throw e;
        } catch (PySyntaxError e) {
            if (stringNesting > 1 || !isStringScanError(e)) {
                throw e;
            }
            // CPython 3.11: RAISE_SYNTAX_ERROR in string_parser.c points at the token after the run
            int at = lexer.indexAfterStringRun(first.startIndex());
            int line = src.lineOfIndex(at);
            int col = src.byteCol(line, at);
            throw src.error("SyntaxError", e.msg, line, col, line, at < src.text().length() ? col + 1 : col);
        } finally {
            stringNesting--;
        }
    }

    /** Errors string_parser.c raises while decoding literals or scanning f-strings (not tokenizer errors). */
    private static boolean isStringScanError(PySyntaxError e) {
        return e.msg.startsWith("f-string") || e.msg.startsWith("(unicode error)") || e.msg.startsWith("(value error)");
    }

    /** CPython 3.11: _PyPegen_concatenate_strings. */
    private AstExpr concatenateStrings(Token first) {
        boolean anyBytes = false;
        boolean anyText = false;
        boolean anyFString = false;
        ByteArrayOutputStream bytes = null;
        FStringBuilder text = new FStringBuilder();
        ArrayList<Node> positioned = new ArrayList<>(); // nodes that take the whole span
        while (true) {
            Token t = peek();
            if (t.kind() == TokenKind.STRING) {
                next();
                Object value = StringLiterals.decode(t, src, warnings);
                if (value instanceof byte[] b) {
                    anyBytes = true;
                    if (bytes == null) {
                        bytes = new ByteArrayOutputStream();
                    }
                    bytes.write(b, 0, b.length);
                } else {
                    anyText = true;
                    text.literal.append(value);
                }
            } else if (t.kind() == TokenKind.FSTRING_START) {
                next();
                anyText = true;
                anyFString = true;
                fstring(t, text, positioned);
            } else {
                break;
            }
        }
        Token end = last();
        if (anyBytes && anyText) {
            throw errorAtLastFetched("cannot mix bytes and nonbytes literals");
        }
        AstExpr result;
        if (anyBytes) {
            result = new Constant(bytes.toByteArray(), null, 0, 0, 0, 0);
        } else if (!anyFString) {
            char p = first.text().charAt(0);
            result = new Constant(text.literal.value(), p == 'u' || p == 'U' ? "u" : null, 0, 0, 0, 0);
        } else {
            text.flush(positioned);
            result = new JoinedStr(text.values, 0, 0, 0, 0);
        }
        spanTokens(result, first, end);
        for (Node n : positioned) {
            spanTokens(n, first, end);
        }
        return result;
    }

    private static boolean isRawPrefix(String startText) {
        for (int i = 0; i < startText.length(); i++) {
            char c = startText.charAt(i);
            if (c == 'r' || c == 'R') {
                return true;
            }
            if (c == '\'' || c == '"') {
                return false;
            }
        }
        return false;
    }

    /** One f-string, from after FSTRING_START through FSTRING_END, appended to {@code out}. */
    private void fstring(Token start, FStringBuilder out, ArrayList<Node> positioned) {
        boolean raw = isRawPrefix(start.text());
        ArrayList<Node> ownSpan = new ArrayList<>(); // format-spec nodes take this f-string's span
        while (true) {
            Token t = next();
            switch (t.kind()) {
                case FSTRING_MIDDLE:
                    out.literal.append(StringLiterals.decodeFStringMiddle(t, raw, src, warnings));
                    break;
                case LBRACE:
                    replacementField(start, t, raw, out, positioned, ownSpan, 0);
                    break;
                case FSTRING_END:
                    for (Node n : ownSpan) {
                        spanTokens(n, start, t);
                    }
                    return;
                default:
                    throw errorAt(t, "f-string: expecting '}'");
            }
        }
    }

    /**
     * A replacement field after its '{'. 3.11 compiles the expression text as "(" + text + ")"
     * (fstring_compile_expr), so an unparenthesized tuple or generator spans from the '{' to the
     * token that ends the expression, and positions follow fstring_find_expr_location.
     */
    private void replacementField(Token fstringStart, Token brace, boolean raw, FStringBuilder out,
                                  ArrayList<Node> positioned, ArrayList<Node> ownSpan, int nesting) {
        if (nesting >= 2) {
            throw errorAt(brace, "f-string: expressions nested too deeply");
        }
        // CPython 3.11: fstring_find_expr
        if (at(TokenKind.RBRACE)) {
            throw errorAt(peek(), "f-string: empty expression not allowed");
        }
        if (at(TokenKind.EQUAL) || at(TokenKind.EXCLAMATION) || at(TokenKind.COLON)) {
            throw errorAt(peek(), "f-string: expression required before '" + peek().text() + "'");
        }
        if (at(TokenKind.DOUBLESTAR)) {
            throw fieldError(peek(), brace, "cannot use double starred expression here");
        }
        Token firstExprToken = peek();
        int exprStart = pos;
        if (atKeyword("lambda")) {
            // 3.11 ends the expression text at the lambda's ':' and compiles "(lambda ...)"
            while (!endsExpression(kind()) && !at(TokenKind.FSTRING_END) && !at(TokenKind.ENDMARKER)) {
                next();
            }
            throw fieldError(peek(), brace, "invalid syntax");
        }
        AstExpr value;
        if (atKeyword("yield")) {
            value = yieldExpr();
        } else {
            AstExpr first = starExpression();
            if (first != null && at(TokenKind.COMMA)) {
                ArrayList<AstExpr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(TokenKind.COMMA)) {
                    if (endsExpression(kind())) {
                        break;
                    }
                    AstExpr e = starExpression();
                    if (e == null) {
                        throw fieldSyntaxError(brace, exprStart);
                    }
                    elts.add(e);
                }
                value = wrapperSpan(new Tuple(elts, Load.INSTANCE, 0, 0, 0, 0), fstringStart, brace, firstExprToken);
            } else if (first != null && (atKeyword("for") || (atKeyword("async") && peek(1).isName("for")))) {
                ArrayList<Comprehension> gens = forIfClauses();
                if (gens == null) {
                    throw fieldSyntaxError(brace, exprStart);
                }
                value = wrapperSpan(new GeneratorExp(first, gens, 0, 0, 0, 0), fstringStart, brace, firstExprToken);
            } else {
                if (first instanceof Starred) {
                    // the expression is compiled parenthesized: "(*a)"
                    throw fieldError(firstExprToken, brace, "cannot use starred expression here");
                }
                value = first;
            }
        }
        if (value == null || !endsExpression(kind())) {
            Token bad = peek();
            if (bad.kind() == TokenKind.FSTRING_END || bad.kind() == TokenKind.FSTRING_MIDDLE) {
                throw errorAt(bad, "f-string: expecting '}'");
            }
            throw fieldSyntaxError(brace, exprStart);
        }
        String debugText = null;
        if (accept(TokenKind.EQUAL)) {
            if (featureVersion < 8) {
                throw errorAtLastFetched("f-string: self documenting expressions are only supported in Python 3.8 and greater");
            }
            int from = brace.endIndex();
            int to = peek().startIndex();
            debugText = src.text().substring(from, to);
        }
        int conversion = -1;
        if (accept(TokenKind.EXCLAMATION)) {
            Token excl = last();
            Token conv = peek();
            // the conversion character follows '!' directly, and ':' or '}' follows it directly
            if (conv.kind() != TokenKind.NAME || conv.startIndex() != excl.endIndex()) {
                throw errorAt(conv, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            next();
            String c = conv.text();
            char c0 = c.charAt(0);
            if (c0 != 's' && c0 != 'r' && c0 != 'a') {
                throw errorAt(conv, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            if (c.length() > 1) {
                // 3.11 reads one conversion character; ':' or '}' must follow it
                throw errorAt(conv, "f-string: expecting '}'");
            }
            conversion = c.charAt(0);
            if (peek().startIndex() != conv.endIndex()) {
                throw errorAt(peek(), "f-string: expecting '}'");
            }
        }
        JoinedStr formatSpec = null;
        if (accept(TokenKind.COLON)) {
            FStringBuilder spec = new FStringBuilder();
            while (!at(TokenKind.RBRACE)) {
                Token t = next();
                if (t.kind() == TokenKind.FSTRING_MIDDLE) {
                    spec.literal.append(StringLiterals.decodeFStringMiddle(t, raw, src, warnings));
                } else if (t.kind() == TokenKind.LBRACE) {
                    replacementField(fstringStart, t, raw, spec, ownSpan, ownSpan, nesting + 1);
                } else {
                    throw errorAt(t, "f-string: expecting '}'");
                }
            }
            spec.flush(ownSpan);
            formatSpec = new JoinedStr(spec.values, 0, 0, 0, 0);
            ownSpan.add(formatSpec);
        }
        if (!accept(TokenKind.RBRACE)) {
            throw errorAt(peek(), "f-string: expecting '}'");
        }
        if (debugText != null) {
            out.literal.append(debugText);
            if (conversion == -1 && formatSpec == null) {
                conversion = 'r';
            }
        }
        out.flush(positioned);
        FormattedValue fv = new FormattedValue(value, conversion, formatSpec, 0, 0, 0, 0);
        out.values.add(fv);
        positioned.add(fv);
    }

    /**
     * 3.11's parser of "(" + text + ")" failed on a replacement field: its second pass with the
     * invalid_* rules (inside the parentheses) names the error, else it is "invalid syntax" at the
     * furthest token fetched. CPython 3.11: fstring_compile_expr, _PyPegen_run_parser.
     */
    private PySyntaxError fieldSyntaxError(Token brace, int exprStart) {
        int last = tokens.size() - 1;
        while (last > exprStart && (tokens.get(last).kind() == TokenKind.FSTRING_MIDDLE
                || tokens.get(last).kind() == TokenKind.FSTRING_END)) {
            last--;
        }
        Token furthest = tokens.get(last);
        pos = exprStart;
        try {
            starExpressionInvalidPass();
        } catch (FStringExpressionError e) {
            return e;
        } catch (PySyntaxError e) {
            if (e.msg.startsWith("f-string") || e.lineno < 1) {
                return e;
            }
            int at = src.lineStartIndex(e.lineno) + e.offset - 1;
            return fieldErrorAt(e.lineno, at, Math.max(1, e.endLineno == e.lineno ? e.endOffset - e.offset : 1), brace,
                    e.msg);
        }
        return fieldError(furthest, brace, "invalid syntax");
    }

    /** An error at token {@code at} of the field opened by {@code brace}, placed in 3.11's "(" + text + ")". */
    private FStringExpressionError fieldError(Token at, Token brace, String msg) {
        return fieldErrorAt(at.startLine(), at.startIndex(), Math.max(1, at.endIndex() - at.startIndex()), brace, msg);
    }

    private FStringExpressionError fieldErrorAt(int line, int index, int length, Token brace, String msg) {
        int offset = line == brace.endLine() ? index - brace.endIndex() + 2 : index - src.lineStartIndex(line) + 1;
        return new FStringExpressionError(msg, src.filename(), line, offset, offset + length, src.line(line));
    }

    private static boolean endsExpression(TokenKind k) {
        return k == TokenKind.RBRACE || k == TokenKind.EQUAL || k == TokenKind.EXCLAMATION || k == TokenKind.COLON;
    }

    /**
     * Positions a node that 3.11 parsed as the synthetic "(...)" around the expression text: from
     * the '{' (or where fstring_find_expr_location puts it when a newline follows the brace) to
     * one past the start of the token that ends the expression.
     */
    private AstExpr wrapperSpan(AstExpr node, Token fstringStart, Token brace, Token firstExprToken) {
        Token closer = peek();
        int lines = brace.startLine() - fstringStart.startLine();
        boolean newlineAfterBrace = firstExprToken.startLine() > brace.startLine();
        int startCol;
        if (newlineAfterBrace) {
            startCol = lines == 0 ? fstringStart.startCol() : 0;
        } else {
            startCol = brace.startCol();
        }
        node.setPosition(brace.startLine(), startCol, closer.startLine(), closer.startCol() + 1);
        return node;
    }
}
