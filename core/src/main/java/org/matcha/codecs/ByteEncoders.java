package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * UTF-8, ASCII and latin-1 encoding with every error handler: the unencodable characters are
 * taken as one run (surrogates for UTF-8, characters at or above the limit otherwise) and handed
 * to the handler together. CPython: Objects/unicodeobject.c (_PyUnicode_EncodeUCS1) and
 * Objects/stringlib/codecs.h (utf8_encode).
 */
public final class ByteEncoders {
    private ByteEncoders() {}

    public static byte[] utf8(PyStr s, String errors) {
        return encode(s, errors, 0);
    }

    public static byte[] ascii(PyStr s, String errors) {
        return encode(s, errors, 128);
    }

    public static byte[] latin1(PyStr s, String errors) {
        return encode(s, errors, 256);
    }

    private static boolean unencodable(int c, int limit) {
        return limit == 0 ? c >= 0xD800 && c <= 0xDFFF : c >= limit;
    }

    /** limit 0 means UTF-8. */
    private static byte[] encode(PyStr s, String errors, int limit) {
        int n = s.length();
        ByteBuilder out = new ByteBuilder(n + 8);
        String encoding = limit == 0 ? "utf-8" : limit == 256 ? "latin-1" : "ascii";
        String reason = limit == 0 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        int pos = 0;
        while (pos < n) {
            int c = s.codePointAt(pos);
            if (!unencodable(c, limit)) {
                if (limit != 0) {
                    out.add(c);
                } else {
                    utf8Char(out, c);
                }
                pos++;
                continue;
            }
            int collStart = pos;
            int collEnd = pos + 1;
            while (collEnd < n && unencodable(s.codePointAt(collEnd), limit)) {
                collEnd++;
            }
            if ("surrogateescape".equals(errors)) {
                while (collStart < collEnd) {
                    int d = s.codePointAt(collStart);
                    if (d < 0xDC80 || d > 0xDCFF) {
                        break;
                    }
                    out.add(d - 0xDC00);
                    collStart++;
                }
                if (collStart == collEnd) {
                    pos = collEnd;
                    continue;
                }
            }
            if (errors == null || errors.equals("strict")) {
                throw CodecRegistry.encodeException(encoding, s, collStart, collEnd, reason);
            }
            BuiltinErrorHandlers.Result r = CodecRegistry.encodeError(errors, encoding, s, collStart, collEnd, reason);
            if (r.replacement() instanceof PyBytes b) {
                out.add(b.bytes);
            } else {
                PyStr rep = (PyStr) r.replacement();
                int max = limit == 0 ? 128 : limit;
                for (int i = 0; i < rep.length(); i++) {
                    if (rep.codePointAt(i) >= max) {
                        throw CodecRegistry.encodeException(encoding, s, collStart, collEnd, reason);
                    }
                }
                for (int i = 0; i < rep.length(); i++) {
                    out.add(rep.codePointAt(i));
                }
            }
            pos = r.newPos();
        }
        return out.toArray();
    }

    static void utf8Char(ByteBuilder out, int c) {
        if (c < 0x80) {
            out.add(c);
        } else if (c < 0x800) {
            out.add(0xC0 | (c >> 6));
            out.add(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out.add(0xE0 | (c >> 12));
            out.add(0x80 | ((c >> 6) & 0x3F));
            out.add(0x80 | (c & 0x3F));
        } else {
            out.add(0xF0 | (c >> 18));
            out.add(0x80 | ((c >> 12) & 0x3F));
            out.add(0x80 | ((c >> 6) & 0x3F));
            out.add(0x80 | (c & 0x3F));
        }
    }
}
