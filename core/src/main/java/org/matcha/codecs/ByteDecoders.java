package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * UTF-8, ASCII and latin-1 decoding. A UTF-8 sequence cut short at the end of the input is left
 * unconsumed when the decoding is not final. CPython: Objects/unicodeobject.c
 * (unicode_decode_utf8, PyUnicode_DecodeASCII, PyUnicode_DecodeLatin1).
 */
public final class ByteDecoders {
    private ByteDecoders() {}

    public static PyStr latin1(byte[] b, int from, int to) {
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = b[i] & 0xff;
        }
        return out.length == 0 ? PyStr.EMPTY : PyStr.ofCodePoints(out, 0, out.length);
    }

    public static PyStr ascii(byte[] b, String errors) {
        CodePointBuilder out = new CodePointBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int x = b[i] & 0xff;
            if (x < 128) {
                out.add(x);
                i++;
            } else {
                i = CodecRegistry.handleDecode(out, errors, "ascii", b, i, i + 1, "ordinal not in range(128)");
            }
        }
        return out.toStr();
    }

    public static PyStr utf8(byte[] b, String errors) {
        return utf8(b, errors, true).text();
    }

    public static DecodeResult utf8(byte[] b, String errors, boolean fin) {
        CodePointBuilder out = new CodePointBuilder(b.length);
        int n = b.length;
        int i = 0;
        while (i < n) {
            int x = b[i] & 0xff;
            if (x < 0x80) {
                out.add(x);
                i++;
                continue;
            }
            int need;
            int cp;
            if (x >= 0xC2 && x <= 0xDF) {
                need = 1;
                cp = x & 0x1F;
            } else if (x >= 0xE0 && x <= 0xEF) {
                need = 2;
                cp = x & 0x0F;
            } else if (x >= 0xF0 && x <= 0xF4) {
                need = 3;
                cp = x & 0x07;
            } else {
                i = CodecRegistry.handleDecode(out, errors, "utf-8", b, i, i + 1, "invalid start byte");
                continue;
            }
            int j = 1;
            boolean ok = true;
            for (; j <= need; j++) {
                if (i + j >= n) {
                    ok = false;
                    break;
                }
                int y = b[i + j] & 0xff;
                if ((y & 0xC0) != 0x80 || j == 1 && (x == 0xE0 && y < 0xA0 || x == 0xED && y > 0x9F
                        || x == 0xF0 && y < 0x90 || x == 0xF4 && y > 0x8F)) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (y & 0x3F);
            }
            if (ok) {
                out.add(cp);
                i += need + 1;
                continue;
            }
            if (i + j >= n) {
                if (!fin) {
                    break;
                }
                i = CodecRegistry.handleDecode(out, errors, "utf-8", b, i, n, "unexpected end of data");
            } else {
                i = CodecRegistry.handleDecode(out, errors, "utf-8", b, i, i + j, "invalid continuation byte");
            }
        }
        return new DecodeResult(out.toStr(), i);
    }
}
