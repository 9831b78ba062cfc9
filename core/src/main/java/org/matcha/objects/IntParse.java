package org.matcha.objects;

import java.math.BigInteger;

/**
 * Text to Python int. Results are a {@link Long} when the value fits in a long and a
 * {@link BigInteger} otherwise (the representation AstConstant and the parser use).
 * CPython: Objects/longobject.c PyLong_FromString. CPython 3.11's limit on decimal strings longer
 * than 4300 digits (sys.set_int_max_str_digits) is the caller's business.
 */
public final class IntParse {
    private IntParse() {}

    /**
     * Bare digits in {@code radix} (2..36): ASCII digits and letters of either case, nothing else
     * (no sign, prefix, underscore or space). Throws NumberFormatException when empty or invalid.
     */
    public static Object parse(CharSequence digits, int radix) {
        return parse(digits, 0, digits.length(), radix);
    }

    /** {@link #parse(CharSequence, int)} over {@code digits[start, end)}. */
    public static Object parse(CharSequence digits, int start, int end, int radix) {
        if (radix < 2 || radix > 36 || start >= end) {
            throw new NumberFormatException("invalid digits for base " + radix);
        }
        long limit = Long.MAX_VALUE / radix;
        long value = 0;
        int i = start;
        for (; i < end; i++) {
            int d = digitValue(digits.charAt(i), radix);
            if (value > limit || (value == limit && d > Long.MAX_VALUE % radix)) {
                break;
            }
            value = value * radix + d;
        }
        if (i == end) {
            return value;
        }
        return (radix & (radix - 1)) == 0 ? powerOfTwoRadix(digits, start, end, radix) : chunked(digits, start, end,
                radix);
    }

    private static int digitValue(char c, int radix) {
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            d = c - 'A' + 10;
        } else {
            d = 99;
        }
        if (d >= radix) {
            throw new NumberFormatException("invalid digit '" + c + "' for base " + radix);
        }
        return d;
    }

    /** Binary, octal, hex, base 4 and 32: digits map to bits directly, in linear time. */
    private static BigInteger powerOfTwoRadix(CharSequence digits, int start, int end, int radix) {
        int bitsPerDigit = Integer.numberOfTrailingZeros(radix);
        int totalBits = (end - start) * bitsPerDigit;
        byte[] mag = new byte[totalBits / 8 + 2]; // big-endian, with a zero sign byte in front
        int bit = 0;
        for (int i = end - 1; i >= start; i--, bit += bitsPerDigit) {
            int d = digitValue(digits.charAt(i), radix);
            for (int b = 0; b < bitsPerDigit; b++) {
                if ((d >> b & 1) != 0) {
                    int pos = bit + b;
                    mag[mag.length - 1 - pos / 8] |= (byte) (1 << (pos % 8));
                }
            }
        }
        return new BigInteger(mag);
    }

    /** Other radixes: long-sized chunks combined by multiplication. */
    private static BigInteger chunked(CharSequence digits, int start, int end, int radix) {
        int chunk = 1;
        long chunkPow = radix;
        while (chunkPow <= Long.MAX_VALUE / radix / radix) {
            chunkPow *= radix;
            chunk++;
        }
        BigInteger bigChunkPow = BigInteger.valueOf(chunkPow);
        int first = (end - start) % chunk;
        if (first == 0) {
            first = chunk;
        }
        BigInteger result = BigInteger.valueOf(chunkValue(digits, start, start + first, radix));
        for (int i = start + first; i < end; i += chunk) {
            result = result.multiply(bigChunkPow).add(BigInteger.valueOf(chunkValue(digits, i, i + chunk, radix)));
        }
        return result;
    }

    private static long chunkValue(CharSequence digits, int start, int end, int radix) {
        long v = 0;
        for (int i = start; i < end; i++) {
            v = v * radix + digitValue(digits.charAt(i), radix);
        }
        return v;
    }

    /**
     * Python's {@code int(text, base)} for base 0 or 2..36: surrounding whitespace, a sign, the
     * 0x/0o/0b prefix (required for non-decimal base 0, optional when it matches the base), single
     * underscores between digits or after the prefix, and no leading zeros in base-0 decimals
     * other than zero itself. Throws NumberFormatException ("invalid literal for int() with base
     * N") otherwise. Only ASCII whitespace and digits are accepted; the caller maps others first.
     */
    public static Object parseIntArgument(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw new IllegalArgumentException("int() base must be >= 2 and <= 36, or 0");
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        if (start < end && (text.charAt(start) == '+' || text.charAt(start) == '-')) {
            negative = text.charAt(start) == '-';
            start++;
        }
        int radix = base;
        boolean prefixed = false;
        if (end - start >= 2 && text.charAt(start) == '0') {
            char p = Character.toLowerCase(text.charAt(start + 1));
            int prefixRadix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixRadix != 0 && (base == 0 || base == prefixRadix)) {
                radix = prefixRadix;
                prefixed = true;
                start += 2;
            }
        }
        if (radix == 0) {
            radix = 10;
        }
        // underscores: only single ones between digits, or right after a prefix
        StringBuilder digits = new StringBuilder(end - start);
        boolean lastUnderscore = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                if (lastUnderscore || (digits.length() == 0 && !prefixed)) {
                    throw invalid(text, base);
                }
                lastUnderscore = true;
            } else {
                digits.append(c);
                lastUnderscore = false;
            }
        }
        if (lastUnderscore || digits.length() == 0) {
            throw invalid(text, base);
        }
        Object value;
        try {
            value = parse(digits, radix);
        } catch (NumberFormatException e) {
            throw invalid(text, base);
        }
        if (base == 0 && !prefixed && digits.charAt(0) == '0' && !isZero(value)) {
            throw invalid(text, base); // "010" is not a base-0 literal
        }
        return negative ? negate(value) : value;
    }

    private static boolean isZero(Object v) {
        return v instanceof Long ? (Long) v == 0 : ((BigInteger) v).signum() == 0;
    }

    /** -value, as a Long when it fits (so -2^63 becomes a Long). */
    static Object negate(Object v) {
        if (v instanceof Long) {
            return -(Long) v; // parse never returns Long.MIN_VALUE
        }
        BigInteger n = ((BigInteger) v).negate();
        return n.bitLength() < 64 ? (Object) n.longValue() : n;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }

    private static NumberFormatException invalid(String text, int base) {
        return new NumberFormatException("invalid literal for int() with base " + base + ": "
                + StrRepr.repr(text));
    }
}
