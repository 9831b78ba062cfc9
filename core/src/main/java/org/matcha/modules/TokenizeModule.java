package org.matcha.modules;

import java.util.ArrayDeque;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.lexer.Lexer;
import org.matcha.lexer.SourceText;
import org.matcha.lexer.Token;
import org.matcha.lexer.TokenKind;
import org.matcha.lexer.UnclosedBracketError;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyIterator;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.parser.PySyntaxError;
import org.matcha.parser.WarningSink;
import org.matcha.vm.CompileSupport;

/**
 * The _tokenize module: the interpreter's own tokenizer as an iterator, used by
 * tokenize._generate_tokens_from_c_tokenizer. CPython: Python/Python-tokenize.c over Parser/tokenizer.c
 * (3.11): exact operator types, no COMMENT/NL tokens, f-strings as one STRING, INDENT/DEDENT at column -1,
 * a NEWLINE's text is the comment before it, and no ENDMARKER.
 */
@PyModuleDef(name = "_tokenize")
public final class TokenizeModule {
    private TokenizeModule() {}

    public static void init(PyModule m) {
        PyType t = TokenizerIter.TYPE;
        t.subclassable = false;
        t.dict().setItem("__iter__", PyIterator.TYPE.dict().getItem("__iter__"));
        t.dict().setItem("__next__", PyIterator.TYPE.dict().getItem("__next__"));
        m.add("TokenizerIter", t);
    }

    /** The 3.11 token.py number of OP, which '!' alone is in 3.11. */
    private static final int OP = 54;
    /** 3.11's tokenizer gives 'await' and 'async' their own token types (Lib/token.py AWAIT, ASYNC). */
    private static final int AWAIT = 55;
    private static final int ASYNC = 56;

    @PyClass(name = "_tokenize.TokenizerIter")
    public static final class TokenizerIter extends PyIterator {
        public static final PyType TYPE = PyType.builtin("_tokenize.TokenizerIter", PyType.OBJECT);

        private final Lexer lexer;
        private final SourceText src;
        private final String text;
        private final PyType type;
        /** Char index where the previous token ended: a comment between it and a NEWLINE is that NEWLINE's text. */
        private int prevEnd;
        /** First line of the tokenizer's current buffer: a backslash continuation or a multi-line token keeps it. */
        private int bufLine = 1;
        private int lastLine = 1;
        private boolean finished;
        private final ArrayDeque<Token> fstringParts = new ArrayDeque<>();

