package org.matcha.objects;

/**
 * Text encodings needed by str.encode / bytes.decode: utf-8 (surrogates are errors, as in
 * CPython), ascii and latin-1, with the strict, ignore and replace error handlers.
 * CPython: Objects/unicodeobject.c (PyUnicode_DecodeUTF8Stateful, unicode_encode_utf8).
 */
public final class Codecs {
    private Codecs() {}

    static String normalize(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf8": case "utf-8": case "u8": case "cp65001":
                return "utf-8";
            case "ascii": case "us-ascii": case "646":
                return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "8859": case "cp819":
                return "latin-1";
            default:
                return e;
        }
    }

    public static byte[] encode(PyStr s, String encoding, String errors) {
        String enc = normalize(encoding);
        int[] cps = s.codePoints();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : -1;
        if (limit < 0 && !enc.equals("utf-8")) {
            throw new PyException(PyBaseException.create(ExceptionTypes.LookupError, PyStr.of("unknown encoding: " + encoding)));
        }
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean bad = limit > 0 ? c >= limit : (c >= 0xD800 && c <= 0xDFFF);
            if (bad) {
                if (errors.equals("ignore")) {
                    continue;
                }
                if (errors.equals("replace")) {
                    out.write('?');
                    continue;
                }
                String reason = limit > 0 ? "ordinal not in range(" + limit + ")" : "surrogates not allowed";
                throw encodeError(enc.equals("utf-8") ? "utf-8" : enc.equals("ascii") ? "ascii" : "latin-1", s, i, i + 1,
                        reason);
            }
            if (limit > 0) {
                out.write(c);
            } else if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.write(0xF0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3F));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    private static PyException encodeError(String enc, PyStr s, int start, int end, String reason) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.UnicodeEncodeError, PyStr.of(enc), s,
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
        return new PyException(e);
    }

    public static PyStr decode(byte[] b, String encoding, String errors) {
        String enc = normalize(encoding);
        int[] out = new int[b.length];
        int n = 0;
        if (enc.equals("latin-1")) {
            for (byte x : b) {
                out[n++] = x & 0xff;
            }
            return PyStr.ofCodePoints(out, 0, n);
        }
        if (enc.equals("ascii")) {
            for (int i = 0; i < b.length; i++) {
                int x = b[i] & 0xff;
                if (x >= 128) {
                    if (errors.equals("ignore")) {
                        continue;
                    }
                    if (errors.equals("replace")) {
                        out[n++] = 0xFFFD;
                        continue;
                    }
                    throw decodeError("ascii", b, i, i + 1, "ordinal not in range(128)");
                }
                out[n++] = x;
            }
            return PyStr.ofCodePoints(out, 0, n);
        }
        if (!enc.equals("utf-8")) {
            throw new PyException(PyBaseException.create(ExceptionTypes.LookupError, PyStr.of("unknown encoding: " + encoding)));
        }
        int i = 0;
        while (i < b.length) {
            int x = b[i] & 0xff;
            if (x < 0x80) {
                out[n++] = x;
                i++;
                continue;
            }
            int need;
            int cp;
            int min;
            if (x >= 0xC2 && x <= 0xDF) {
                need = 1;
                cp = x & 0x1F;
                min = 0x80;
            } else if (x >= 0xE0 && x <= 0xEF) {
                need = 2;
                cp = x & 0x0F;
                min = 0x800;
            } else if (x >= 0xF0 && x <= 0xF4) {
                need = 3;
                cp = x & 0x07;
                min = 0x10000;
            } else {
                n = badByte(out, n, b, i, i + 1, errors, "invalid start byte");
                i++;
                continue;
            }
            int j = 1;
            boolean ok = true;
            for (; j <= need; j++) {
                if (i + j >= b.length) {
                    ok = false;
                    break;
                }
                int y = b[i + j] & 0xff;
                if ((y & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (y & 0x3F);
                if (j == 1 && ((x == 0xE0 && y < 0xA0) || (x == 0xED && y > 0x9F) || (x == 0xF0 && y < 0x90)
                        || (x == 0xF4 && y > 0x8F))) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                boolean truncated = i + j >= b.length;
                n = badByte(out, n, b, i, i + j, errors, truncated ? "unexpected end of data" : "invalid continuation byte");
                i += Math.max(1, j);
                continue;
            }
            if (cp < min) {
                n = badByte(out, n, b, i, i + 1, errors, "invalid start byte");
                i++;
                continue;
            }
            out[n++] = cp;
            i += need + 1;
        }
        return PyStr.ofCodePoints(out, 0, n);
    }

    private static int badByte(int[] out, int n, byte[] b, int start, int end, String errors, String reason) {
        if (errors.equals("ignore")) {
            return n;
        }
        if (errors.equals("replace")) {
            out[n++] = 0xFFFD;
            return n;
        }
        if (errors.equals("surrogateescape")) {
            out[n++] = 0xDC00 + (b[start] & 0xff);
            return n;
        }
        throw decodeError("utf-8", b, start, end, reason);
    }

    private static PyException decodeError(String enc, byte[] b, int start, int end, String reason) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.UnicodeDecodeError, PyStr.of(enc), new PyBytes(b),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
        return new PyException(e);
    }
}
