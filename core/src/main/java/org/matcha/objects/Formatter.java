package org.matcha.objects;

import java.math.BigInteger;

/**
 * The format-spec mini-language for int, float and str ({@code format(x, ">10.3f")}).
 * CPython: Python/formatter_unicode.c (parse_internal_render_format_spec, format_*_internal).
 */
public final class Formatter {
    private Formatter() {}

    /** A parsed format spec. */
    static final class Spec {
        int fill = ' ';
        char align;
        char sign;
        boolean noNegZero;
        boolean alternate;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;
    }

    static Spec parse(String s, char defaultType, String typeName) {
        Spec spec = new Spec();
        int[] cps = codePointsOf(s);
        int i = 0;
        int n = cps.length;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(cps[1])) {
            fillGiven = true;
            spec.fill = cps[0];
            spec.align = (char) cps[1];
            i = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            spec.align = (char) cps[0];
            i = 1;
        }
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            spec.sign = (char) cps[i++];
        }
        if (i < n && cps[i] == 'z') {
            spec.noNegZero = true;
            i++;
        }
        if (i < n && cps[i] == '#') {
            spec.alternate = true;
            i++;
        }
        if (i < n && cps[i] == '0') {
            // CPython: a '0' pads with zeros unless a fill was given; '=' only when no alignment was given
            if (!fillGiven) {
                spec.fill = '0';
                if (spec.align == 0 && defaultType != 's') {
                    spec.align = '=';
                }
            }
            i++;
        }
        int start = i;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') {
            i++;
        }
        if (i > start) {
            spec.width = parseNumber(cps, start, i);
        }
        if (i < n && cps[i] == ',') {
            spec.grouping = ',';
            i++;
        }
        if (i < n && cps[i] == '_') {
            if (spec.grouping != 0) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            spec.grouping = '_';
            i++;
        }
        if (i < n && cps[i] == ',' && spec.grouping == '_') {
            throw Errors.valueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && cps[i] == '.') {
            i++;
            start = i;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            spec.precision = parseNumber(cps, start, i);
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        spec.type = i < n ? (char) cps[i] : defaultType;
        if (spec.grouping != 0) {
            char t = spec.type;
            boolean ok = spec.grouping == ',' ? "dfFeEgG%\0".indexOf(t) >= 0 || t == 0
                    : "dfFeEgG%bxXo\0".indexOf(t) >= 0 || t == 0;
            if (!ok) {
                throw Errors.valueError("Cannot specify '" + spec.grouping + "' with '" + t + "'.");
            }
        }
        return spec;
    }

    /** The code points of s (String.codePoints without a stream). */
    private static int[] codePointsOf(String s) {
        int n = s.length();
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out[k++] = Character.toCodePoint(c, s.charAt(++i));
            } else {
                out[k++] = c;
            }
        }
        return k == n ? out : java.util.Arrays.copyOf(out, k);
    }

    private static int parseNumber(int[] cps, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (cps[i] - '0');
            if (v > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    // ---- str ----

    public static String formatStr(PyStr value, String specText) {
        if (specText.isEmpty()) {
            return value.value;
        }
        Spec spec = parse(specText, 's', "str");
        if (spec.type != 's') {
            throw Errors.valueError("Unknown format code '" + spec.type + "' for object of type 'str'");
        }
        if (spec.sign != 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        PyStr s = value;
        if (spec.precision >= 0 && spec.precision < s.length()) {
            s = s.substring(0, spec.precision);
        }
        return pad(s.value, s.length(), "", spec, '<');
    }

    /** Pads body (with a sign/prefix that '=' alignment keeps in front) to the spec's width. */
    private static String pad(String body, int bodyLen, String prefix, Spec spec, char defaultAlign) {
        int len = bodyLen + prefix.length();
        if (spec.width <= len) {
            return prefix + body;
        }
        int padding = spec.width - len;
        char align = spec.align == 0 ? defaultAlign : spec.align;
        StringBuilder b = new StringBuilder();
        switch (align) {
            case '<':
                b.append(prefix).append(body);
                repeat(b, spec.fill, padding);
                break;
            case '^': {
                int left = padding / 2;
                repeat(b, spec.fill, left);
                b.append(prefix).append(body);
                repeat(b, spec.fill, padding - left);
                break;
            }
            case '=':
                b.append(prefix);
                repeat(b, spec.fill, padding);
                b.append(body);
                break;
            default:
                repeat(b, spec.fill, padding);
                b.append(prefix).append(body);
                break;
        }
        return b.toString();
    }

    private static void repeat(StringBuilder b, int cp, int n) {
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(cp);
        }
    }

    private static String signPrefix(boolean negative, Spec spec) {
        if (negative) {
            return "-";
        }
        if (spec.sign == '+') {
            return "+";
        }
        if (spec.sign == ' ') {
            return " ";
        }
        return "";
    }

    /** Inserts grouping separators into a run of digits. */
    private static String group(String digits, char sep, int every, int minWidth) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            if (count > 0 && count % every == 0) {
                b.append(sep);
            }
            b.append(digits.charAt(i));
            count++;
        }
        // zero padding with grouping: CPython pads the digits with grouped zeros, and a separator is
        // always followed by a digit (the result may be one wider than asked)
        while (b.length() < minWidth) {
            if (count % every == 0 && count > 0) {
                b.append(sep);
            }
            b.append('0');
            count++;
        }
        return b.reverse().toString();
    }

    // ---- int ----

    public static String formatInt(PyInt value, String specText) {
        if (specText.isEmpty()) {
            return value.toDecimalString();
        }
        Spec spec = parse(specText, 'd', "int");
        switch (spec.type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloatSpec(value.doubleValue(), spec);
            default:
                break;
        }
        if ("bcdoxXn".indexOf(spec.type) < 0) {
            throw Errors.valueError("Unknown format code '" + spec.type + "' for object of type '"
                    + value.type().name + "'");
        }
        if (spec.precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        // a long's magnitude without BigInteger (Long.MIN_VALUE's does not fit)
        boolean small = value.big == null && value.value != Long.MIN_VALUE;
        BigInteger v = small ? null : value.toBig();
        boolean negative = small ? value.value < 0 : v.signum() < 0;
        long smallAbs = small ? Math.abs(value.value) : 0;
        BigInteger abs = small ? null : v.abs();
        String digits;
        String altPrefix = "";
        int groupEvery = 3;
        switch (spec.type) {
            case 'd': case 'n':
                digits = small ? Long.toString(smallAbs) : abs.toString();
                break;
            case 'b':
                digits = small ? Long.toBinaryString(smallAbs) : abs.toString(2);
                altPrefix = "0b";
                groupEvery = 4;
                break;
            case 'o':
                digits = small ? Long.toOctalString(smallAbs) : abs.toString(8);
                altPrefix = "0o";
                groupEvery = 4;
                break;
            case 'x':
                digits = small ? Long.toHexString(smallAbs) : abs.toString(16);
                altPrefix = "0x";
                groupEvery = 4;
                break;
            case 'X':
                digits = (small ? Long.toHexString(smallAbs) : abs.toString(16)).toUpperCase(java.util.Locale.ROOT);
                altPrefix = "0X";
                groupEvery = 4;
                break;
            case 'c': {
                if (v == null) {
                    v = value.toBig();
                    abs = v.abs();
                }
                if (spec.sign != 0) {
                    throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
                }
                if (spec.alternate) {
                    throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
                }
                if (abs.bitLength() > 21 || negative || abs.intValue() > 0x10FFFF) {
                    throw Errors.overflow("%c arg not in range(0x110000)");
                }
                String ch = new StringBuilder().appendCodePoint(v.intValue()).toString();
                return pad(ch, 1, "", spec, '>');   // CPython: numbers align right, 'c' included
            }
            default:
                throw Errors.valueError("Unknown format code '" + spec.type + "' for object of type '"
                        + value.type().name + "'");
        }
        String prefix = signPrefix(negative, spec) + (spec.alternate ? altPrefix : "");
        if (spec.grouping != 0) {
            int minWidth = spec.align == '=' && spec.fill == '0' ? Math.max(0, spec.width - prefix.length()) : 0;
            digits = group(digits, spec.grouping, groupEvery, minWidth);
        }
        return pad(digits, digits.length(), prefix, spec, '>');
    }

    // ---- float ----

    public static String formatFloat(double value, String specText) {
        if (specText.isEmpty()) {
            return FloatRepr.repr(value);
        }
        Spec spec = parse(specText, '\0', "float");
        return formatFloatSpec(value, spec);
    }

    private static String formatFloatSpec(double value, Spec spec) {
        char type = spec.type;
        int precision = spec.precision;
        String body;
        double x = value;
        boolean percent = type == '%';
        if (percent) {
            x = x * 100;
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0 && !Double.isNaN(x);
        double ax = Math.abs(x);
        switch (type) {
            case 'f': case 'F': case '%':
                body = FloatRepr.formatFixed(ax, precision < 0 ? 6 : precision, spec.alternate);
                break;
            case 'e': case 'E':
                body = FloatRepr.formatExponent(ax, precision < 0 ? 6 : precision, spec.alternate);
                break;
            case 'g': case 'G': case 'n':
                body = FloatRepr.formatGeneral(ax, precision < 0 ? 6 : precision, spec.alternate);
                break;
            case '\0':
                if (precision < 0) {
                    body = FloatRepr.repr(ax);
                } else {
                    body = FloatRepr.formatGeneral(ax, precision == 0 ? 1 : precision, spec.alternate, true);
                }
                break;
            default:
                throw Errors.valueError("Unknown format code '" + type + "' for object of type 'float'");
        }
        if (type == 'E' || type == 'F' || type == 'G') {
            body = body.toUpperCase();
        }
        if (spec.noNegZero && negative && isZeroText(body)) {
            negative = false;
        }
        if (percent) {
            body = body + "%";
        }
        if (spec.grouping != 0 && !Double.isInfinite(ax) && !Double.isNaN(ax)) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            String prefixLen = signPrefix(negative, spec);
            int minWidth = spec.align == '=' && spec.fill == '0'
                    ? Math.max(0, spec.width - prefixLen.length() - (body.length() - end)) : 0;
            body = group(body.substring(0, end), spec.grouping, 3, minWidth) + body.substring(end);
        }
        String prefix = signPrefix(negative, spec);
        if (spec.fill == '0' && spec.align == '=' && (Double.isInfinite(ax) || Double.isNaN(ax))) {
            Spec copy = spec;
            return pad(body, body.length(), prefix, copy, '>');
        }
        return pad(body, body.length(), prefix, spec, '>');
    }

    // ---- complex ----

    /** format(complex, spec) for a non-empty spec. CPython: format_complex_internal. */
    public static String formatComplex(double re, double im, String specText) {
        Spec spec = parse(specText, '\0', "complex");
        char type = spec.type;
        if ("eEfFgGn\0".indexOf(type) < 0) {
            throw Errors.valueError("Unknown format code '" + type + "' for object of type 'complex'");
        }
        if (spec.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean skipRe = false;
        boolean parens = false;
        int precision = spec.precision;
        if (type == '\0') {
            // like str(z), or 'g' when a precision is given
            type = precision < 0 ? 'r' : 'g';
            if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        } else if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = 6;
        }
        StringBuilder b = new StringBuilder();
        if (parens) {
            b.append('(');
        }
        if (!skipRe) {
            b.append(complexPart(re, type, precision, spec, false));
        }
        b.append(complexPart(im, type, precision, spec, !skipRe)).append('j');
        if (parens) {
            b.append(')');
        }
        String body = b.toString();
        return pad(body, body.length(), "", spec, '>');
    }

    private static String complexPart(double v, char type, int precision, Spec spec, boolean forcePlus) {
        boolean negative = Double.doubleToRawLongBits(v) < 0 && !Double.isNaN(v);
        double av = Math.abs(v);
        String body;
        switch (type) {
            case 'r': {
                body = FloatRepr.repr(av);
                if (body.endsWith(".0")) {
                    body = body.substring(0, body.length() - 2);
                }
                break;
            }
            case 'e': case 'E':
                body = FloatRepr.formatExponent(av, precision, spec.alternate);
                break;
            case 'f': case 'F':
                body = FloatRepr.formatFixed(av, precision, spec.alternate);
                break;
            default:
                body = FloatRepr.formatGeneral(av, precision, spec.alternate);
                break;
        }
        if (type == 'E' || type == 'F' || type == 'G') {
            body = body.toUpperCase();
        }
        if (spec.noNegZero && negative && isZeroText(body)) {
            negative = false;
        }
        if (spec.grouping != 0 && !Double.isInfinite(av) && !Double.isNaN(av)) {
            int end = 0;
            while (end < body.length() && body.charAt(end) >= '0' && body.charAt(end) <= '9') {
                end++;
            }
            body = group(body.substring(0, end), spec.grouping, 3, 0) + body.substring(end);
        }
        String sign = negative ? "-" : forcePlus ? "+" : signPrefix(false, spec);
        return sign + body;
    }

    private static boolean isZeroText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }
}
