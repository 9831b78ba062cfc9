package org.matcha.lexer;

import org.matcha.parser.PySyntaxError;

/**
 * Turns source bytes into text: a UTF-8 BOM, or a PEP 263 coding declaration on line 1 or 2,
 * else UTF-8. CPython: Parser/tokenizer.c (check_coding_spec, get_normal_name, decoding_fgets).
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    public static String decode(byte[] src, String filename) {
        int start = 0;
        boolean bom = src.length >= 3 && (src[0] & 0xFF) == 0xEF && (src[1] & 0xFF) == 0xBB && (src[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        String encoding = codingSpec(src, start);
        if (encoding == null) {
            return utf8(src, start, filename);
        }
        String normal = normalName(encoding);
        if (bom && !cpythonNormalName(encoding).equals("utf-8")) {
            throw new PySyntaxError("SyntaxError", "encoding problem: " + encoding + " with BOM", filename,
                    0, -1, 0, -1, null);
        }
        switch (normal) {
            case "utf-8":
                return utf8(src, start, filename);
            case "iso-8859-1":
                return latin1(src, start);
            case "ascii":
            case "us-ascii":
                return ascii(src, start, filename);
            default:
                String table = SingleByteCodecs.table(normal);
                if (table != null) {
                    return singleByte(src, start, table);
                }
                throw new PySyntaxError("SyntaxError", "unknown encoding: " + encoding, filename, 0, -1, 0, -1, null);
        }
    }

    /** The encoding named by a coding cookie on line 1, or on line 2 when line 1 is blank or a comment. */
    private static String codingSpec(byte[] src, int start) {
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < src.length; line++) {
            int end = lineStart;
            while (end < src.length && src[end] != '\n' && src[end] != '\r') {
                end++;
            }
            String text = latin1(src, lineStart, end);
            String found = cookie(text);
            if (found != null) {
                return found;
            }
            String stripped = text.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return null; // code on line 1: line 2 is not consulted
            }
            lineStart = end + 1;
            if (end < src.length && src[end] == '\r' && lineStart < src.length && src[lineStart] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    /** Matches ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) as CPython's get_coding_spec does. */
    private static String cookie(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '#') {
            return null;
        }
        int at = line.indexOf("coding", i);
        while (at >= 0) {
            int j = at + 6;
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                int k = j;
                while (k < line.length() && (Character.isLetterOrDigit(line.charAt(k)) || line.charAt(k) == '-'
                        || line.charAt(k) == '_' || line.charAt(k) == '.')) {
                    k++;
                }
                if (k > j) {
                    return line.substring(j, k);
                }
            }
            at = line.indexOf("coding", at + 1);
        }
        return null;
    }

    /** CPython tokenizer.c get_normal_name: only the spellings the tokenizer itself folds. */
    private static String cpythonNormalName(String name) {
        String n = name.length() > 12 ? name.substring(0, 12) : name;
        String lower = n.toLowerCase().replace('_', '-');
        if (lower.equals("utf-8") || lower.startsWith("utf-8-")) {
            return "utf-8";
        }
        return name;
    }

    /** CPython tokenizer.c get_normal_name plus the codec registry's common aliases. */
    private static String normalName(String name) {
        String n = name.toLowerCase().replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return "utf-8";
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1") || n.equals("latin1")
                || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")
                || n.equals("l1") || n.equals("iso8859-1") || n.equals("8859") || n.equals("cp819")) {
            return "iso-8859-1";
        }
        return n;
    }

    private static String latin1(byte[] src, int from) {
        return latin1(src, from, src.length);
    }

    private static String latin1(byte[] src, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = (char) (src[i] & 0xFF);
        }
        return new String(chars);
    }

    private static String singleByte(byte[] src, int from, String upperHalf) {
        char[] chars = new char[src.length - from];
        for (int i = from; i < src.length; i++) {
            int b = src[i] & 0xFF;
            chars[i - from] = b < 0x80 ? (char) b : upperHalf.charAt(b - 0x80);
        }
        return new String(chars);
    }

    private static String ascii(byte[] src, int from, String filename) {
        for (int i = from; i < src.length; i++) {
            if (src[i] < 0) {
                throw decodeError(src, i, filename, "'ascii' codec can't decode byte 0x"
                        + hex2(src[i] & 0xFF) + " in position " + (i - from) + ": ordinal not in range(128)");
            }
        }
        return latin1(src, from);
    }

    private static String hex2(int b) {
        String h = Integer.toHexString(b);
        return h.length() == 1 ? "0" + h : h;
    }

    private static PySyntaxError decodeError(byte[] src, int at, String filename, String what) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (src[i] == '\n') {
                line++;
            }
        }
        return new PySyntaxError("SyntaxError", "(unicode error) " + what, filename, line, 0, line, 0, null);
    }

    /** Strict UTF-8 decoding (no surrogates, no overlong forms), with CPython's error text. */
    static String utf8(byte[] src, int from, String filename) {
        StringBuilder sb = new StringBuilder(src.length - from);
        int i = from;
        while (i < src.length) {
            int b = src[i] & 0xFF;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int need;
            int cp;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                cp = b & 0x1F;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                cp = b & 0x0F;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                throw decodeError(src, i, filename, "'utf-8' codec can't decode byte 0x" + hex2(b)
                        + " in position " + (i - from) + ": invalid start byte");
            }
            int j = 1;
            for (; j <= need; j++) {
                if (i + j >= src.length || (src[i + j] & 0xC0) != 0x80) {
                    break;
                }
                cp = (cp << 6) | (src[i + j] & 0x3F);
            }
            if (j <= need || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                String reason = i + j >= src.length && j <= need ? "unexpected end of data" : "invalid continuation byte";
                throw decodeError(src, i, filename, "'utf-8' codec can't decode byte 0x" + hex2(b)
                        + " in position " + (i - from) + ": " + reason);
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }
}
