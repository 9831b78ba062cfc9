package org.matcha.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float repr and correctly rounded float parsing, in integer arithmetic only:
 * TeaVM's Double.toString and Double.parseDouble differ from the JVM and from CPython.
 * CPython: Python/dtoa.c (_Py_dg_dtoa mode 0, _Py_dg_strtod) and Python/pystrtod.c
 * (format_float_short with repr style 'r').
 */
public final class FloatRepr {
    private FloatRepr() {}

    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

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
            return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        }
        String sign = x < 0 ? "-" : "";
        double ax = Math.abs(x);
        if (ax < 1e16 && ax == (double) (long) ax) {
            return sign + Long.toString((long) ax) + ".0";
        }
        BigDecimal shortest = shortestDigits(ax);
        BigInteger unscaled = shortest.unscaledValue();
        String digits = unscaled.toString();
        int exp10 = digits.length() - 1 - shortest.scale();
        return sign + formatRepr(digits, exp10);
    }

    /** The exact binary value of a finite positive double as a BigDecimal. */
    static BigDecimal exact(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exp2;
        if (biased == 0) {
            exp2 = -1074;
        } else {
            mantissa |= 1L << 52;
            exp2 = biased - 1075;
        }
        BigInteger m = BigInteger.valueOf(mantissa);
        if (exp2 >= 0) {
            return new BigDecimal(m.shiftLeft(exp2));
        }
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-exp2)), -exp2);
    }

    /** Shortest decimal that rounds back to x; the nearest one when several have that length. */
    private static BigDecimal shortestDigits(double x) {
        BigDecimal exact = exact(x);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (parse(nearest) == x) {
                return nearest.stripTrailingZeros();
            }
            // near a power of two the round-trip interval is lopsided: a farther candidate may work
            BigDecimal ulp = nearest.ulp();
            BigDecimal up = nearest.add(ulp);
            BigDecimal down = nearest.subtract(ulp);
            boolean upOk = parse(up) == x;
            boolean downOk = down.signum() > 0 && parse(down) == x;
            if (upOk || downOk) {
                BigDecimal pick = upOk && downOk
                        ? (up.subtract(exact).abs().compareTo(exact.subtract(down).abs()) <= 0 ? up : down)
                        : upOk ? up : down;
                return pick.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** float_repr_style 'r': scientific when the exponent is below -4 or at least 16. */
    private static String formatRepr(String digits, int exp10) {
        int n = digits.length();
        StringBuilder sb = new StringBuilder(n + 8);
        if (exp10 >= -4 && exp10 < 16) {
            if (exp10 >= 0) {
                if (n <= exp10 + 1) {
                    sb.append(digits);
                    for (int k = n; k < exp10 + 1; k++) {
                        sb.append('0');
                    }
                    sb.append(".0");
                } else {
                    sb.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, n);
                }
            } else {
                sb.append("0.");
                for (int k = 0; k < -exp10 - 1; k++) {
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
        sb.append('e').append(exp10 < 0 ? '-' : '+');
        int a = Math.abs(exp10);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
        return sb.toString();
    }

    /**
     * Correctly rounded parse of a float literal or {@code float()} argument without underscores:
     * "1e23", "4.9e-324", ".5", "1.", "inf", "-nan". Throws NumberFormatException.
     */
    public static double parse(String s) {
        String t = s.strip();
        boolean negative = false;
        int i = 0;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            negative = t.charAt(0) == '-';
            i = 1;
        }
        String rest = t.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        StringBuilder digits = new StringBuilder();
        int exp10 = 0;
        boolean any = false;
        boolean dot = false;
        int k = 0;
        for (; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c >= '0' && c <= '9') {
                any = true;
                if (digits.length() > 0 || c != '0') {
                    digits.append(c);
                }
                if (dot) {
                    exp10--;
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
        if (k < rest.length()) {
            if (rest.charAt(k) != 'e') {
                throw new NumberFormatException(s);
            }
            k++;
            boolean expNegative = false;
            if (k < rest.length() && (rest.charAt(k) == '+' || rest.charAt(k) == '-')) {
                expNegative = rest.charAt(k) == '-';
                k++;
            }
            if (k >= rest.length()) {
                throw new NumberFormatException(s);
            }
            long e = 0;
            for (; k < rest.length(); k++) {
                char c = rest.charAt(k);
                if (c < '0' || c > '9') {
                    throw new NumberFormatException(s);
                }
                if (e < 100000000L) {
                    e = e * 10 + (c - '0');
                }
            }
            exp10 += (int) (expNegative ? -e : e);
        }
        double v = digits.length() == 0 ? 0.0 : toDouble(new BigInteger(digits.toString()), exp10);
        return negative ? -v : v;
    }

    private static double parse(BigDecimal d) {
        return toDouble(d.unscaledValue(), -d.scale());
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** m × 10^e10 rounded half-even to the nearest double (m ≥ 0). */
    static double toDouble(BigInteger m, int e10) {
        if (m.signum() == 0) {
            return 0.0;
        }
        if (m.bitLength() <= 53 && e10 >= -22 && e10 <= 22) {
            double dm = (double) m.longValue(); // exact
            return e10 >= 0 ? dm * POW10[e10] : dm / POW10[-e10];
        }
        int digits = m.toString().length();
        if (digits + e10 > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (digits + e10 < -326) {
            return 0.0;
        }
        if (e10 >= 0) {
            BigInteger value = m.multiply(BigInteger.TEN.pow(e10));
            int shift = Math.max(0, value.bitLength() - 53);
            return roundToDouble(value, BigInteger.ONE.shiftLeft(shift), shift);
        }
        BigInteger divisor = BigInteger.TEN.pow(-e10);
        int k = 53 - (m.bitLength() - divisor.bitLength());
        if (m.shiftLeft(Math.max(k, 0)).shiftRight(Math.max(-k, 0)).divide(divisor).compareTo(TWO_53) >= 0) {
            k--;
        }
        if (-k < -1074) {
            k = 1074;
        }
        BigInteger numerator = k >= 0 ? m.shiftLeft(k) : m;
        BigInteger denominator = k >= 0 ? divisor : divisor.shiftLeft(-k);
        return roundToDouble(numerator, denominator, -k);
    }

    /** (num / den) × 2^exp2 rounded half-even, where num / den < 2^53 after rounding up to it. */
    private static double roundToDouble(BigInteger num, BigInteger den, int exp2) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        int cmp = qr[1].shiftLeft(1).compareTo(den);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        long mant = q.longValue();
        if (mant >= (1L << 53)) {
            mant >>= 1;
            exp2++;
        }
        if (mant == 0) {
            return 0.0;
        }
        if (mant < (1L << 52)) {
            // subnormal: only reachable with exp2 == -1074
            return Double.longBitsToDouble(mant);
        }
        int biased = exp2 + 52 + 1023;
        if (biased >= 2047) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(((long) biased << 52) | (mant & 0xFFFFFFFFFFFFFL));
    }
}
