package org.matcha.lexer;

import org.matcha.ast.CodePoints;

/**
 * Accumulates the text of a str literal (or of concatenated literals) as Python code points.
 * It stays a plain StringBuilder until a lone high surrogate would meet a lone low surrogate,
 * then switches to a code-point array so the two stay two code points, as in CPython.
 */
public final class LiteralText {
    private final StringBuilder chars = new StringBuilder();
    private int[] codePoints;
    private int count;

    public int length() {
        return codePoints == null ? chars.length() : count;
    }

    /** Appends a value decoded by StringLiterals: a String or CodePoints. */
    public LiteralText append(Object piece) {
        // pieces are String or CodePoints; single characters go through appendChar
        if (piece instanceof CodePoints cp) {
            switchToCodePoints();
            for (int c : cp.codePoints()) {
                add(c);
            }
            return this;
        }
        String s = (String) piece;
        if (codePoints == null) {
            if (!s.isEmpty() && Character.isLowSurrogate(s.charAt(0)) && chars.length() > 0
                    && Character.isHighSurrogate(chars.charAt(chars.length() - 1))) {
                switchToCodePoints();
            } else {
                chars.append(s);
                return this;
            }
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            add(c);
        }
        return this;
    }

    /** Appends one code point; an escaped surrogate may not merge with its neighbour. */
    public LiteralText appendCodePoint(int c) {
        if (codePoints == null) {
            boolean merges = Character.isLowSurrogate((char) c) && c <= 0xFFFF && chars.length() > 0
                    && Character.isHighSurrogate(chars.charAt(chars.length() - 1));
            if (!merges) {
                chars.appendCodePoint(c);
                return this;
            }
            switchToCodePoints();
        }
        add(c);
        return this;
    }

    public LiteralText appendChar(char c) {
        return appendCodePoint(c);
    }

    private void switchToCodePoints() {
        if (codePoints != null) {
            return;
        }
        codePoints = new int[Math.max(16, chars.length() * 2)];
        count = 0;
        for (int i = 0; i < chars.length(); ) {
            int c = Character.codePointAt(chars, i);
            i += Character.charCount(c);
            add(c);
        }
    }

    private void add(int c) {
        if (count == codePoints.length) {
            codePoints = java.util.Arrays.copyOf(codePoints, count * 2);
        }
        codePoints[count++] = c;
    }

    public void clear() {
        chars.setLength(0);
        codePoints = null;
        count = 0;
    }

    /** The text: a String, or CodePoints when it holds a surrogate pair made of two code points. */
    public Object value() {
        if (codePoints == null) {
            return chars.toString();
        }
        for (int i = 0; i + 1 < count; i++) {
            if (codePoints[i] >= 0xD800 && codePoints[i] <= 0xDBFF
                    && codePoints[i + 1] >= 0xDC00 && codePoints[i + 1] <= 0xDFFF) {
                return new CodePoints(java.util.Arrays.copyOf(codePoints, count));
            }
        }
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.appendCodePoint(codePoints[i]);
        }
        return sb.toString();
    }
}
