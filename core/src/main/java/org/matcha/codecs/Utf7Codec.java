package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * UTF-7 (RFC 2152): printable ASCII written directly, everything else as modified base64 of its
 * UTF-16 units between '+' and an optional '-'. Errors are reported under the name "utf7", as in
 * CPython. CPython: Objects/unicodeobject.c (PyUnicode_DecodeUTF7Stateful, _PyUnicode_EncodeUTF7).
 */
public final class Utf7Codec {
    private Utf7Codec() {}

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** 0: set D, 1: set O, 2: whitespace, 3: must be base64 encoded. CPython: utf7_category. */
    private static int category(int c) {
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "'(),-./:?".indexOf(c) >= 0) {
            return 0;
        }
        if ("!\"#$%&*;<=>@[]^_`{|}".indexOf(c) >= 0) {
            return 1;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            return 2;
        }
        return 3;
    }

    private static boolean encodeDirect(int c) {
        return c > 0 && c < 128 && category(c) != 3;
    }

    private static boolean isBase64(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }

    private static int fromBase64(int c) {
        return BASE64.indexOf(c);
    }

    public static byte[] encode(PyStr s) {
        int n = s.length();
        ByteBuilder out = new ByteBuilder(n + 8);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int i = 0; i < n; i++) {
            int ch = s.codePointAt(i);
            if (inShift) {
                if (encodeDirect(ch)) {
                    if (bits > 0) {
                        out.add(BASE64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') {
                        out.add('-');
                    }
                    out.add(ch);
                    continue;
                }
            } else if (ch == '+') {
                out.add('+');
                out.add('-');
                continue;
            } else if (encodeDirect(ch)) {
                out.add(ch);
                continue;
            } else {
                out.add('+');
                inShift = true;
            }
            int[] units = ch >= 0x10000 ? new int[] {0xD800 | ((ch - 0x10000) >> 10), 0xDC00 | ((ch - 0x10000) & 0x3FF)}
                    : new int[] {ch};
            for (int u : units) {
                bits += 16;
                buffer = (buffer << 16) | u;
                while (bits >= 6) {
                    out.add(BASE64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                    bits -= 6;
                }
                buffer &= (1L << bits) - 1;
            }
        }
        if (bits > 0) {
            out.add(BASE64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
        }
        if (inShift) {
            out.add('-');
        }
        return out.toArray();
    }

    public static DecodeResult decode(byte[] b, String errors, boolean fin) {
        int n = b.length;
        CodePointBuilder out = new CodePointBuilder(n);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int startInPos = 0;
        int shiftOutStart = 0;
        int s = 0;
        while (true) {
            while (s < n) {
                int ch = b[s] & 0xff;
                String errmsg = null;
                if (inShift) {
                    if (isBase64(ch)) {
                        buffer = (buffer << 6) | fromBase64(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16) {
                            int outCh = (int) ((buffer >> (bits - 16)) & 0xFFFF);
                            bits -= 16;
                            buffer &= (1L << bits) - 1;
                            if (surrogate != 0) {
                                if (outCh >= 0xDC00 && outCh <= 0xDFFF) {
                                    out.add(0x10000 + ((surrogate - 0xD800) << 10) + (outCh - 0xDC00));
                                    surrogate = 0;
                                    continue;
                                }
                                out.add(surrogate);
                                surrogate = 0;
                            }
                            if (outCh >= 0xD800 && outCh <= 0xDBFF) {
                                surrogate = outCh;
                            } else {
                                out.add(outCh);
                            }
                        }
                        continue;
                    }
                    inShift = false;
                    if (bits > 6) {
                        s++;
                        errmsg = "partial character in shift sequence";
                    } else if (buffer != 0) {
                        s++;
                        errmsg = "non-zero padding bits in shift sequence";
                    } else {
                        if (surrogate != 0 && ch <= 127 && ch != '+') {
                            out.add(surrogate);
                        }
                        surrogate = 0;
                        if (ch == '-') {
                            s++;
                        }
                        continue;
                    }
                } else if (ch == '+') {
                    startInPos = s;
                    s++;
                    if (s < n && b[s] == '-') {
                        s++;
                        out.add('+');
                        continue;
                    } else if (s < n && !isBase64(b[s] & 0xff)) {
                        s++;
                        errmsg = "ill-formed sequence";
                    } else {
                        inShift = true;
                        surrogate = 0;
                        shiftOutStart = out.size();
                        bits = 0;
                        buffer = 0;
                        continue;
                    }
                } else if (ch <= 127) {
                    s++;
                    out.add(ch);
                    continue;
                } else {
                    startInPos = s;
                    s++;
                    errmsg = "unexpected special character";
                }
                s = CodecRegistry.handleDecode(out, errors, "utf7", b, startInPos, s, errmsg);
            }
            if (inShift && fin) {
                inShift = false;
                if (surrogate != 0 || bits >= 6 || bits > 0 && buffer != 0) {
                    s = CodecRegistry.handleDecode(out, errors, "utf7", b, startInPos, n, "unterminated shift sequence");
                    if (s < n) {
                        continue;
                    }
                }
            }
            break;
        }
        if (!fin && inShift) {
            return new DecodeResult(out.toStr().substring(0, shiftOutStart), startInPos);
        }
        return new DecodeResult(out.toStr(), s);
    }
}
