package org.matcha.codecs;

import org.matcha.objects.*;

/**
 * The escape codecs: unicode_escape (Python string-literal escapes over latin-1),
 * raw_unicode_escape (only \\u and \\U) and escape_encode/escape_decode (bytes-literal escapes,
 * with their own ValueError-based error handling). CPython: Objects/unicodeobject.c
 * (_PyUnicode_DecodeUnicodeEscapeInternal, PyUnicode_AsUnicodeEscapeString,
 * _PyUnicode_DecodeRawUnicodeEscapeStateful, PyUnicode_AsRawUnicodeEscapeString) and
 * Objects/bytesobject.c (_PyBytes_DecodeEscape, PyBytes_Repr).
 */
public final class EscapeCodecs {
    private EscapeCodecs() {}

    private static final String HEX = "0123456789abcdef";

    private static void hex(ByteBuilder out, int value, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.add(HEX.charAt((value >> shift) & 0xf));
        }
    }

    public static byte[] unicodeEscapeEncode(PyStr s) {
        int n = s.length();
        ByteBuilder out = new ByteBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            int ch = s.codePointAt(i);
            if (ch < 0x100) {
                if (ch >= ' ' && ch < 127) {
                    if (ch == '\\') {
                        out.add('\\');
                    }
                    out.add(ch);
                } else if (ch == '\t') {
                    out.addAscii("\\t");
                } else if (ch == '\n') {
                    out.addAscii("\\n");
                } else if (ch == '\r') {
                    out.addAscii("\\r");
                } else {
                    out.addAscii("\\x");
                    hex(out, ch, 2);
                }
            } else if (ch < 0x10000) {
                out.addAscii("\\u");
                hex(out, ch, 4);
            } else {
                out.addAscii("\\U");
                hex(out, ch, 8);
            }
        }
        return out.toArray();
    }

    public static byte[] rawUnicodeEscapeEncode(PyStr s) {
        int n = s.length();
        ByteBuilder out = new ByteBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            int ch = s.codePointAt(i);
            if (ch < 0x100) {
                out.add(ch);
            } else if (ch < 0x10000) {
                out.addAscii("\\u");
                hex(out, ch, 4);
            } else {
                out.addAscii("\\U");
                hex(out, ch, 8);
            }
        }
        return out.toArray();
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Outcome of reading a fixed number of hex digits: value, or -1 incomplete, -2 bad digit (pos at it). */
    private static long readHex(byte[] b, int[] pos, int count) {
        long ch = 0;
        for (; count > 0; count--) {
            if (pos[0] >= b.length) {
                return -1;
            }
            int d = hexValue(b[pos[0]] & 0xff);
            if (d < 0) {
                return -2;
            }
            ch = (ch << 4) + d;
            pos[0]++;
        }
        return ch;
    }

    public static DecodeResult unicodeEscapeDecode(byte[] b, String errors, boolean fin) {
        int end = b.length;
        CodePointBuilder out = new CodePointBuilder(end);
        int s = 0;
        int[] pos = new int[1];
        while (s < end) {
            int c = b[s] & 0xff;
            if (c != '\\') {
                out.add(c);
                s++;
                continue;
            }
            int startInPos = s;
            s++;
            String message;
            boolean incomplete = false;
            if (s >= end) {
                message = "\\ at end of string";
                incomplete = true;
            } else {
                c = b[s++] & 0xff;
                int count = 0;
                message = null;
                switch (c) {
                    case '\n' -> { }
                    case '\\' -> out.add('\\');
                    case '\'' -> out.add('\'');
                    case '"' -> out.add('"');
                    case 'b' -> out.add('\b');
                    case 'f' -> out.add('\f');
                    case 't' -> out.add('\t');
                    case 'n' -> out.add('\n');
                    case 'r' -> out.add('\r');
                    case 'v' -> out.add(0x0B);
                    case 'a' -> out.add(0x07);
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int ch = c - '0';
                        if (s < end && b[s] >= '0' && b[s] <= '7') {
                            ch = (ch << 3) + b[s++] - '0';
                            if (s < end && b[s] >= '0' && b[s] <= '7') {
                                ch = (ch << 3) + b[s++] - '0';
                            }
                        }
                        out.add(ch);
                    }
                    case 'x' -> {
                        count = 2;
                        message = "truncated \\xXX escape";
                    }
                    case 'u' -> {
                        count = 4;
                        message = "truncated \\uXXXX escape";
                    }
                    case 'U' -> {
                        count = 8;
                        message = "truncated \\UXXXXXXXX escape";
                    }
                    case 'N' -> {
                        message = "malformed \\N character escape";
                        if (s >= end) {
                            incomplete = true;
                        } else if (b[s] == '{') {
                            int nameStart = ++s;
                            while (s < end && b[s] != '}') {
                                s++;
                            }
                            if (s >= end) {
                                incomplete = true;
                            } else if (s > nameStart) {
                                String name = ByteDecoders.latin1(b, nameStart, s).toString();
                                s++;
                                int cp = UnicodeNames.lookup(name);
                                if (cp >= 0) {
                                    out.add(cp);
                                    message = null;
                                } else {
                                    message = "unknown Unicode character name";
                                }
                            }
                        }
                        if (message != null && !incomplete) {
                            s = fail(out, errors, "unicodeescape", b, startInPos, s, message);
                        }
                        if (!incomplete) {
                            continue;
                        }
                    }
                    default -> {
                        out.add('\\');
                        out.add(c);
                    }
                }
                if (count > 0) {
                    pos[0] = s;
                    long ch = readHex(b, pos, count);
                    s = pos[0];
                    if (ch == -1) {
                        incomplete = true;
                    } else if (ch == -2) {
                        s = fail(out, errors, "unicodeescape", b, startInPos, s, message);
                        continue;
                    } else if (ch > 0x10FFFF) {
                        s = fail(out, errors, "unicodeescape", b, startInPos, s, "illegal Unicode character");
                        continue;
                    } else {
                        out.add((int) ch);
                    }
                }
                if (!incomplete) {
                    continue;
                }
            }
            if (!fin) {
                return new DecodeResult(out.toStr(), startInPos);
            }
            s = fail(out, errors, "unicodeescape", b, startInPos, s, message);
        }
        return new DecodeResult(out.toStr(), s);
    }

    private static int fail(CodePointBuilder out, String errors, String encoding, byte[] b, int start, int end,
            String message) {
        return CodecRegistry.handleDecode(out, errors, encoding, b, start, end, message);
    }

    public static DecodeResult rawUnicodeEscapeDecode(byte[] b, String errors, boolean fin) {
        int end = b.length;
        CodePointBuilder out = new CodePointBuilder(end);
        int s = 0;
        int[] pos = new int[1];
        while (s < end) {
            int c = b[s++] & 0xff;
            if (c != '\\' || s >= end && fin) {
                out.add(c);
                continue;
            }
            int startInPos = s - 1;
            if (s >= end) {
                return new DecodeResult(out.toStr(), startInPos);
            }
            c = b[s++] & 0xff;
            int count;
            String message;
            if (c == 'u') {
                count = 4;
                message = "truncated \\uXXXX escape";
            } else if (c == 'U') {
                count = 8;
                message = "truncated \\UXXXXXXXX escape";
            } else {
                out.add('\\');
                out.add(c);
                continue;
            }
            pos[0] = s;
            long ch = readHex(b, pos, count);
            s = pos[0];
            if (ch == -1 && !fin) {
                return new DecodeResult(out.toStr(), startInPos);
            }
            if (ch < 0) {
                s = fail(out, errors, "rawunicodeescape", b, startInPos, s, message);
            } else if (ch > 0x10FFFF) {
                s = fail(out, errors, "rawunicodeescape", b, startInPos, s, "\\Uxxxxxxxx out of range");
            } else {
                out.add((int) ch);
            }
        }
        return new DecodeResult(out.toStr(), s);
    }

    /** bytes escaped as in a bytes literal, without quotes. CPython: _codecs.escape_encode (PyBytes_Repr core). */
    public static byte[] escapeEncode(byte[] b) {
        ByteBuilder out = new ByteBuilder(b.length + 8);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\'' || c == '\\') {
                out.add('\\');
                out.add(c);
            } else if (c == '\t') {
                out.addAscii("\\t");
            } else if (c == '\n') {
                out.addAscii("\\n");
            } else if (c == '\r') {
                out.addAscii("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                out.addAscii("\\x");
                hex(out, c, 2);
            } else {
                out.add(c);
            }
        }
        return out.toArray();
    }

    /** Bytes-literal escapes decoded; only strict, replace and ignore. CPython: _PyBytes_DecodeEscape. */
    public static byte[] escapeDecode(byte[] b, String errors) {
        int end = b.length;
        ByteBuilder out = new ByteBuilder(end);
        int s = 0;
        while (s < end) {
            int c = b[s] & 0xff;
            if (c != '\\') {
                out.add(c);
                s++;
                continue;
            }
            s++;
            if (s >= end) {
                throw Errors.valueError("Trailing \\ in string");
            }
            c = b[s++] & 0xff;
            switch (c) {
                case '\n' -> { }
                case '\\' -> out.add('\\');
                case '\'' -> out.add('\'');
                case '"' -> out.add('"');
                case 'b' -> out.add('\b');
                case 'f' -> out.add('\f');
                case 't' -> out.add('\t');
                case 'n' -> out.add('\n');
                case 'r' -> out.add('\r');
                case 'v' -> out.add(0x0B);
                case 'a' -> out.add(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int ch = c - '0';
                    if (s < end && b[s] >= '0' && b[s] <= '7') {
                        ch = (ch << 3) + b[s++] - '0';
                        if (s < end && b[s] >= '0' && b[s] <= '7') {
                            ch = (ch << 3) + b[s++] - '0';
                        }
                    }
                    out.add(ch & 0xff);
                }
                case 'x' -> {
                    if (s + 1 < end) {
                        int d1 = hexValue(b[s] & 0xff);
                        int d2 = hexValue(b[s + 1] & 0xff);
                        if (d1 >= 0 && d2 >= 0) {
                            out.add((d1 << 4) + d2);
                            s += 2;
                            break;
                        }
                    }
                    if (errors == null || errors.equals("strict")) {
                        throw Errors.valueError("invalid \\x escape at position " + (s - 2));
                    }
                    if (errors.equals("replace")) {
                        out.add('?');
                    } else if (!errors.equals("ignore")) {
                        throw Errors.valueError("decoding error; unknown error handling code: " + errors);
                    }
                    if (s < end && hexValue(b[s] & 0xff) >= 0) {
                        s++;
                    }
                }
                default -> {
                    out.add('\\');
                    out.add(c);
                }
            }
        }
        return out.toArray();
    }
}