        TokenizerIter(PyType type, String source) {
            this.type = type;
            this.lexer = Lexer.fromString(source, "<string>", WarningSink.IGNORE);
            this.src = lexer.source();
            this.text = src.text();
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(source)")
        public static PyObject __new__(PyType cls, String source) {
            try {
                return new TokenizerIter(cls, source);
            } catch (PySyntaxError e) {
                throw CompileSupport.toPython(e);
            }
        }

        @Override
        public PyType type() {
            return type;
        }

        /** The next token with an f-string's pieces joined into one STRING, or null when tokenizing stops. */
        private Token lex() {
            Token t;
            try {
                t = lexer.next();
                if (t.kind() != TokenKind.FSTRING_START) {
                    return t;
                }
                int depth = 1;
                Token end = t;
                while (depth > 0) {
                    end = lexer.next();
                    if (end.kind() == TokenKind.FSTRING_START) {
                        depth++;
                    } else if (end.kind() == TokenKind.FSTRING_END) {
                        depth--;
                    } else if (end.kind() == TokenKind.ENDMARKER) {
                        return null;
                    }
                }
                return new Token(TokenKind.STRING, text.substring(t.startIndex(), end.endIndex()), t.startLine(),
                        t.startCol(), end.endLine(), end.endCol(), t.startIndex(), end.endIndex());
            } catch (UnclosedBracketError e) {
                // CPython: end of input inside brackets is an ERRORTOKEN with no exception set
                return null;
            } catch (PySyntaxError e) {
                if (e.type.equals("IndentationError") || e.type.equals("TabError")) {
                    // CPython: E_TOODEEP, E_DEDENT and E_TABSPACE stop the iterator without an exception
                    return null;
                }
                throw CompileSupport.toPython(e);
            }
        }

        /** Whether line ends with a backslash continuation. */
        private boolean endsWithBackslash(int line) {
            int end = line < src.lineCount() ? src.lineStartIndex(line + 1) - 1 : text.length() - 1;
            return line >= 1 && end >= 1 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\\';
        }

        /** Whether line is only whitespace and a backslash continuation. */
        private boolean onlyContinuation(int line) {
            for (int k = src.lineStartIndex(line); k < text.length(); k++) {
                char c = text.charAt(k);
                if (c != ' ' && c != '\t' && c != '\f') {
                    return c == '\\';
                }
            }
            return false;
        }

        /**
         * Whether reading {@code line} keeps the tokenizer's buffer: CPython's tok_underflow_string keeps it
         * while a token is started, which is after a continuation backslash outside the indentation.
         */
        private boolean continuesBuffer(int line) {
            if (!endsWithBackslash(line - 1)) {
                return false;
            }
            int first = line - 1;
            while (first > 1 && endsWithBackslash(first - 1)) {
                first--;
            }
            // lines first .. line-1 end with backslashes; those still in the indentation phase restart it
            boolean inIndentation = true;
            for (int l = first; l < line; l++) {
                inIndentation = inIndentation && onlyContinuation(l);
            }
            return !inIndentation;
        }

        /** The source from the start of line {@code from} to the end of line {@code to}, ending in '\n'. */
        private String lines(int from, int to) {
            int start = src.lineStartIndex(from);
            int end = to < src.lineCount() ? src.lineStartIndex(to + 1) : text.length();
            String s = text.substring(start, Math.max(start, end));
            return s.endsWith("\n") ? s : s + "\n";
        }

        /** CPython: tokenizeriter_next. */
        @Override
        public PyObject nextOrNull() {
            if (finished) {
                return null;
            }
            Token t = lex();
            if (t == null || t.kind() == TokenKind.ENDMARKER) {
                finished = true;
                return null;
            }
            TokenKind kind = t.kind();
            int startLine = t.startLine();
            int endLine = t.endLine();
            if (kind == TokenKind.DEDENT && startLine > src.lineCount()) {
                // the DEDENTs at the end of input are on the last line read
                startLine = src.lineCount();
                endLine = startLine;
            }
            if (startLine > lastLine) {
                if (kind == TokenKind.INDENT || kind == TokenKind.DEDENT || !continuesBuffer(startLine)) {
                    bufLine = startLine;
                }
            }
            String tokText;
            int startCol;
            int endCol;
            int number;
            if (kind == TokenKind.INDENT || kind == TokenKind.DEDENT) {
                tokText = "";
                startCol = -1;
                endCol = -1;
                number = kind.ordinal();
            } else if (kind == TokenKind.NEWLINE) {
                int nl = t.startIndex();
                int from = prevEnd;
                while (from < nl && text.charAt(from) != '#') {
                    from++;
                }
                if (from >= nl) {
                    from = nl;
                }
                tokText = text.substring(from, nl);
                int lineStart = src.lineStartIndex(startLine);
                startCol = t.startCol() - utf8Length(text, from, nl);
                endCol = t.startCol();
                if (lineStart > from) {
                    startCol = 0;
                }
                number = kind.ordinal();
            } else {
                tokText = t.text();
                startCol = t.startCol();
                endCol = t.endCol();
                number = kind == TokenKind.EXCLAMATION ? OP : kind.ordinal();
                if (kind == TokenKind.NAME && tokText.equals("await")) {
                    number = AWAIT;
                } else if (kind == TokenKind.NAME && tokText.equals("async")) {
                    number = ASYNC;
                }
            }
            if (kind != TokenKind.INDENT && kind != TokenKind.DEDENT) {
                prevEnd = t.endIndex();
            }
            lastLine = Math.max(lastLine, endLine);
            return PyTuple.of(PyStr.of(tokText), PyInt.of(number), PyInt.of(startLine), PyInt.of(endLine),
                    PyInt.of(startCol), PyInt.of(endCol), PyStr.of(lines(bufLine, lastLine)));
        }

        private static int utf8Length(String s, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    n++;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c)) {
                    n += 4;
                    i++;
                } else {
                    n += 3;
                }
            }
            return n;
        }
    }
}
