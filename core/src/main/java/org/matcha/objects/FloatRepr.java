package org.matcha.objects;

import java.math.BigInteger;

/**
 * Python's float repr and correctly rounded float parsing, in integer arithmetic only:
 * TeaVM's Double.toString and Double.parseDouble differ from the JVM and from CPython.
 * CPython: Python/dtoa.c (_Py_dg_dtoa mode 0, _Py_dg_strtod), Python/pystrtod.c
 * (format_float_short with repr style 'r', PyOS_double_to_string) and Objects/floatobject.c
 * (float_hex, float_fromhex).
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** float("-nan"): the sign bit is kept (javac folds {@code -Double.NaN} to a positive NaN). */
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xFFF8000000000000L);

    /** {@code repr(x)} exactly as CPython 3.11 prints it: the shortest digits that round-trip. */
    public static String repr(double x) {
        if (x != x) {
            return "nan";
        }
        if (x == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        }
        double ax = Math.abs(x);
        // integral doubles below 1e16 print all their digits: no shorter string lies within half an ulp
        if (ax < 1e16 && ax == (double) (long) ax) {
            String digits = Long.toString((long) ax);
            return (x < 0 ? "-" : "") + digits + ".0";
        }
        FloatDigits.Decimal d = FloatDigits.shortest(ax);
        return (x < 0 ? "-" : "") + formatRepr(d.digits, d.pointPos - 1);
    }

    /** float_repr_style 'r': scientific when the exponent is below -4 or at least 16. */
    static String formatRepr(String digits, int exp10) {
        int n = digits.length();
        StringBuilder sb = new StringBuilder(n + 8);
        if (exp10 >= -4 && exp10 < 16) {
            if (exp10 >= 0) {
                if (n <= exp10 + 1) {
                    sb.append(digits);
                    for (int i = n; i < exp10 + 1; i++) {
                        sb.append('0');
                    }
                    sb.append(".0");
                } else {
                    sb.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, n);
                }
            } else {
                sb.append("0.");
                for (int i = 0; i < -exp10 - 1; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            }
            return sb.toString();
        }
        sb.append(digits.charAt(0));
        if (n > 1) {
            sb.append('.').append(digits, 1, n);
        }
        appendExponent(sb, exp10);
        return sb.toString();
    }

    /** "e+05" style: sign and at least two digits, as C's printf. */
    static void appendExponent(StringBuilder sb, int exp10) {
        sb.append('e').append(exp10 < 0 ? '-' : '+');
        int a = Math.abs(exp10);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    // ---- fixed precision: %e, %f, %g ------------------------------------------------------------

    /** C's {@code %.{precision}e} (CPython: PyOS_double_to_string 'e'), e.g. "1.500000e+300". */
    public static String formatExponent(double x, int precision) {
        return formatExponent(x, precision, false);
    }

    /** {@code %.{precision}e}; {@code alternate} ('#') keeps the point when precision is 0. */
    public static String formatExponent(double x, int precision, boolean alternate) {
        String special = special(x);
        if (special != null) {
            return special;
        }
        StringBuilder sb = sign(x);
        FloatDigits.Decimal d = roundedDigits(Math.abs(x), precision + 1);
        appendMantissa(sb, d.digits, alternate);
        appendExponent(sb, d.pointPos - 1);
        return sb.toString();
    }

    /** C's {@code %.{precision}f} (CPython: PyOS_double_to_string 'f'), e.g. "-0.00". */
    public static String formatFixed(double x, int precision) {
        return formatFixed(x, precision, false);
    }

    /** {@code %.{precision}f}; {@code alternate} ('#') keeps the point when precision is 0. */
    public static String formatFixed(double x, int precision, boolean alternate) {
        String special = special(x);
        if (special != null) {
            return special;
        }
        StringBuilder sb = sign(x);
        double ax = Math.abs(x);
        if (ax < 1e15 && ax == (double) (long) ax) {
            sb.append((long) ax);
            if (precision > 0 || alternate) {
                sb.append('.');
            }
            for (int i = 0; i < precision; i++) {
                sb.append('0');
            }
            return sb.toString();
        }
        // round(ax · 10^precision) half-even, then the point goes `precision` digits from the right
        BigInteger[] frac = fraction(ax);
        BigInteger scaled = roundHalfEven(frac[0].multiply(BigInteger.TEN.pow(precision)), frac[1]);
        String digits = scaled.toString();
        if (precision == 0) {
            sb.append(digits);
        } else {
            if (digits.length() <= precision) {
                sb.append("0.");
                for (int i = digits.length(); i < precision; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else {
                sb.append(digits, 0, digits.length() - precision).append('.')
                        .append(digits, digits.length() - precision, digits.length());
            }
        }
        if (precision == 0 && alternate) {
            sb.append('.');
        }
        return sb.toString();
    }

    /**
     * C's {@code %.{precision}g}: exponent form when the rounded exponent is below -4 or at least the
     * precision (0 counts as 1); trailing zeros and a bare point removed unless {@code alternate}.
     */
    public static String formatGeneral(double x, int precision, boolean alternate) {
        return formatGeneral(x, precision, alternate, false);
    }

    /**
     * {@code addDot0}: format()'s omitted type with a precision: like 'g', but switching to the exponent
     * one digit earlier and keeping a ".0" on integral results (CPython: format_float_short, Py_DTSF_ADD_DOT_0).
     */
    public static String formatGeneral(double x, int precision, boolean alternate, boolean addDot0) {
        String special = special(x);
        if (special != null) {
            return special;
        }
        int p = precision == 0 ? 1 : precision;
        StringBuilder sb = sign(x);
        FloatDigits.Decimal d = roundedDigits(Math.abs(x), p);
        int exp10 = x == 0 ? 0 : d.pointPos - 1;
        String digits = d.digits;
        if (!alternate) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
        }
        if (exp10 < -4 || exp10 >= (addDot0 ? p - 1 : p)) {
            appendMantissa(sb, digits, alternate);
            appendExponent(sb, exp10);
            return sb.toString();
        }
        int n = digits.length();
        if (exp10 >= 0) {
            if (n <= exp10 + 1) {
                sb.append(digits);
                for (int i = n; i < exp10 + 1; i++) {
                    sb.append('0');
                }
                if (alternate || addDot0) {
                    sb.append(addDot0 ? ".0" : ".");
                }
            } else {
                sb.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, n);
            }
        } else {
            sb.append("0.");
            for (int i = 0; i < -exp10 - 1; i++) {
                sb.append('0');
            }
            sb.append(digits);
        }
        return sb.toString();
    }

    private static String special(double x) {
        if (x != x) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return null;
    }

    private static StringBuilder sign(double x) {
        StringBuilder sb = new StringBuilder(24);
        if (Double.doubleToRawLongBits(x) < 0) {
            sb.append('-');
        }
        return sb;
    }

    private static void appendMantissa(StringBuilder sb, String digits, boolean alternate) {
        sb.append(digits.charAt(0));
        if (digits.length() > 1 || alternate) {
            sb.append('.').append(digits, 1, digits.length());
        }
    }

    /** Exactly n significant digits of ax (>= 0), rounded half-even as dtoa modes 2/3 do. */
    static FloatDigits.Decimal roundedDigits(double ax, int n) {
        StringBuilder sb = new StringBuilder(n);
        if (ax == 0) {
            for (int i = 0; i < n; i++) {
                sb.append('0');
            }
            return new FloatDigits.Decimal(sb.toString(), 1);
        }
        BigInteger[] frac = fraction(ax);
        BigInteger num = frac[0];
        BigInteger den = frac[1];
        // k: the decimal exponent with 10^(k-1) <= ax < 10^k, from an estimate that is at most one low
        long bits = Double.doubleToRawLongBits(ax);
        int e2 = (int) ((bits >>> 52) & 0x7FF) - 1023;
        if (e2 == -1023) {
            e2 = -1074 + 63 - Long.numberOfLeadingZeros(bits);
        }
        int k = (int) Math.ceil(e2 * 0.30102999566398114);
        if (compareWithPowerOfTen(num, den, k) >= 0) {
            k++;
        }
        int shift = n - k; // q = round(ax · 10^shift) has n digits, or n + 1 after a carry
        BigInteger q = shift >= 0 ? roundHalfEven(num.multiply(BigInteger.TEN.pow(shift)), den)
                : roundHalfEven(num, den.multiply(BigInteger.TEN.pow(-shift)));
        String u = q.toString();
        int pointPos = k;
        if (u.length() > n) {
            u = u.substring(0, n); // 99.96 to 3 digits: "1000" -> "100", one place up
            pointPos++;
        }
        sb.append(u);
        return new FloatDigits.Decimal(sb.toString(), pointPos);
    }

    /** A finite double >= 0 as numerator and denominator (a power of two). */
    private static BigInteger[] fraction(double ax) {
        long bits = Double.doubleToRawLongBits(ax);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & 0xFFFFFFFFFFFFFL;
        int e = biased == 0 ? -1074 : biased - 1075;
        if (biased != 0) {
            m |= 1L << 52;
        }
        if (e >= 0) {
            return new BigInteger[] {BigInteger.valueOf(m).shiftLeft(e), BigInteger.ONE};
        }
        return new BigInteger[] {BigInteger.valueOf(m), BigInteger.ONE.shiftLeft(-e)};
    }

    /** Sign of num/den - 10^k. */
    private static int compareWithPowerOfTen(BigInteger num, BigInteger den, int k) {
        return k >= 0 ? num.compareTo(den.multiply(BigInteger.TEN.pow(k)))
                : num.multiply(BigInteger.TEN.pow(-k)).compareTo(den);
    }

    /** num / den rounded to an integer, ties to even (num, den > 0). */
    private static BigInteger roundHalfEven(BigInteger num, BigInteger den) {
        BigInteger[] qr = num.divideAndRemainder(den);
        int c = qr[1].shiftLeft(1).compareTo(den);
        if (c > 0 || (c == 0 && qr[0].testBit(0))) {
            return qr[0].add(BigInteger.ONE);
        }
        return qr[0];
    }

    // ---- parsing ---------------------------------------------------------------------------

    /**
     * Correctly rounded parse of a float literal or {@code float()} argument without underscores:
     * "1e23", "4.9e-324", ".5", "1.", "inf", "-Infinity", "nan". Surrounding ASCII whitespace is
     * ignored. Throws NumberFormatException for anything else (CPython: _Py_dg_strtod via
     * PyOS_string_to_double).
     */
    public static double parse(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        int i = start;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i < end && !isDigit(s.charAt(i)) && s.charAt(i) != '.') {
            String word = s.substring(i, end);
            if (asciiEqualsIgnoreCase(word, "inf") || asciiEqualsIgnoreCase(word, "infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (asciiEqualsIgnoreCase(word, "nan")) {
                return negative ? NEGATIVE_NAN : Double.NaN;
            }
            throw new NumberFormatException(s);
        }
        // significant digits (leading zeros dropped, trailing zeros counted into the exponent)
        long small = 0;
        int smallCount = 0;
        StringBuilder big = null;
        int sigDigits = 0;
        long exp10 = 0;
        boolean any = false;
        boolean dot = false;
        int pendingZeros = 0;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                any = true;
                if (dot) {
                    exp10--;
                }
                if (c == '0') {
                    if (sigDigits > 0) {
                        pendingZeros++;
                    }
                    continue;
                }
                // flush trailing zeros seen between non-zero digits
                for (; pendingZeros > 0; pendingZeros--) {
                    if (big == null && smallCount < 18) {
                        small *= 10;
                        smallCount++;
                    } else {
                        if (big == null) {
                            big = new StringBuilder().append(small);
                        }
                        big.append('0');
                    }
                    sigDigits++;
                }
                if (big == null && smallCount < 18) {
                    small = small * 10 + (c - '0');
                    smallCount++;
                } else {
                    if (big == null) {
                        big = new StringBuilder().append(small);
                    }
                    big.append(c);
                }
                sigDigits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (!any) {
            throw new NumberFormatException(s);
        }
        exp10 += pendingZeros;
        if (i < end) {
            char c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                throw new NumberFormatException(s);
            }
            i++;
            boolean expNegative = false;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            if (i >= end) {
                throw new NumberFormatException(s);
            }
            long e = 0;
            for (; i < end; i++) {
                char d = s.charAt(i);
                if (!isDigit(d)) {
                    throw new NumberFormatException(s);
                }
                if (e < 1_000_000_000L) {
                    e = e * 10 + (d - '0');
                }
            }
            exp10 += expNegative ? -e : e;
        }
        double v;
        if (sigDigits == 0) {
            v = 0.0;
        } else if (big == null) {
            v = toDouble(small, sigDigits, exp10);
        } else {
            v = toDouble(new BigInteger(big.toString()), sigDigits, exp10);
        }
        return negative ? PyFloat.negate(v) : v;
    }

    /** CPython's case_insensitive_match: ASCII letters only (so "\u0131nf" is not "inf"). */
    private static boolean asciiEqualsIgnoreCase(String s, String lower) {
        if (s.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** m × 10^e10 (m > 0 with the given digit count) rounded half-even to the nearest double. */
    static double toDouble(long m, int digitCount, long e10) {
        if (m < (1L << 53) && e10 >= -22 && e10 <= 22) {
            // Clinger's fast path: both operands exact, one rounding
            double dm = (double) m;
            return e10 >= 0 ? dm * POW10[(int) e10] : dm / POW10[(int) -e10];
        }
        if (m < (1L << 53) && e10 > 22 && e10 <= 22 + 15 && digitCount + (e10 - 22) <= 15) {
            // a few leading zeros of 10^22 moved into m keep it exact
            double dm = (double) m * POW10[(int) (e10 - 22)];
            return dm * 1e22;
        }
        return toDouble(BigInteger.valueOf(m), digitCount, e10);
    }

    /** m × 10^e10 (m > 0 with the given digit count) rounded half-even to the nearest double. */
    static double toDouble(BigInteger m, int digitCount, long e10) {
        if (digitCount + e10 > 310) {
            return Double.POSITIVE_INFINITY; // >= 10^309
        }
        if (digitCount + e10 < -324) {
            return 0.0; // < 10^-325, below half the smallest subnormal
        }
        int e = (int) e10;
        if (e >= 0) {
            return fromBinary(m.multiply(BigInteger.TEN.pow(e)), 0);
        }
        BigInteger den = BigInteger.TEN.pow(-e);
        // scale so the quotient has 54..55 bits (one guard bit beyond 53), remainder as sticky bit
        int shift = 55 - (m.bitLength() - den.bitLength());
        BigInteger num = shift >= 0 ? m.shiftLeft(shift) : m;
        BigInteger d = shift >= 0 ? den : den.shiftLeft(-shift);
        BigInteger[] qr = num.divideAndRemainder(d);
        // q·2^-shift (+ sticky) ; the sticky bit is below q's last bit so rounding stays exact
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.or(BigInteger.ONE);
        }
        return fromBinary(q, -(long) shift - 1);
    }

    /** m × 2^e2 (m > 0) rounded half-even to the nearest double, with subnormals and overflow. */
    static double fromBinary(BigInteger m, long e2) {
        int bl = m.bitLength();
        long top = bl + e2; // 2^(top-1) <= value < 2^top
        if (top > 1024) {
            return Double.POSITIVE_INFINITY;
        }
        if (top < -1075) {
            return 0.0;
        }
        // keep 53 bits, or fewer for subnormals (lowest kept bit worth 2^-1074)
        long lsbExp = Math.max(top - 53, -1074);
        int drop = (int) (lsbExp - e2);
        long mant;
        if (drop <= 0) {
            mant = m.longValue() << -drop;
        } else {
            BigInteger kept = m.shiftRight(drop);
            mant = kept.longValue();
            boolean half = m.testBit(drop - 1);
            boolean sticky = m.getLowestSetBit() < drop - 1;
            if (half && (sticky || (mant & 1) != 0)) {
                mant++;
            }
        }
        return assemble(mant, lsbExp);
    }

    /** mant × 2^lsbExp where mant <= 2^53 and the result is normal or lsbExp == -1074. */
    private static double assemble(long mant, long lsbExp) {
        if (mant == (1L << 53)) {
            mant >>= 1;
            lsbExp++;
        }
        if (mant == 0) {
            return 0.0;
        }
        if (mant < (1L << 52)) {
            return Double.longBitsToDouble(mant); // subnormal
        }
        long biased = lsbExp + 52 + 1023;
        if (biased >= 2047) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble((biased << 52) | (mant & 0xFFFFFFFFFFFFFL));
    }

    // ---- hexadecimal -------------------------------------------------------------------------

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** CPython: float.hex (Objects/floatobject.c float_hex), e.g. "0x1.8000000000000p+1". */
    public static String hex(double x) {
        if (x != x) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        StringBuilder sb = new StringBuilder(24).append(sign);
        int exp;
        if (biased == 0) {
            sb.append("0x0.");
            exp = -1022;
        } else {
            sb.append("0x1.");
            exp = biased - 1023;
        }
        for (int shift = 48; shift >= 0; shift -= 4) {
            sb.append(HEX[(int) ((frac >>> shift) & 0xF)]);
        }
        sb.append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        return sb.toString();
    }

    /**
     * CPython: float.fromhex. Throws NumberFormatException for a malformed string (Python's
     * ValueError "invalid hexadecimal floating-point string") and ArithmeticException when the
     * value overflows (OverflowError "hexadecimal value too large to represent as a float").
     */
    public static double fromHex(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String word = s.substring(i, end);
        if (asciiEqualsIgnoreCase(word, "inf") || asciiEqualsIgnoreCase(word, "infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (asciiEqualsIgnoreCase(word, "nan")) {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        if (i + 1 < end && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
        }
        BigInteger m = BigInteger.ZERO;
        long small = 0;
        int smallDigits = 0;
        long e2 = 0;
        boolean any = false;
        boolean dot = false;
        for (; i < end; i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 16);
            if (d >= 0 && c < 0x80) {
                any = true;
                small = (small << 4) | d;
                if (++smallDigits == 15) {
                    m = m.shiftLeft(60).or(BigInteger.valueOf(small));
                    small = 0;
                    smallDigits = 0;
                }
                if (dot) {
                    e2 -= 4;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (!any) {
            throw new NumberFormatException(s);
        }
        m = m.shiftLeft(4 * smallDigits).or(BigInteger.valueOf(small));
        if (i < end) {
            char c = s.charAt(i);
            if (c != 'p' && c != 'P') {
                throw new NumberFormatException(s);
            }
            i++;
            boolean expNegative = false;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            if (i >= end) {
                throw new NumberFormatException(s);
            }
            long e = 0;
            for (; i < end; i++) {
                char d = s.charAt(i);
                if (!isDigit(d)) {
                    throw new NumberFormatException(s);
                }
                if (e < 1_000_000_000_000L) {
                    e = e * 10 + (d - '0');
                }
            }
            e2 += expNegative ? -e : e;
        }
        double v = m.signum() == 0 ? 0.0 : fromBinary(m, e2);
        if (Double.isInfinite(v)) {
            throw new ArithmeticException("hexadecimal value too large to represent as a float");
        }
        return negative ? PyFloat.negate(v) : v;
    }
}
