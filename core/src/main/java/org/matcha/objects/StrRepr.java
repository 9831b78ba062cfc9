package org.matcha.objects;

/** {@code repr()} of str and bytes. */
public final class StrRepr {
    private StrRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** CPython: Objects/unicodeobject.c unicode_repr. */
    public static String repr(String s) {
        int[] cps = new int[s.codePointCount(0, s.length())];
        for (int i = 0, k = 0; i < s.length(); k++) {
            cps[k] = s.codePointAt(i);
            i += Character.charCount(cps[k]);
        }
        return repr(cps);
    }

    /** unicode_repr over code points (a str that a Java String cannot hold exactly). */
    public static String repr(int[] codePoints) {
        boolean single = false;
        boolean dbl = false;
        for (int c : codePoints) {
            single |= c == '\'';
            dbl |= c == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(codePoints.length + 2);
        sb.append(quote);
        for (int cp : codePoints) {
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                hex(sb, "\\x", cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, "\\u", cp, 4);
            } else {
                hex(sb, "\\U", cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /** CPython: Py_UNICODE_ISPRINTABLE, from the Unicode 14 tables. */
    public static boolean isPrintable(int cp) {
        return Unicode.isPrintable(cp);
    }

    private static void hex(StringBuilder sb, String prefix, int value, int digits) {
        sb.append(prefix);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >> shift) & 0xF]);
        }
    }

    /** CPython: Objects/bytesobject.c PyBytes_Repr. */
    public static String reprBytes(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** ascii(): the repr with every non-ASCII code point escaped. CPython: PyObject_ASCII. */
    public static String asciiEscape(String repr) {
        StringBuilder b = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 128) {
                b.append((char) c);
            } else if (c < 256) {
                b.append("\\x").append(hex(c, 2));
            } else if (c < 0x10000) {
                b.append("\\u").append(hex(c, 4));
            } else {
                b.append("\\U").append(hex(c, 8));
            }
        });
        return b.toString();
    }

    private static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
