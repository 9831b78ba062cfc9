package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * The surrogatepass error handler: lone surrogates encoded and decoded as if they were ordinary
 * code points, for the UTF-8, UTF-16 and UTF-32 families. CPython: Python/codecs.c
 * (get_standard_encoding, PyCodec_SurrogatePassErrors).
 */
final class SurrogatePass {
    private SurrogatePass() {}

    private static final int UNKNOWN = 0;
    private static final int UTF8 = 1;
    private static final int UTF16LE = 2;
    private static final int UTF16BE = 3;
    private static final int UTF32LE = 4;
    private static final int UTF32BE = 5;

    /** Which UTF the exception's encoding name is (native order = little-endian). */
    static int standardEncoding(String encoding) {
        String e = encoding;
        if (e.length() < 3 || Character.toLowerCase(e.charAt(0)) != 'u' || Character.toLowerCase(e.charAt(1)) != 't'
                || Character.toLowerCase(e.charAt(2)) != 'f') {
            return e.equals("CP_UTF8") ? UTF8 : UNKNOWN;
        }
        e = e.substring(3);
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        if (e.equals("8")) {
            return UTF8;
        }
        boolean is16 = e.startsWith("16");
        if (!is16 && !e.startsWith("32")) {
            return UNKNOWN;
        }
        e = e.substring(2);
        if (e.isEmpty()) {
            return is16 ? UTF16LE : UTF32LE;
        }
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        if (e.length() == 2 && Character.toLowerCase(e.charAt(1)) == 'e') {
            char o = Character.toLowerCase(e.charAt(0));
            if (o == 'b') {
                return is16 ? UTF16BE : UTF32BE;
            }
            if (o == 'l') {
                return is16 ? UTF16LE : UTF32LE;
            }
        }
        return UNKNOWN;
    }

    private static int byteLength(int enc) {
        return enc == UTF8 ? 3 : enc == UTF16LE || enc == UTF16BE ? 2 : 4;
    }

    static BuiltinErrorHandlers.Result apply(UnicodeErrorInfo info) {
        if (info.kind == UnicodeErrorInfo.TRANSLATE) {
            throw BuiltinErrorHandlers.cannotHandle(info);
        }
        int enc = standardEncoding(info.encoding);
        if (enc == UNKNOWN) {
            throw info.raise();
        }
        int len = byteLength(enc);
        if (info.kind == UnicodeErrorInfo.ENCODE) {
            ByteBuilder out = new ByteBuilder((info.end - info.start) * len);
            for (int i = info.start; i < info.end; i++) {
                int c = info.text.codePointAt(i);
                if (c < 0xD800 || c > 0xDFFF) {
                    throw info.raise();
                }
                switch (enc) {
                    case UTF8 -> {
                        out.add(0xE0 | (c >> 12));
                        out.add(0x80 | ((c >> 6) & 0x3F));
                        out.add(0x80 | (c & 0x3F));
                    }
                    case UTF16LE -> {
                        out.add(c & 0xff);
                        out.add(c >> 8);
                    }
                    case UTF16BE -> {
                        out.add(c >> 8);
                        out.add(c & 0xff);
                    }
                    case UTF32LE -> {
                        out.add(c & 0xff);
                        out.add(c >> 8);
                        out.add(0);
                        out.add(0);
                    }
                    default -> {
                        out.add(0);
                        out.add(0);
                        out.add(c >> 8);
                        out.add(c & 0xff);
                    }
                }
            }
            return new BuiltinErrorHandlers.Result(new PyBytes(out.toArray()), info.end);
        }
        byte[] d = info.data;
        int s = info.start;
        int c = -1;
        if (d.length - s >= len) {
            int b0 = d[s] & 0xff;
            int b1 = d[s + 1] & 0xff;
            switch (enc) {
                case UTF8 -> {
                    int b2 = d[s + 2] & 0xff;
                    if ((b0 & 0xF0) == 0xE0 && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
                        c = ((b0 & 0x0F) << 12) + ((b1 & 0x3F) << 6) + (b2 & 0x3F);
                    }
                }
                case UTF16LE -> c = (b1 << 8) | b0;
                case UTF16BE -> c = (b0 << 8) | b1;
                case UTF32LE -> c = ((d[s + 3] & 0xff) << 24) | ((d[s + 2] & 0xff) << 16) | (b1 << 8) | b0;
                default -> c = (b0 << 24) | (b1 << 16) | ((d[s + 2] & 0xff) << 8) | (d[s + 3] & 0xff);
            }
        }
        if (c < 0xD800 || c > 0xDFFF) {
            throw info.raise();
        }
        return new BuiltinErrorHandlers.Result(PyStr.ofCodePoints(new int[] {c}, 0, 1), s + len);
    }
}
