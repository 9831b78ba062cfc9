package org.matcha.lexer;

import java.util.Arrays;
import org.matcha.parser.PySyntaxError;

/**
 * Decoded source text with its line table. Newlines are normalised to '\n' (CPython's
 * tokenizer translates "\r\n" and "\r" the same way). Converts between char indices, UTF-8 byte
 * columns (AST positions) and code-point columns (SyntaxError offsets).
 */
public final class SourceText {
    private final String text;
    private final String filename;
    private int[] lineStarts = new int[64];
    private int lineCount;
    private final boolean asciiText;

    SourceText(String rawText, String filename) {
        this.text = normaliseNewlines(rawText);
        this.filename = filename;
        lineStarts[0] = 0;
        lineCount = 1;
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
            }
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                if (lineCount == lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
                }
                lineStarts[lineCount++] = i + 1;
            }
        }
        asciiText = ascii;
    }

    private static String normaliseNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public String text() {
        return text;
    }

    public String filename() {
        return filename;
    }

    public int lineCount() {
        return lineCount;
    }

    /** Char index where 1-based line {@code lineno} starts. */
    public int lineStartIndex(int lineno) {
        if (lineno < 1) {
            return 0;
        }
        if (lineno > lineCount) {
            return text.length();
        }
        return lineStarts[lineno - 1];
    }

    /** Line {@code lineno} including its '\n', or "" past the end. */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        int start = lineStarts[lineno - 1];
        int end = lineno < lineCount ? lineStarts[lineno] : text.length();
        return text.substring(start, end);
    }

    /** 1-based line of a char index. */
    public int lineOfIndex(int index) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** UTF-8 byte column of a char index within its line. */
    public int byteColOfIndex(int index) {
        return byteCol(lineOfIndex(index), index);
    }

    /** UTF-8 byte column of a char index known to lie on line {@code lineno}. */
    public int byteCol(int lineno, int index) {
        int start = lineStartIndex(lineno);
        if (asciiText) {
            return index - start;
        }
        return utf8Length(text, start, index);
    }

    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Converts a UTF-8 byte column on a line to a 0-based code-point column. */
    public int byteColToCharCol(int lineno, int byteCol) {
        if (byteCol < 0) {
            return byteCol;
        }
        String line = line(lineno);
        int bytes = 0;
        int cps = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            cps++;
        }
        return cps + Math.max(0, byteCol - bytes);
    }

    /** A SyntaxError (or subclass) at the given byte positions, with CPython's offsets and text. */
    public PySyntaxError error(String type, String msg, int lineno, int byteCol, int endLineno, int endByteCol) {
        int offset = byteColToCharCol(lineno, byteCol) + 1;
        int endOffset = endByteCol < 0 ? endByteCol : byteColToCharCol(endLineno, endByteCol) + 1;
        String lineText = line(lineno);
        return new PySyntaxError(type, msg, filename, lineno, offset, endLineno, endOffset,
                lineText.isEmpty() ? null : lineText);
    }
}
