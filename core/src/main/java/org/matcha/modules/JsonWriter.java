package org.matcha.modules;

import org.matcha.objects.PyStr;

/**
 * The text being built by _json's encoder and encode_basestring(_ascii): a StringBuilder, plus
 * the offsets of lone surrogates written into it, so that a lone high surrogate followed by a
 * lone low one stays two code points in the resulting str (a Java String would read them back as
 * one astral character). CPython: the _PyUnicodeWriter of Modules/_json.c and its
 * ascii_escape_unicode / escape_unicode.
 */
final class JsonWriter {
    private static final String HEX = "0123456789abcdef";

    final StringBuilder b = new StringBuilder(64);
    private int[] lone;
    private int loneCount;

    /** Appends a str as is (a separator, or what a Python encoder function returned). */
    void append(PyStr s) {
        String v = s.value;
        if (!hasSurrogate(v)) {
            b.append(v);
            return;
        }
        for (int c : s.codePoints()) {
            appendCodePoint(c);
        }
    }

    /**
     * Appends s as a JSON string literal: '"', '\\' and control characters escaped, and with
     * {@code ascii} every character from U+007F on as \\uXXXX (astral ones as a surrogate pair).
     */
    void appendQuoted(PyStr s, boolean ascii) {
        String v = s.value;
        int n = v.length();
        int plain = 0;
        while (plain < n && isPlain(v.charAt(plain), ascii)) {
            plain++;
        }
        b.append('"');
        if (plain == n) {
            b.append(v).append('"');
            return;
        }
        if (hasSurrogate(v)) {   // code points: the str may hold lone surrogates
            for (int c : s.codePoints()) {
                escape(c, ascii);
            }
        } else {
            b.append(v, 0, plain);
            for (int i = plain; i < n; i++) {
                escape(v.charAt(i), ascii);
            }
        }
        b.append('"');
    }

    private static boolean isPlain(char c, boolean ascii) {
        return c >= 0x20 && c != '"' && c != '\\' && (ascii ? c < 0x7F : c < 0xD800 || c > 0xDFFF);
    }

    private static boolean hasSurrogate(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                return true;
            }
        }
        return false;
    }

    private void escape(int c, boolean ascii) {
        switch (c) {
            case '"': b.append("\\\""); return;
            case '\\': b.append("\\\\"); return;
            case '\n': b.append("\\n"); return;
            case '\r': b.append("\\r"); return;
            case '\t': b.append("\\t"); return;
            case '\b': b.append("\\b"); return;
            case '\f': b.append("\\f"); return;
            default: break;
        }
        if (c < 0x20 || (ascii && c >= 0x7F)) {
            if (c >= 0x10000) {
                int v = c - 0x10000;
                unicodeEscape(0xD800 | (v >> 10));
                unicodeEscape(0xDC00 | (v & 0x3FF));
            } else {
                unicodeEscape(c);
            }
        } else {
            appendCodePoint(c);
        }
    }

    private void appendCodePoint(int c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (lone == null) {
                lone = new int[8];
            } else if (loneCount == lone.length) {
                lone = java.util.Arrays.copyOf(lone, loneCount * 2);
            }
            lone[loneCount++] = b.length();
            b.append((char) c);
        } else {
            b.appendCodePoint(c);
        }
    }

    private void unicodeEscape(int c) {
        b.append("\\u").append(HEX.charAt((c >> 12) & 15)).append(HEX.charAt((c >> 8) & 15))
                .append(HEX.charAt((c >> 4) & 15)).append(HEX.charAt(c & 15));
    }

    /** The str written so far. */
    PyStr finish() {
        if (loneCount == 0) {
            return PyStr.of(b.toString());
        }
        int[] cps = new int[b.length()];
        int n = 0;
        int next = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (next < loneCount && lone[next] == i) {
                next++;
                cps[n++] = c;
            } else if (Character.isHighSurrogate(c) && i + 1 < b.length() && Character.isLowSurrogate(b.charAt(i + 1))
                    && !(next < loneCount && lone[next] == i + 1)) {
                cps[n++] = Character.toCodePoint(c, b.charAt(++i));
            } else {
                cps[n++] = c;
            }
        }
        return PyStr.ofCodePoints(cps, 0, n);
    }
}
