package org.matcha.objects;

/**
 * {@code str % args} and {@code bytes % args}: printf-style formatting. CPython:
 * Objects/unicodeobject.c PyUnicode_Format, Objects/bytesobject.c _PyBytes_FormatEx (which adds %b,
 * makes %s take bytes-like objects, %r/%a give ascii(), %c take an int or one byte).
 */
public final class PercentFormat {
    private PercentFormat() {}

    public static String format(PyStr format, PyObject args) {
        return format(format.codePoints(), args, false);
    }

    /** bytes % args: the format and the result are bytes. */
    public static byte[] formatBytes(byte[] format, PyObject args) {
        int[] f = new int[format.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = format[k] & 0xff;
        }
        String r = format(f, args, true);
        byte[] out = new byte[r.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = (byte) r.charAt(k);
        }
        return out;
    }

    /** A str, or in bytes mode a Latin-1 string (one char per byte). */
    private static String format(int[] f, PyObject args, boolean bytesMode) {
        StringBuilder out = new StringBuilder();
        PyObject[] argv;
        PyObject mapping = null;
        if (args instanceof PyTuple t) {
            argv = t.items;
        } else {
            argv = new PyObject[] {args};
            if (!(args instanceof PyStr) && !(bytesMode && (args instanceof PyBytes || args instanceof PyByteArray))
                    && args.type().lookup("__getitem__") != null) {
                mapping = args;
            }
        }
        int argi = 0;
        boolean usedMapping = false;
        int i = 0;
        while (i < f.length) {
            int c = f[i];
            if (c != '%') {
                out.appendCodePoint(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= f.length) {
                throw Errors.valueError("incomplete format");
            }
            PyObject keyed = null;
            if (f[i] == '(') {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int ks = ++i;
                while (i < f.length && depth > 0) {
                    if (f[i] == '(') {
                        depth++;
                    } else if (f[i] == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                keyed = Abstract.getItem(mapping, bytesMode ? latin1Bytes(f, ks, i - 1) : PyStr.ofCodePoints(f, ks, i - 1));
                usedMapping = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            while (i < f.length) {
                int fl = f[i];
                if (fl == '-') {
                    left = true;
                } else if (fl == '+') {
                    plus = true;
                } else if (fl == ' ') {
                    space = true;
                } else if (fl == '#') {
                    alt = true;
                } else if (fl == '0') {
                    zero = true;
                } else {
                    break;
                }
                i++;
            }
            int width = -1;
            if (i < f.length && f[i] == '*') {
                if (argi >= argv.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                width = starValue(argv[argi++]);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int ws = i;
                while (i < f.length && f[i] >= '0' && f[i] <= '9') {
                    i++;
                }
                if (i > ws) {
                    width = decimalNumber(f, ws, i, "width too big");
                }
            }
            int precision = -1;
            if (i < f.length && f[i] == '.') {
                i++;
                if (i < f.length && f[i] == '*') {
                    if (argi >= argv.length) {
                        throw Errors.typeError("not enough arguments for format string");
                    }
                    precision = starPrecision(argv[argi++]);
                    i++;
                } else {
                    int ps = i;
                    while (i < f.length && f[i] >= '0' && f[i] <= '9') {
                        i++;
                    }
                    precision = i > ps ? decimalNumber(f, ps, i, "precision too big") : 0;
                }
            }
            while (i < f.length && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) {
                i++;
            }
            if (i >= f.length) {
                throw Errors.valueError("incomplete format");
            }
            int conv = f[i++];
            if (conv == '%') {
                // only a bare "%%" is an escaped percent; "% %" is an error (CPython: unicode_format_arg)
                if (i - start != 2) {
                    throw unsupported(conv, i);
                }
                out.append('%');
                continue;
            }
            PyObject arg;
            if (keyed != null) {
                arg = keyed;
            } else {
                if (argi >= argv.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                arg = argv[argi++];
            }
            String body;
            String sign = "";
            boolean numeric = false;
            switch (conv) {
                case 'b':
                case 's':
                    if (bytesMode) {
                        body = bytesArg(arg);
                    } else if (conv == 'b') {
                        throw unsupported(conv, i);
                    } else {
                        body = Abstract.strString(arg);
                    }
                    if (precision >= 0) {
                        PyStr s = PyStr.of(body);
                        body = precision < s.length() ? s.substring(0, precision).value : body;
                    }
                    break;
                case 'r':
                case 'a':
                    body = Abstract.reprString(arg);
                    if (conv == 'a' || bytesMode) {
                        body = StrRepr.asciiEscape(body);
                    }
                    if (precision >= 0) {
                        PyStr s = PyStr.of(body);
                        body = precision < s.length() ? s.substring(0, precision).value : body;
                    }
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                    numeric = true;
                    PyInt v;
                    if (arg instanceof PyInt pi) {
                        v = pi;
                    } else if (arg instanceof PyFloat pf && (conv == 'd' || conv == 'i' || conv == 'u')) {
                        v = PyFloat.toInt(pf.value);
                    } else if (conv == 'd' || conv == 'i' || conv == 'u') {
                        PyObject r = Abstract.callSpecial(arg, "__int__");
                        if (r == null) {
                            throw Errors.typeError("%" + (char) conv + " format: a real number is required, not "
                                    + arg.type().name);
                        }
                        v = (PyInt) r;
                    } else {
                        if (Abstract.lookupSpecial(arg, "__index__") == null) {
                            throw Errors.typeError("%" + (char) conv + " format: an integer is required, not "
                                    + arg.type().name);
                        }
                        v = Abstract.index(arg);
                    }
                    int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
                    boolean negative = v.signum() < 0;
                    // a small int's digits without a BigInteger (Long.MIN_VALUE has no long magnitude)
                    body = v.big == null && v.value != Long.MIN_VALUE ? Long.toString(Math.abs(v.value), radix)
                            : v.toBig().abs().toString(radix);
                    if (conv == 'X') {
                        body = body.toUpperCase();
                    }
                    if (precision > body.length()) {
                        body = "0".repeat(precision - body.length()) + body;
                    }
                    if (alt && radix != 10) {
                        body = (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") + body;
                    }
                    sign = negative ? "-" : plus ? "+" : space ? " " : "";
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    numeric = true;
                    double d;
                    if (arg instanceof PyFloat pf) {
                        d = pf.value;
                    } else if (arg instanceof PyInt pi) {
                        d = pi.doubleValue();
                    } else {
                        PyObject r = Abstract.callSpecial(arg, "__float__");
                        if (!(r instanceof PyFloat rf)) {
                            throw Errors.typeError((bytesMode ? "float argument required, not "
                                    : "must be real number, not ") + arg.type().name);
                        }
                        d = rf.value;
                    }
                    int p = precision < 0 ? 6 : precision;
                    double ad = Math.abs(d);
                    if (conv == 'e' || conv == 'E') {
                        body = FloatRepr.formatExponent(ad, p, alt);
                    } else if (conv == 'f' || conv == 'F') {
                        body = FloatRepr.formatFixed(ad, p, alt);
                    } else {
                        body = FloatRepr.formatGeneral(ad, p, alt);
                    }
                    if (conv == 'E' || conv == 'F' || conv == 'G') {
                        body = body.toUpperCase();
                    }
                    boolean neg = Double.doubleToRawLongBits(d) < 0 && !Double.isNaN(d);
                    sign = neg ? "-" : plus ? "+" : space ? " " : "";
                    if (Double.isInfinite(d) || Double.isNaN(d)) {
                        zero = false;
                    }
                    break;
                }
                case 'c': {
                    if (bytesMode) {
                        body = byteChar(arg);
                    } else if (arg instanceof PyStr s) {
                        if (s.length() != 1) {
                            throw Errors.typeError("%c requires int or char");
                        }
                        body = s.value;
                    } else if (arg instanceof PyInt || Abstract.hasIndex(arg)) {
                        PyInt pi = Abstract.index(arg); // CPython: PyLong_AsLong takes __index__
                        long cp = pi.big != null ? -1 : pi.value;
                        if (cp < 0 || cp > 0x10FFFF) {
                            throw Errors.overflow("%c arg not in range(0x110000)");
                        }
                        body = PyStr.ofCodePoints(new int[] {(int) cp}, 0, 1).value;
                    } else {
                        throw Errors.typeError("%c requires int or char");
                    }
                    break;
                }
                default:
                    throw unsupported(conv, i);
            }
            int len = PyStr.of(body).length() + sign.length();
            if (width > len) {
                int pad = width - len;
                if (left) {
                    out.append(sign).append(body).append(" ".repeat(pad));
                } else if (zero && numeric) {
                    String prefix = sign;
                    String rest = body;
                    if (alt && (body.startsWith("0x") || body.startsWith("0X") || body.startsWith("0o"))) {
                        prefix += body.substring(0, 2);
                        rest = body.substring(2);
                    }
                    out.append(prefix).append("0".repeat(pad)).append(rest);
                } else {
                    out.append(" ".repeat(pad)).append(sign).append(body);
                }
            } else {
                out.append(sign).append(body);
            }
            if (start < 0) {
                break;
            }
        }
        if (argi < argv.length && !usedMapping && !(mapping != null && argv.length == 1)) {
            throw Errors.typeError("not all arguments converted during " + (bytesMode ? "bytes" : "string")
                    + " formatting");
        }
        return out.toString();
    }

    private static PyException unsupported(int conv, int next) {
        return Errors.valueError("unsupported format character '" + new String(new int[] {conv}, 0, 1)
                + "' (0x" + Integer.toHexString(conv) + ") at index " + (next - 1));
    }

    private static PyBytes latin1Bytes(int[] f, int from, int to) {
        byte[] b = new byte[to - from];
        for (int k = 0; k < b.length; k++) {
            b[k] = (byte) f[from + k];
        }
        return new PyBytes(b);
    }

    /** %b and %s of bytes: a bytes-like object or __bytes__. CPython: format_obj. */
    private static String bytesArg(PyObject arg) {
        if (arg instanceof BufferExporter) {
            return PyBytes.latin1(PyBytes.asBytes(arg));
        }
        PyObject m = Abstract.lookupSpecial(arg, "__bytes__");
        if (m != null) {
            PyObject r = Abstract.callMethodRaw(m, arg);
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
            }
            return PyBytes.latin1(rb.bytes);
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + arg.type().name + "'");
    }

    /** %c of bytes: an int in range(256) or a bytes/bytearray of length 1. CPython: byte_converter. */
    private static String byteChar(PyObject arg) {
        if ((arg instanceof PyBytes || arg instanceof PyByteArray) && PyBytes.asBytes(arg).length == 1) {
            return PyBytes.latin1(PyBytes.asBytes(arg));
        }
        if (arg instanceof PyInt || Abstract.hasIndex(arg) && !(arg instanceof PyFloat)) {
            PyInt v = Abstract.index(arg);
            if (v.big != null || v.value < 0 || v.value > 255) {
                throw Errors.overflow("%c arg not in range(256)");
            }
            return String.valueOf((char) v.value);
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }

    /**
     * A width or precision written in the format. CPython: unicode_format_arg_parse fails past
     * Py_ssize_t; a value that fits but exceeds Java's array sizes cannot be allocated.
     */
    private static int decimalNumber(int[] f, int from, int to, String tooBig) {
        long v = 0;
        for (int k = from; k < to; k++) {
            int d = f[k] - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError(tooBig);
            }
            v = v * 10 + d;
        }
        if (v > Integer.MAX_VALUE - 8) {
            throw Errors.memory();
        }
        return (int) v;
    }

    /** A '*' precision: a C int (CPython: _PyLong_AsInt), negative meaning 0. */
    private static int starPrecision(PyObject o) {
        if (!(o instanceof PyInt p)) {
            throw Errors.typeError("* wants int");
        }
        if (p.big != null || p.value > Integer.MAX_VALUE || p.value < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return Math.max(0, starValue(o));
    }

    /** A '*' width. CPython: unicode_format_arg_parse ("* wants int", PyLong_AsSsize_t). */
    private static int starValue(PyObject o) {
        if (!(o instanceof PyInt)) {
            throw Errors.typeError("* wants int");
        }
        long v = Args.toLong(o);
        if (v > Integer.MAX_VALUE - 8 || v < -(Integer.MAX_VALUE - 8)) {
            throw Errors.memory();
        }
        return (int) v;
    }
}
