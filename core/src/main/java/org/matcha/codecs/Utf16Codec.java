package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * UTF-16 in either byte order, with the byte order mark written by the native-order encoder and
 * read by the native-order decoder. Byte order: -1 little-endian, 1 big-endian, 0 native (with a
 * BOM; little-endian here). CPython: Objects/unicodeobject.c (_PyUnicode_EncodeUTF16,
 * PyUnicode_DecodeUTF16Stateful).
 */
public final class Utf16Codec {
    private Utf16Codec() {}

    static String encodingName(int byteorder) {
        return byteorder == 0 ? "utf-16" : byteorder < 0 ? "utf-16-le" : "utf-16-be";
    }

    private static void unit(ByteBuilder out, int u, boolean big) {
        if (big) {
            out.add(u >> 8);
            out.add(u & 0xff);
        } else {
            out.add(u & 0xff);
            out.add(u >> 8);
        }
    }

    public static byte[] encode(PyStr s, String errors, int byteorder) {
        int n = s.length();
        ByteBuilder out = new ByteBuilder(2 * n + 2);
        boolean big = byteorder > 0;
        if (byteorder == 0) {
            unit(out, 0xFEFF, false);
        }
        String encoding = encodingName(byteorder);
        int pos = 0;
        while (pos < n) {
            int c = s.codePointAt(pos++);
            if (c >= 0x10000) {
                unit(out, 0xD800 | ((c - 0x10000) >> 10), big);
                unit(out, 0xDC00 | ((c - 0x10000) & 0x3FF), big);
                continue;
            }
            if (c < 0xD800 || c > 0xDFFF) {
                unit(out, c, big);
                continue;
            }
            if (errors == null || errors.equals("strict")) {
                throw CodecRegistry.encodeException(encoding, s, pos - 1, pos, "surrogates not allowed");
            }
            BuiltinErrorHandlers.Result r = CodecRegistry.encodeError(errors, encoding, s, pos - 1, pos,
                    "surrogates not allowed");
            pos = r.newPos();
            if (r.replacement() instanceof PyBytes b) {
                if ((b.bytes.length & 1) != 0) {
                    throw CodecRegistry.encodeException(encoding, s, pos - 1, pos, "surrogates not allowed");
                }
                out.add(b.bytes);
            } else {
                PyStr rep = (PyStr) r.replacement();
                for (int i = 0; i < rep.length(); i++) {
                    if (rep.codePointAt(i) >= 128) {
                        throw CodecRegistry.encodeException(encoding, s, pos - 1, pos, "surrogates not allowed");
                    }
                }
                for (int i = 0; i < rep.length(); i++) {
                    unit(out, rep.codePointAt(i), big);
                }
            }
        }
        return out.toArray();
    }

    /** The decoded text, the bytes consumed and the byte order found (for utf_16_ex_decode). */
    public record Result(PyStr text, int consumed, int byteorder) {}

    public static Result decode(byte[] b, String errors, int byteorder, boolean fin) {
        int n = b.length;
        int q = 0;
        int bo = byteorder;
        if (bo == 0 && n >= 2) {
            int bom = (b[1] & 0xff) << 8 | (b[0] & 0xff);
            if (bom == 0xFEFF) {
                q = 2;
                bo = -1;
            } else if (bom == 0xFFFE) {
                q = 2;
                bo = 1;
            }
        }
        boolean big = bo > 0;
        String encoding = big ? "utf-16-be" : "utf-16-le";
        CodePointBuilder out = new CodePointBuilder(n / 2);
        while (q < n) {
            if (n - q < 2) {
                if (!fin) {
                    break;
                }
                q = CodecRegistry.handleDecode(out, errors, encoding, b, q, n, "truncated data");
                continue;
            }
            int u = read(b, q, big);
            if (u < 0xD800 || u > 0xDFFF) {
                out.add(u);
                q += 2;
                continue;
            }
            if (u >= 0xDC00) {
                q = CodecRegistry.handleDecode(out, errors, encoding, b, q, q + 2, "illegal encoding");
                continue;
            }
            if (n - q < 4) {
                if (!fin) {
                    break;
                }
                q = CodecRegistry.handleDecode(out, errors, encoding, b, q, n, "unexpected end of data");
                continue;
            }
            int u2 = read(b, q + 2, big);
            if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                out.add(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                q += 4;
                continue;
            }
            q = CodecRegistry.handleDecode(out, errors, encoding, b, q, q + 2, "illegal UTF-16 surrogate");
        }
        return new Result(out.toStr(), q, bo);
    }

    private static int read(byte[] b, int q, boolean big) {
        int b0 = b[q] & 0xff;
        int b1 = b[q + 1] & 0xff;
        return big ? b0 << 8 | b1 : b1 << 8 | b0;
    }
}
