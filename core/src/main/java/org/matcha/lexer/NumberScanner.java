package org.matcha.lexer;

import org.matcha.parser.WarningSink;

import org.matcha.parser.PySyntaxError;

/**
 * Number literals: integers in four bases, floats, exponents and imaginary numbers, with
 * underscores between digits. CPython: Parser/tokenizer.c tok_get (numbers), tok_decimal_tail
 * and verify_end_of_number. Error offsets follow the tokenizer's cursor, as CPython's do.
 */
final class NumberScanner {
    private final Lexer lx;
    private final String text;
    private final int n;
    private int i;

    private NumberScanner(Lexer lx, int start) {
        this.lx = lx;
        this.text = lx.text();
        this.n = lx.length();
        this.i = start;
    }

    static Token scan(Lexer lx, int start) {
        NumberScanner s = new NumberScanner(lx, start);
        s.scanNumber(start);
        lx.setIndex(s.i);
        return lx.makeToken(TokenKind.NUMBER, start, s.i);
    }

    private char at(int k) {
        return k < n ? text.charAt(k) : '\0';
    }

    /** An error reported the way tokenizer.c's syntaxerror does: offset = cursor column. */
    private PySyntaxError cursorError(String msg, int cursor) {
        int k = Math.max(0, cursor - 1);
        return lx.cursorError(msg, k, k);
    }

    private static boolean isDigit(char c, int radix) {
        switch (radix) {
            case 16: return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 8: return c >= '0' && c <= '7';
            case 2: return c == '0' || c == '1';
            default: return c >= '0' && c <= '9';
        }
    }

    private void scanNumber(int start) {
        char c = at(i);
        if (c == '.') {
            i++;
            decimalTail();
            exponentAndImaginary(start);
            return;
        }
        if (c == '0') {
            char p = at(i + 1);
            if (p == 'x' || p == 'X') {
                radixTail(16, "hexadecimal");
                return;
            }
            if (p == 'o' || p == 'O') {
                radixTail(8, "octal");
                return;
            }
            if (p == 'b' || p == 'B') {
                radixTail(2, "binary");
                return;
            }
            boolean nonzero = false;
            while (at(i) == '0' || (at(i) == '_' && isDigit(at(i + 1), 10))) {
                i++;
            }
            int zerosEnd = i;
            if (at(i) == '_') {
                throw cursorError("invalid decimal literal", i + 1); // the cursor is past the '_'
            }
            if (isDigit(at(i), 10)) {
                nonzero = true;
                decimalTail();
            }
            char d = at(i);
            if (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J') {
                fractionExponentImaginary(start);
                return;
            }
            if (nonzero) {
                int line = lx.source().lineOfIndex(start);
                SourceText src = lx.source();
                throw src.error("SyntaxError",
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, src.byteCol(line, start), line, src.byteCol(line, zerosEnd) + 1);
            }
            verifyEnd("decimal");
            return;
        }
        decimalTail();
        fractionExponentImaginary(start);
    }

    /** Digits with single underscores between them. CPython: tok_decimal_tail. */
    private void decimalTail() {
        while (true) {
            while (isDigit(at(i), 10)) {
                i++;
            }
            if (at(i) != '_') {
                return;
            }
            i++;
            if (!isDigit(at(i), 10)) {
                throw cursorError("invalid decimal literal", i);
            }
        }
    }

    private void fractionExponentImaginary(int start) {
        if (at(i) == '.') {
            i++;
            if (isDigit(at(i), 10)) {
                decimalTail();
            }
        }
        exponentAndImaginary(start);
    }

    private void exponentAndImaginary(int start) {
        char c = at(i);
        if (c == 'e' || c == 'E') {
            int e = i;
            i++;
            if (at(i) == '+' || at(i) == '-') {
                i++;
                if (!isDigit(at(i), 10)) {
                    throw cursorError("invalid decimal literal", i);
                }
            } else if (!isDigit(at(i), 10)) {
                i = e;
                verifyEnd("decimal");
                return;
            }
            decimalTail();
        }
        c = at(i);
        if (c == 'j' || c == 'J') {
            i++;
            verifyEnd("imaginary");
            return;
        }
        verifyEnd("decimal");
    }

    private void radixTail(int radix, String kind) {
        i += 2;
        boolean any = false;
        while (true) {
            if (at(i) == '_') {
                i++;
            }
            char c = at(i);
            if (!isDigit(c, radix)) {
                if (radix < 10 && isDigit(c, 10)) {
                    throw cursorError("invalid digit '" + c + "' in " + kind + " literal", i + 1);
                }
                if (!any || at(i - 1) == '_') {
                    throw cursorError("invalid " + kind + " literal", i);
                }
                break;
            }
            while (isDigit(at(i), radix)) {
                i++;
                any = true;
            }
            if (at(i) != '_') {
                char d = at(i);
                if (radix < 10 && isDigit(d, 10)) {
                    throw cursorError("invalid digit '" + d + "' in " + kind + " literal", i + 1);
                }
                break;
            }
        }
        verifyEnd(kind);
    }

    /** CPython: verify_end_of_number; a keyword right after a number only warns. */
    private void verifyEnd(String kind) {
        char c = at(i);
        boolean keyword = false;
        switch (c) {
            case 'a': keyword = text.startsWith("and", i); break;
            case 'e': keyword = text.startsWith("else", i); break;
            case 'f': keyword = text.startsWith("for", i); break;
            case 'i': keyword = at(i + 1) == 'f' || at(i + 1) == 'n' || at(i + 1) == 's'; break;
            case 'o': keyword = text.startsWith("or", i); break;
            case 'n': keyword = text.startsWith("not", i); break;
            default: break;
        }
        if (keyword) {
            try {
                lx.warnings().warn("SyntaxWarning", "invalid " + kind + " literal", lx.source().lineOfIndex(i));
            } catch (WarningSink.Escalated e) {
                throw cursorError("invalid " + kind + " literal", i);
            }
            return;
        }
        if (Lexer.isAsciiIdentifierPart(c)) { // 3.11 checks ASCII only; other characters lex on
            throw cursorError("invalid " + kind + " literal", i);
        }
    }
}
