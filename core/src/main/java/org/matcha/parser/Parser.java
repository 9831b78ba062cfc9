package org.matcha.parser;

import java.util.ArrayList;
import org.matcha.ast.AstExpr;
import org.matcha.ast.AstStmt;
import org.matcha.ast.Expression;
import org.matcha.ast.Interactive;
import org.matcha.ast.Module;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;
import org.matcha.lexer.UnclosedBracketError;

/**
 * Entry points of the parser. A parse runs once without the invalid_* rules; when it fails,
 * it runs again with them to find CPython's specific message, and otherwise reports a generic
 * "invalid syntax" at the furthest token the first pass fetched.
 * CPython: Parser/pegen.c _PyPegen_run_parser and _PyPegen_set_syntax_error.
 */
public final class Parser extends StatementParser {

    /** Raised for input nested too deeply to parse (CPython: MemoryError from the parser). */
    public static final class TooComplex extends RuntimeException {
        TooComplex() {
            super("Parser stack overflowed - Python source too complex to parse", null, false, false);
        }
    }

    private Parser(Lexer lexer, WarningSink warnings) {
        super(lexer, warnings);
    }

    /** {@code ast.parse(source)} in "exec" mode; source bytes honour PEP 263. */
    public static Module parseModule(byte[] source, String filename, WarningSink warnings) {
        return new Parser(Lexer.fromBytes(source, filename, warnings), warnings).run(Mode.MODULE, Module.class);
    }

    public static Module parseModule(String source, String filename, WarningSink warnings) {
        return new Parser(Lexer.fromString(source, filename, warnings), warnings).run(Mode.MODULE, Module.class);
    }

    /** "eval" mode. */
    public static Expression parseExpression(String source, String filename, WarningSink warnings) {
        return new Parser(Lexer.fromString(source, filename, warnings), warnings).run(Mode.EXPRESSION, Expression.class);
    }

    /**
     * compile(..., PyCF_ONLY_AST, _feature_version=minor): "exec", "eval" or "single" mode with the
     * grammar of Python 3.minor (newer syntax is a SyntaxError; a negative minor means 3.11).
     */
    public static org.matcha.ast.Node parse(String source, String filename, String mode, WarningSink warnings,
            int featureVersion) {
        Parser p = new Parser(Lexer.fromString(source, filename, warnings), warnings);
        if (featureVersion >= 0) {
            p.featureVersion = featureVersion;
        }
        switch (mode) {
            case "eval": return p.run(Mode.EXPRESSION, Expression.class);
            case "single": return p.run(Mode.INTERACTIVE, Interactive.class);
            default: return p.run(Mode.MODULE, Module.class);
        }
    }

    /** "single" mode (one interactive statement). */
    public static Interactive parseInteractive(String source, String filename, WarningSink warnings) {
        return new Parser(Lexer.fromString(source, filename, warnings), warnings).run(Mode.INTERACTIVE, Interactive.class);
    }

    private enum Mode { MODULE, EXPRESSION, INTERACTIVE }

    private <T> T run(Mode mode, Class<T> type) {
        Object result = attempt(mode);
        if (result != null) {
            return type.cast(result);
        }
        Token furthest = tokens.get(tokens.size() - 1);
        pos = 0;
        depth = 0;
        bracketDepth = 0;
        invalidRules = true;
        attempt(mode); // throws the specific PySyntaxError when an invalid_* rule matches
        PySyntaxError generic;
        if (furthest.kind() == TokenKind.INDENT) {
            // CPython: the INDENT token has no start column; the offset is the indentation's width
            int width = src.byteColToCharCol(furthest.startLine(), furthest.endCol());
            generic = new PySyntaxError("IndentationError", "unexpected indent", src.filename(),
                    furthest.startLine(), width, furthest.startLine(), -1, src.line(furthest.startLine()));
        } else if (furthest.kind() == TokenKind.DEDENT) {
            generic = indentationError(furthest, "unexpected unindent");
        } else if (isEndOfInput(furthest)) {
            generic = errorAtEnd("SyntaxError", "invalid syntax", false);
        } else {
            generic = errorAt(furthest, "invalid syntax");
        }
        // CPython: _PyPegen_tokenize_full_source_to_check_for_errors; a tokenizer error wins.
        Token t = tokens.get(tokens.size() - 1);
        try {
            while (t.kind() != TokenKind.ENDMARKER) {
                t = lexer.next();
            }
        } catch (UnclosedBracketError e) {
            // end of input inside brackets is not a tokenizer error here
        }
        throw generic;
    }

    /** One pass; the tree, or null when the input does not parse. */
    private Object attempt(Mode mode) {
        try {
            switch (mode) {
                case MODULE:
                    return file();
                case EXPRESSION:
                    return evalInput();
                default:
                    return interactiveInput();
            }
        } catch (CompoundFailure e) {
            return null;
        } catch (ParserStackOverflow e) {
            throw new TooComplex();
        }
    }

    // file: [statements] ENDMARKER
    private Module file() {
        ArrayList<AstStmt> body = statements(TokenKind.ENDMARKER);
        if (body == null || !at(TokenKind.ENDMARKER)) {
            return null;
        }
        return new Module(body, new ArrayList<>());
    }

    // eval: expressions NEWLINE* ENDMARKER
    private Expression evalInput() {
        AstExpr body = expressions();
        if (body == null) {
            return null;
        }
        while (accept(TokenKind.NEWLINE)) {
            // trailing newlines are allowed
        }
        return at(TokenKind.ENDMARKER) ? new Expression(body) : null;
    }

    // interactive: statement_newline
    private Interactive interactiveInput() {
        ArrayList<AstStmt> body = new ArrayList<>();
        if (at(TokenKind.NEWLINE)) {
            next();
            return new Interactive(body);
        }
        if (!statement(body)) {
            return null;
        }
        return new Interactive(body);
    }
}
