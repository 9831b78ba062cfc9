package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * UTF-32 in either byte order, byte order marks as for {@link Utf16Codec}. CPython:
 * Objects/unicodeobject.c (_PyUnicode_EncodeUTF32, PyUnicode_DecodeUTF32Stateful).
 */
public final class Utf32Codec {
    private Utf32Codec() {}

    static String encodingName(int byteorder) {
        return byteorder == 0 ? "utf-32" : byteorder < 0 ? "utf-32-le" : "utf-32-be";
    }

    private static void unit(ByteBuilder out, int u, boolean big) {
        if (big) {
            out.add(u >>> 24);
            out.add((u >> 16) & 0xff);
            out.add((u >> 8) & 0xff);
            out.add(u & 0xff);
        } else {
            out.add(u & 0xff);
            out.add((u >> 8) & 0xff);
            out.add((u >> 16) & 0xff);
            out.add(u >>> 24);
        }
    }

    public static byte[] encode(PyStr s, String errors, int byteorder) {
        int n = s.length();
        ByteBuilder out = new ByteBuilder(4 * n + 4);
        boolean big = byteorder > 0;
        if (byteorder == 0) {
            unit(out, 0xFEFF, false);
        }
        String encoding = encodingName(byteorder);
        int pos = 0;
        while (pos < n) {
            int c = s.codePointAt(pos++);
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
                if ((b.bytes.length & 3) != 0) {
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

    public static Utf16Codec.Result decode(byte[] b, String errors, int byteorder, boolean fin) {
        int n = b.length;
        int q = 0;
        int bo = byteorder;
        if (bo == 0 && n >= 4) {
            long bom = read(b, 0, false);
            if (bom == 0xFEFF) {
                q = 4;
                bo = -1;
            } else if (bom == 0xFFFE0000L) {
                q = 4;
                bo = 1;
            }
        }
        boolean big = bo > 0;
        String encoding = big ? "utf-32-be" : "utf-32-le";
        CodePointBuilder out = new CodePointBuilder(n / 4);
        while (q < n) {
            if (n - q < 4) {
                if (!fin) {
                    break;
                }
                q = CodecRegistry.handleDecode(out, errors, encoding, b, q, n, "truncated data");
                continue;
            }
            long c = read(b, q, big);
            if (c > 0x10FFFF) {
                q = CodecRegistry.handleDecode(out, errors, encoding, b, q, q + 4, "code point not in range(0x110000)");
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                q = CodecRegistry.handleDecode(out, errors, encoding, b, q, q + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                out.add((int) c);
                q += 4;
            }
        }
        return new Utf16Codec.Result(out.toStr(), q, bo);
    }

    private static long read(byte[] b, int q, boolean big) {
        long b0 = b[q] & 0xff;
        long b1 = b[q + 1] & 0xff;
        long b2 = b[q + 2] & 0xff;
        long b3 = b[q + 3] & 0xff;
        return big ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0;
    }
}
