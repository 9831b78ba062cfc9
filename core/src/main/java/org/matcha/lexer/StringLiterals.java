package org.matcha.lexer;

import java.io.ByteArrayOutputStream;
import org.matcha.objects.UnicodeNames;
import org.matcha.parser.PySyntaxError;
import org.matcha.parser.WarningSink;

/**
 * Values of string and bytes literals: prefix and quote stripping, then escape decoding.
 * CPython: Parser/string_parser.c (decode_unicode_with_escapes, warn_invalid_escape_sequence)
 * and Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal.
 */
public final class StringLiterals {
    private StringLiterals() {}

    /** Looks up a \N{...} name; -1 when unknown. */
    static int lookupUnicodeName(String name) {
        return UnicodeNames.lookup(name);
    }

    /** Value of a STRING token: String for str, byte[] for bytes. */
    public static Object decode(Token token, SourceText src, WarningSink warnings) {
        String text = token.text();
        int i = 0;
        boolean raw = false;
        boolean bytes = false;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') {
            char c = Character.toLowerCase(text.charAt(i));
            raw |= c == 'r';
            bytes |= c == 'b';
            i++;
        }
        char quote = text.charAt(i);
        int q = text.length() >= i + 6 && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote ? 3 : 1;
        String body = text.substring(i + q, text.length() - q);
        if (bytes) {
            for (int k = 0; k < body.length(); k++) {
                if (body.charAt(k) >= 0x80) {
                    throw src.error("SyntaxError", "bytes can only contain ASCII literal characters",
                            token.startLine(), token.startCol(), token.endLine(), token.endCol());
                }
            }
            if (raw) {
                return latin1(body);
            }
            return decodeBytesEscapes(body, token, src, warnings);
        }
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        return decodeEscapes(body, token, src, warnings).value();
    }

    /** Value of one FSTRING_MIDDLE piece: "{{"/"}}" halved, then escapes unless raw (String or CodePoints). */
    public static Object decodeFStringMiddle(Token middle, boolean raw, SourceText src, WarningSink warnings) {
        String body = middle.text();
        if (body.indexOf('{') >= 0 || body.indexOf('}') >= 0) {
            StringBuilder sb = new StringBuilder(body.length());
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                sb.append(c);
                if ((c == '{' || c == '}') && i + 1 < body.length() && body.charAt(i + 1) == c) {
                    i++;
                }
            }
            body = sb.toString();
        }
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        return decodeEscapes(body, middle, src, warnings).value();
    }

    private static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    private static PySyntaxError unicodeError(Token t, SourceText src, int from, int to, String what) {
        return src.error("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + from + "-" + to + ": " + what, t.startLine(), t.startCol(), t.endLine(), t.endCol());
    }

    private static void warnInvalid(WarningSink warnings, SourceText src, Token t, String seq) {
        warn(warnings, src, t, "invalid escape sequence '" + seq + "'");
    }

    /** A DeprecationWarning made an error is a SyntaxError at the literal. CPython: warn_invalid_escape_sequence. */
    private static void warn(WarningSink warnings, SourceText src, Token t, String message) {
        try {
            warnings.warn("DeprecationWarning", message, t.startLine());
        } catch (WarningSink.Escalated e) {
            throw src.error("SyntaxError", message, t.startLine(), t.startCol(), t.endLine(), t.endCol());
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** End of an octal escape's digits (at most three) starting at {@code start}. */
    private static int octalEnd(String s, int start) {
        int end = start + 1;
        while (end < s.length() && end < start + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
            end++;
        }
        return end;
    }

    /** Value of the octal digits s[start, end); 3.11 warns when it exceeds 0o377. */
    private static int octalValue(String s, int start, int end, Token t, SourceText src, WarningSink warnings) {
        int v = 0;
        for (int k = start; k < end; k++) {
            v = v * 8 + (s.charAt(k) - '0');
        }
        if (v > 0377) {
            warn(warnings, src, t, "invalid octal escape sequence '\\" + s.substring(start, end) + "'");
        }
        return v;
    }

    /** Escape decoding for str literals. */
    static LiteralText decodeEscapes(String s, Token t, SourceText src, WarningSink warnings) {
        LiteralText sb = new LiteralText();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i); // a source surrogate pair is one astral character
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                // a backslash before a replacement field's brace stays literal
                warnInvalid(warnings, src, t, "\\{");
                sb.appendChar('\\');
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n': break;
                case '\\': sb.appendChar('\\'); break;
                case '\'': sb.appendChar('\''); break;
                case '"': sb.appendChar('"'); break;
                case 'a': sb.appendChar('\u0007'); break;
                case 'b': sb.appendChar('\b'); break;
                case 'f': sb.appendChar('\f'); break;
                case 'n': sb.appendChar('\n'); break;
                case 'r': sb.appendChar('\r'); break;
                case 't': sb.appendChar('\t'); break;
                case 'v': sb.appendChar('\u000b'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int end = octalEnd(s, i - 1);
                    sb.appendChar((char) octalValue(s, i - 1, end, t, src, warnings));
                    i = end;
                    break;
                }
                case 'x':
                case 'u':
                case 'U': {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < count; k++) {
                        int h = i < n ? hexValue(s.charAt(i)) : -1;
                        if (h < 0) {
                            String name = e == 'x' ? "truncated \\xXX escape"
                                    : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                            throw unicodeError(t, src, escStart, i - 1, name);
                        }
                        v = v * 16 + h;
                        i++;
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw unicodeError(t, src, escStart, i - 1, "illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                    break;
                }
                case 'N': {
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    int cp = close > i + 1 ? lookupUnicodeName(s.substring(i + 1, close)) : -1;
                    if (cp < 0) {
                        int end = close >= 0 ? close : n - 1;
                        throw unicodeError(t, src, escStart, end, close > i + 1
                                ? "unknown Unicode character name" : "malformed \\N character escape");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                    break;
                }
                default:
                    warnInvalid(warnings, src, t, "\\" + e);
                    sb.appendChar('\\').appendChar(e);
                    break;
            }
        }
        return sb;
    }

    /** Escape decoding for bytes literals (no \\u, \\U or \\N). */
    static byte[] decodeBytesEscapes(String s, Token t, SourceText src, WarningSink warnings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            char e = s.charAt(i++);
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'a': out.write(7); break;
                case 'b': out.write(8); break;
                case 'f': out.write(12); break;
                case 'n': out.write(10); break;
                case 'r': out.write(13); break;
                case 't': out.write(9); break;
                case 'v': out.write(11); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int end = octalEnd(s, i - 1);
                    out.write(octalValue(s, i - 1, end, t, src, warnings) & 0xFF);
                    i = end;
                    break;
                }
                case 'x': {
                    int h1 = i < n ? hexValue(s.charAt(i)) : -1;
                    int h2 = i + 1 < n ? hexValue(s.charAt(i + 1)) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw src.error("SyntaxError", "(value error) invalid \\x escape at position " + escStart,
                                t.startLine(), t.startCol(), t.endLine(), t.endCol());
                    }
                    out.write(h1 * 16 + h2);
                    i += 2;
                    break;
                }
                default:
                    warnInvalid(warnings, src, t, "\\" + e);
                    out.write('\\');
                    out.write(e);
                    break;
            }
        }
        return out.toByteArray();
    }
}
