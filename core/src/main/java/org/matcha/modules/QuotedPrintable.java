package org.matcha.modules;

import java.io.ByteArrayOutputStream;

/** Quoted-printable for binascii.a2b_qp/b2a_qp. CPython: Modules/binascii.c binascii_a2b_qp_impl, binascii_b2a_qp_impl. */
final class QuotedPrintable {
    private QuotedPrintable() {}

    private static final int MAXLINESIZE = 76;
    private static final String HEX = "0123456789ABCDEF";

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int hexValue(int c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    static byte[] decode(byte[] in, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int n = in.length;
        while (i < n) {
            int c = in[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) {
                    break;
                }
                int d = in[i] & 0xff;
                if (d == '\n' || d == '\r') {
                    if (d != '\n') {
                        while (i < n && in[i] != '\n') {
                            i++;
                        }
                    }
                    if (i < n) {
                        i++;
                    }
                } else if (d == '=') {
                    out.write('=');
                    i++;
                } else if (i + 1 < n && isHex(d) && isHex(in[i + 1] & 0xff)) {
                    out.write((hexValue(d) << 4) | hexValue(in[i + 1] & 0xff));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }


    static byte[] encode(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        int n = d.length;
        boolean crlf = false;
        for (int k = 0; k < n; k++) {
            if (d[k] == '\n') {
                crlf = k > 0 && d[k - 1] == '\r';
                break;
            }
        }
        byte[] out = new byte[n * 6 + 16];
        int o = 0;
        int linelen = 0;
        int i = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            int next = i + 1 < n ? d[i + 1] & 0xff : -1;
            boolean encode = c > 126 || c == '='
                    || (header && c == '_')
                    || (c == '.' && linelen == 0 && (i + 1 == n || next == '\n' || next == '\r' || next == 0))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == '\t' || c == ' ') && i + 1 == n)
                    || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (encode) {
                if (linelen + 3 >= MAXLINESIZE) {
                    out[o++] = '=';
                    if (crlf) {
                        out[o++] = '\r';
                    }
                    out[o++] = '\n';
                    linelen = 0;
                }
                out[o++] = '=';
                out[o++] = (byte) HEX.charAt(c >> 4);
                out[o++] = (byte) HEX.charAt(c & 15);
                i++;
                linelen += 3;
            } else if (istext && (c == '\n' || (i + 1 < n && c == '\r' && next == '\n'))) {
                linelen = 0;
                if (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\t')) {
                    int ch = out[o - 1] & 0xff;
                    out[o - 1] = '=';
                    out[o++] = (byte) HEX.charAt(ch >> 4);
                    out[o++] = (byte) HEX.charAt(ch & 15);
                }
                if (crlf) {
                    out[o++] = '\r';
                }
                out[o++] = '\n';
                i += c == '\r' ? 2 : 1;
            } else {
                if (i + 1 != n && next != '\n' && linelen + 1 >= MAXLINESIZE) {
                    out[o++] = '=';
                    if (crlf) {
                        out[o++] = '\r';
                    }
                    out[o++] = '\n';
                    linelen = 0;
                }
                linelen++;
                if (header && c == ' ') {
                    out[o++] = '_';
                } else {
                    out[o++] = (byte) c;
                }
                i++;
            }
        }
        return java.util.Arrays.copyOf(out, o);
    }
}
