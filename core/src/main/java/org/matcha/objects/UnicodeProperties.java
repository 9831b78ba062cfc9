package org.matcha.objects;

import java.util.Arrays;
import java.util.HashMap;

/**
 * Unicode 14.0 properties for unicodedata and the str predicates, from the generated
 * {@link UnicodeData} tables (decoded on first use): bidirectional class, East Asian width,
 * mirroring, numeric values, raw decompositions, the code points assigned in Unicode 3.2 and the
 * named sequences. Code points outside UnicodeData.txt have CPython's empty record.
 * CPython: Modules/unicodedata.c, Objects/unicodectype.c (_PyUnicode_ToDecimalDigit, ...).
 */
public final class UnicodeProperties {
    private UnicodeProperties() {}

    public static final int NUMERIC_NONE = 0;
    public static final int NUMERIC_DECIMAL = 1;
    public static final int NUMERIC_DIGIT = 2;
    public static final int NUMERIC_NUMERIC = 3;

    private static int[] runStarts;
    private static char[] runValues;
    private static int[] numericCodes;
    private static byte[] numericTypes;
    private static long[] numerators;
    private static int[] denominators;
    private static int[] decompCodes;
    private static String[] decompStrings;
    private static int[] assigned32;
    private static HashMap<String, String> namedSequences;
    private static int[] changeKeys;
    private static char[] changeValues;

    /** Properties whose Unicode 3.2 values {@link #changed32} knows. */
    public static final int CATEGORY = 0;
    public static final int BIDIRECTIONAL = 1;
    public static final int EAST_ASIAN_WIDTH = 2;
    public static final int MIRRORED = 3;
    public static final int DECIMAL = 4;

    private static int at(String table, int i) {
        return (table.charAt(i) << 16) | table.charAt(i + 1);
    }

    private static int runValue(int cp) {
        if (runStarts == null) {
            String t = UnicodeData.PROPERTY_RUNS;
            int n = t.length() / 3;
            int[] starts = new int[n];
            char[] values = new char[n];
            for (int k = 0; k < n; k++) {
                starts[k] = at(t, 3 * k);
                values[k] = t.charAt(3 * k + 2);
            }
            runValues = values;
            runStarts = starts;
        }
        int i = Arrays.binarySearch(runStarts, cp);
        return runValues[i >= 0 ? i : -i - 2];
    }

    /** The bidirectional class name ("" for a code point without a record). */
    public static String bidirectional(int cp) {
        return UnicodeData.BIDI_NAMES[runValue(cp) & 0x1F];
    }

    /** The East Asian width name ("F" for a code point without a record, as CPython 3.11). */
    public static String eastAsianWidth(int cp) {
        return UnicodeData.EAST_ASIAN_WIDTH_NAMES[(runValue(cp) >> 5) & 7];
    }

    public static boolean mirrored(int cp) {
        return (runValue(cp) & 0x100) != 0;
    }

    private static int numericIndex(int cp) {
        if (numericCodes == null) {
            String t = UnicodeData.NUMERIC_VALUES;
            int n = t.length() / 7;
            int[] codes = new int[n];
            byte[] types = new byte[n];
            long[] nums = new long[n];
            int[] dens = new int[n];
            for (int k = 0; k < n; k++) {
                int o = 7 * k;
                codes[k] = at(t, o);
                types[k] = (byte) t.charAt(o + 2);
                long num = ((long) t.charAt(o + 3) << 32) | ((long) t.charAt(o + 4) << 16) | t.charAt(o + 5);
                nums[k] = (num << 16) >> 16; // sign-extend 48 bits
                dens[k] = t.charAt(o + 6);
            }
            numerators = nums;
            denominators = dens;
            numericTypes = types;
            numericCodes = codes;
        }
        return Arrays.binarySearch(numericCodes, cp);
    }

