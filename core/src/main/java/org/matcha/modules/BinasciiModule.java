package org.matcha.modules;

import java.io.ByteArrayOutputStream;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;
import org.matcha.objects.TypeBuilder;

/** The binascii module: hex, base64, uu, quoted-printable and CRCs. CPython: Modules/binascii.c. */
@PyModuleDef(name = "binascii")
public final class BinasciiModule {
    private BinasciiModule() {}

    private static PyType errorType;
    private static PyType incompleteType;
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] CRC_HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CRC_HQX_TABLE[n] = h & 0xffff;
        }
    }

    public static void init(PyModule m) {
        m.add("Error", errorType());
        m.add("Incomplete", incompleteType());
    }

    private static PyType newException(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem("__module__", PyStr.of("binascii"));
        return TypeBuilder.build(PyType.TYPE, name, new PyObject[] {base}, ns, null);
    }

    private static PyType errorType() {
        if (errorType == null) {
            errorType = newException("Error", ExceptionTypes.ValueError);
        }
        return errorType;
    }

    private static PyType incompleteType() {
        if (incompleteType == null) {
            incompleteType = newException("Incomplete", ExceptionTypes.Exception);
        }
        return incompleteType;
    }

    static PyException error(String message) {
        return Errors.of(errorType(), message);
    }

    /** Input of the a2b_* functions: bytes-like, or an ASCII-only str. CPython: ascii_buffer_converter. */
    private static byte[] asciiData(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value;
            byte[] b = new byte[v.length()];
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c > 127) {
                    throw Errors.valueError("string argument should contain only ASCII characters");
                }
                b[i] = (byte) c;
            }
            return b;
        }
        if (o instanceof BufferExporter) {
            return PyBytes.asBytes(o);
        }
        throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '" + o.type().name + "'");
    }

    private static byte[] binaryData(PyObject o) {
        if (o instanceof BufferExporter) {
            return PyBytes.asBytes(o);
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    // ---- hex ----

    /** CPython: Python/pystrhex.c _Py_strhex_impl (groups counted from the right when bytes_per_sep > 0). */
    static byte[] hex(byte[] data, PyObject sep, int bytesPerSep) {
        int sepChar = -1;
        if (sep != null) {
            byte[] sb;
            if (sep instanceof PyStr s) {
                if (s.value.codePointCount(0, s.value.length()) != 1) {
                    throw Errors.valueError("sep must be length 1.");
                }
                int cp = s.value.codePointAt(0);
                if (cp > 255) { // CPython 3.11 lets a Latin-1 str separator through as its byte
                    throw Errors.valueError("sep must be ASCII.");
                }
                sepChar = cp;
            } else if (sep instanceof PyBytes || sep instanceof PyByteArray) {
                sb = PyBytes.asBytes(sep);
                if (sb.length != 1) {
                    throw Errors.valueError("sep must be length 1.");
                }
                sepChar = sb[0] & 0xff;
            } else {
                throw Errors.typeError("object of type '" + sep.type().name + "' has no len()");
            }
        }
        int every = Math.abs(bytesPerSep);
        if (sepChar < 0 || every == 0 || data.length == 0) {
            sepChar = -1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String digits = "0123456789abcdef";
        int n = data.length;
        for (int i = 0; i < n; i++) {
            if (sepChar >= 0 && i > 0) {
                boolean cut = bytesPerSep > 0 ? (n - i) % every == 0 : i % every == 0;
                if (cut) {
                    out.write(sepChar);
                }
            }
            out.write(digits.charAt((data[i] >> 4) & 15));
            out.write(digits.charAt(data[i] & 15));
        }
        return out.toByteArray();
    }

    @PyMethod(sig = "(data, sep=NULL, bytes_per_sep=1)")
    public static PyObject b2a_hex(PyObject data, PyObject sep, int bytesPerSep) {
        return new PyBytes(hex(binaryData(data), sep, bytesPerSep));
    }

    @PyMethod(sig = "(data, sep=NULL, bytes_per_sep=1)")
    public static PyObject hexlify(PyObject data, PyObject sep, int bytesPerSep) {
        return b2a_hex(data, sep, bytesPerSep);
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

    @PyMethod
    public static PyObject a2b_hex(PyObject hexstr) {
        byte[] in = asciiData(hexstr);
        if (in.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hexValue(in[2 * i]);
            int lo = hexValue(in[2 * i + 1]);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi * 16 + lo);
        }
        return new PyBytes(out);
    }

    @PyMethod
    public static PyObject unhexlify(PyObject hexstr) {
        return a2b_hex(hexstr);
    }

    // ---- base64 ----

    /** CPython: binascii_a2b_base64_impl, including strict_mode's checks. */
    @PyMethod(sig = "(data, /, *, strict_mode=False)")
    public static PyObject a2b_base64(PyObject data, boolean strictMode) {
        byte[] in = asciiData(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (strictMode && in.length > 0 && in[0] == '=') {
            throw error("Leading padding not allowed");
        }
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < in.length; i++) {
            int ch = in[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (strictMode && quadPos == 0) {
                    throw error("Excess padding not allowed");
                }
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strictMode && i + 1 < in.length) {
                        throw error("Excess data after padding");
                    }
                    return new PyBytes(out.toByteArray());
                }
                continue;
            }
            int v = ch < 128 ? B64.indexOf(ch) : -1;
            if (v < 0) {
                if (strictMode) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strictMode && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0:
                    quadPos = 1;
                    leftchar = v;
                    break;
                case 1:
                    quadPos = 2;
                    out.write((leftchar << 2) | (v >> 4));
                    leftchar = v & 0x0f;
                    break;
                case 2:
                    quadPos = 3;
                    out.write((leftchar << 4) | (v >> 2));
                    leftchar = v & 0x03;
                    break;
                default:
                    quadPos = 0;
                    out.write((leftchar << 6) | v);
                    leftchar = 0;
                    break;
            }
        }
        if (quadPos != 0) {
            if (quadPos == 1) {
                throw error("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                        + ") cannot be 1 more than a multiple of 4");
            }
            throw error("Incorrect padding");
        }
        return new PyBytes(out.toByteArray());
    }

    @PyMethod(sig = "(data, /, *, newline=True)")
    public static PyObject b2a_base64(PyObject data, boolean newline) {
        byte[] in = binaryData(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        for (; i + 2 < in.length; i += 3) {
            int v = ((in[i] & 0xff) << 16) | ((in[i + 1] & 0xff) << 8) | (in[i + 2] & 0xff);
            out.write(B64.charAt(v >> 18));
            out.write(B64.charAt((v >> 12) & 63));
            out.write(B64.charAt((v >> 6) & 63));
            out.write(B64.charAt(v & 63));
        }
        int rest = in.length - i;
        if (rest == 1) {
            int v = (in[i] & 0xff) << 16;
            out.write(B64.charAt(v >> 18));
            out.write(B64.charAt((v >> 12) & 63));
            out.write('=');
            out.write('=');
        } else if (rest == 2) {
            int v = ((in[i] & 0xff) << 16) | ((in[i + 1] & 0xff) << 8);
            out.write(B64.charAt(v >> 18));
            out.write(B64.charAt((v >> 12) & 63));
            out.write(B64.charAt((v >> 6) & 63));
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return new PyBytes(out.toByteArray());
    }

    // ---- uu ----

    /** CPython: binascii_a2b_uu_impl. */
    @PyMethod
    public static PyObject a2b_uu(PyObject data) {
        byte[] in = asciiData(data);
        int pos = 0;
        int asciiLen = in.length;
        int binLen = ((asciiLen > 0 ? in[pos++] & 0xff : 0) - ' ') & 077;
        asciiLen--;
        byte[] out = new byte[binLen];
        int outPos = 0;
        int leftchar = 0;
        int leftbits = 0;
        for (; binLen > 0; asciiLen--, pos++) {
            int ch = asciiLen > 0 ? in[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || asciiLen <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw error("Illegal char");
                }
                ch = (ch - ' ') & 077;
            }
            leftchar = (leftchar << 6) | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out[outPos++] = (byte) ((leftchar >> leftbits) & 0xff);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (asciiLen-- > 0) {
            int ch = in[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw error("Trailing garbage");
            }
        }
        return new PyBytes(out);
    }

    /** CPython: binascii_b2a_uu_impl. */
    @PyMethod(sig = "(data, /, *, backtick=False)")
    public static PyObject b2a_uu(PyObject data, boolean backtick) {
        byte[] in = binaryData(data);
        if (in.length > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(backtick && in.length == 0 ? '`' : ' ' + in.length);
        int leftchar = 0;
        int leftbits = 0;
        for (int i = 0, binLen = in.length; binLen > 0 || leftbits != 0; binLen--, i++) {
            leftchar = binLen > 0 ? (leftchar << 8) | (in[i] & 0xff) : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6) {
                int ch = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
        }
        out.write('\n');
        return new PyBytes(out.toByteArray());
    }

    // ---- CRCs ----

    /** An unsigned_int(bitwise=True) argument: any int, masked to 32 bits. */
    private static int bitwiseUnsigned(PyObject o) {
        if (o instanceof org.matcha.objects.PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = org.matcha.objects.Abstract.index(o);
        return i.big != null ? i.big.intValue() : (int) i.value;
    }

    @PyMethod(sig = "(data, crc=0, /)")
    public static PyObject crc32(PyObject data, PyObject crcArg) {
        byte[] in = binaryData(data);
        int crc = ~bitwiseUnsigned(crcArg);
        for (byte b : in) {
            crc = CRC32_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
        }
        return PyInt.of(~crc & 0xffffffffL);
    }

    @PyMethod(sig = "(data, crc, /)")
    public static PyObject crc_hqx(PyObject data, PyObject crcArg) {
        byte[] in = binaryData(data);
        int crc = bitwiseUnsigned(crcArg) & 0xffff;
        for (byte b : in) {
            crc = ((crc << 8) & 0xff00) ^ CRC_HQX_TABLE[((crc >> 8) ^ b) & 0xff];
        }
        return PyInt.of(crc);
    }

    // ---- quoted-printable ----

    @PyMethod(sig = "(data, header=False)")
    public static PyObject a2b_qp(PyObject data, boolean header) {
        return new PyBytes(QuotedPrintable.decode(asciiData(data), header));
    }

    @PyMethod(sig = "(data, quotetabs=False, istext=True, header=False)")
    public static PyObject b2a_qp(PyObject data, boolean quotetabs, boolean istext, boolean header) {
        return new PyBytes(QuotedPrintable.encode(binaryData(data), quotetabs, istext, header));
    }
}