    /** NUMERIC_DECIMAL, NUMERIC_DIGIT, NUMERIC_NUMERIC or NUMERIC_NONE. */
    public static int numericType(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9' ? NUMERIC_DECIMAL : NUMERIC_NONE;
        }
        int i = numericIndex(cp);
        return i >= 0 ? numericTypes[i] : NUMERIC_NONE;
    }

    /** The decimal digit value, or -1. CPython: _PyUnicode_ToDecimalDigit. */
    public static int decimal(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        int i = numericIndex(cp);
        return i >= 0 && numericTypes[i] == NUMERIC_DECIMAL ? (int) numerators[i] : -1;
    }

    /** The digit value (decimal or digit), or -1. CPython: _PyUnicode_ToDigit. */
    public static int digit(int cp) {
        if (cp < 0x80) {
            return decimal(cp);
        }
        int i = numericIndex(cp);
        return i >= 0 && numericTypes[i] <= NUMERIC_DIGIT ? (int) numerators[i] : -1;
    }

    /** The numeric value as CPython computes it (numerator / denominator), or NaN for none. */
    public static double numeric(int cp) {
        int i = numericIndex(cp);
        return i >= 0 ? (double) numerators[i] / denominators[i] : Double.NaN;
    }

    /** UnicodeData.txt's decomposition field, e.g. "<compat> 0020 0308"; "" for none. */
    public static String decomposition(int cp) {
        if (decompCodes == null) {
            String t = UnicodeData.RAW_DECOMPOSITIONS;
            int n = 0;
            for (int i = 0; i < t.length(); i += 4 + t.charAt(i + 3)) {
                n++;
            }
            int[] codes = new int[n];
            String[] values = new String[n];
            int k = 0;
            for (int i = 0; i < t.length(); k++) {
                codes[k] = at(t, i);
                int len = t.charAt(i + 3);
                StringBuilder sb = new StringBuilder(UnicodeData.DECOMPOSITION_TAGS[t.charAt(i + 2)]);
                String chars = t.substring(i + 4, i + 4 + len);
                for (int j = 0; j < chars.length(); ) {
                    int c = chars.codePointAt(j);
                    j += Character.charCount(c);
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
                    for (int pad = hex.length(); pad < 4; pad++) {
                        sb.append('0');
                    }
                    sb.append(hex);
                }
                values[k] = sb.toString();
                i += 4 + len;
            }
            decompStrings = values;
            decompCodes = codes;
        }
        int i = Arrays.binarySearch(decompCodes, cp);
        return i >= 0 ? decompStrings[i] : "";
    }

    /** Whether Unicode 3.2 had a record for cp (unicodedata.ucd_3_2_0 treats the rest as unassigned). */
    public static boolean assignedIn32(int cp) {
        if (assigned32 == null) {
            String t = UnicodeData.ASSIGNED_3_2_RANGES;
            int[] r = new int[t.length() / 2];
            for (int k = 0; k < r.length; k++) {
                r[k] = at(t, 2 * k);
            }
            assigned32 = r;
        }
        int i = Arrays.binarySearch(assigned32, cp);
        // r holds [start, end) pairs: cp is inside when the last bound <= cp is a start
        return i >= 0 ? (i & 1) == 0 : ((-i - 2) & 1) == 0 && -i - 2 >= 0;
    }

    /**
     * The Unicode 3.2 value of a property of a character 3.2 had, when it differs from 14.0's, else -1:
     * an index into CATEGORY_NAMES, BIDI_NAMES or EAST_ASIAN_WIDTH_NAMES, the mirrored flag, or
     * decimal + 1 (0: no decimal value). CPython: get_old_record's change records.
     */
    public static int changed32(int cp, int property) {
        if (changeKeys == null) {
            String t = UnicodeData.CHANGES_3_2;
            int n = t.length() / 4;
            int[] keys = new int[n];
            char[] values = new char[n];
            for (int k = 0; k < n; k++) {
                keys[k] = at(t, 4 * k) * 8 + t.charAt(4 * k + 2);
                values[k] = t.charAt(4 * k + 3);
            }
            changeValues = values;
            changeKeys = keys;
        }
        int i = Arrays.binarySearch(changeKeys, cp * 8 + property);
        return i >= 0 ? changeValues[i] : -1;
    }

    /** The named sequence called name (upper-case), or null. */
    public static String namedSequence(String name) {
        if (namedSequences == null) {
            HashMap<String, String> map = new HashMap<>();
            String t = UnicodeData.NAMED_SEQUENCES;
            for (int i = 0; i < t.length(); ) {
                int nul = t.indexOf('\0', i);
                int len = t.charAt(nul + 1);
                map.put(t.substring(i, nul), t.substring(nul + 2, nul + 2 + len));
                i = nul + 2 + len;
            }
            namedSequences = map;
        }
        return namedSequences.get(name);
    }

    /**
     * text with each non-ASCII decimal digit replaced by its ASCII digit, as int() and float() read
     * str. CPython: _PyUnicode_TransformDecimalAndSpaceToASCII.
     */
    public static String asciiDecimals(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int d = cp >= 0x80 ? decimal(cp) : -1;
            if (d >= 0) {
                sb.append((char) ('0' + d));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
