package org.matcha.objects;

/**
 * One-code-point case mappings from the generated Unicode 14.0 tables: the first code point of the
 * full lowercase or uppercase mapping, as CPython's _PyUnicode_ToLowercase and
 * _PyUnicode_ToUppercase return it (so upper('ß') is 'S'). CPython: Objects/unicodectype.c.
 */
public final class UnicodeCase {
    private UnicodeCase() {}

    private static int[] lowerKeys;
    private static int[] lowerValues;
    private static int[] upperKeys;
    private static int[] upperValues;

    public static int lowerFirst(int cp) {
        if (lowerKeys == null) {
            int[][] t = decode(UnicodeData.LOWER_FIRST);
            lowerKeys = t[0];
            lowerValues = t[1];
        }
        int i = java.util.Arrays.binarySearch(lowerKeys, cp);
        return i >= 0 ? lowerValues[i] : cp;
    }

    public static int upperFirst(int cp) {
        if (upperKeys == null) {
            int[][] t = decode(UnicodeData.UPPER_FIRST);
            upperKeys = t[0];
            upperValues = t[1];
        }
        int i = java.util.Arrays.binarySearch(upperKeys, cp);
        return i >= 0 ? upperValues[i] : cp;
    }

    private static int[][] decode(String table) {
        int n = table.length() / 4;
        int[] keys = new int[n];
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (table.charAt(4 * i) << 16) | table.charAt(4 * i + 1);
            values[i] = (table.charAt(4 * i + 2) << 16) | table.charAt(4 * i + 3);
        }
        return new int[][] {keys, values};
    }

    /** The tables of one full mapping: sorted code points and their results. */
    private static final class FullMap {
        final int[] keys;
        final String[] values;

        FullMap(String t) {
            int n = 0;
            for (int i = 0; i < t.length(); i += 3 + t.charAt(i + 2)) {
                n++;
            }
            keys = new int[n];
            values = new String[n];
            int k = 0;
            for (int i = 0; i < t.length(); i += 3 + t.charAt(i + 2)) {
                keys[k] = (t.charAt(i) << 16) | t.charAt(i + 1);
                values[k++] = t.substring(i + 3, i + 3 + t.charAt(i + 2));
            }
        }

        void append(StringBuilder b, int cp) {
            int i = java.util.Arrays.binarySearch(keys, cp);
            if (i >= 0) {
                b.append(values[i]);
            } else {
                b.appendCodePoint(cp);
            }
        }
    }

    private static FullMap lowerFull;
    private static FullMap upperFull;
    private static FullMap titleFull;
    private static FullMap foldFull;
    private static int[] lowercase;
    private static int[] uppercase;
    private static int[] cased;
    private static int[] caseIgnorable;

    /** CPython: _PyUnicode_ToLowerFull. */
    public static void appendLower(StringBuilder b, int cp) {
        if (cp < 0x80) {
            b.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        if (lowerFull == null) {
            lowerFull = new FullMap(UnicodeData.LOWER_FULL);
        }
        lowerFull.append(b, cp);
    }

    /** CPython: _PyUnicode_ToUpperFull. */
    public static void appendUpper(StringBuilder b, int cp) {
        if (cp < 0x80) {
            b.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        if (upperFull == null) {
            upperFull = new FullMap(UnicodeData.UPPER_FULL);
        }
        upperFull.append(b, cp);
    }

    /** CPython: _PyUnicode_ToTitleFull. */
    public static void appendTitle(StringBuilder b, int cp) {
        if (titleFull == null) {
            titleFull = new FullMap(UnicodeData.TITLE_FULL);
        }
        titleFull.append(b, cp);
    }

    /** CPython: _PyUnicode_ToFoldedFull. */
    public static void appendFolded(StringBuilder b, int cp) {
        if (foldFull == null) {
            foldFull = new FullMap(UnicodeData.FOLD_FULL);
        }
        foldFull.append(b, cp);
    }

    /** The Lowercase property (CPython: _PyUnicode_IsLowercase). */
    public static boolean isLowercase(int cp) {
        if (lowercase == null) {
            lowercase = Unicode.decodeRanges(UnicodeData.LOWERCASE_RANGES);
        }
        return Unicode.inRanges(lowercase, cp);
    }

    /** The Uppercase property (CPython: _PyUnicode_IsUppercase). */
    public static boolean isUppercase(int cp) {
        if (uppercase == null) {
            uppercase = Unicode.decodeRanges(UnicodeData.UPPERCASE_RANGES);
        }
        return Unicode.inRanges(uppercase, cp);
    }

    /** CPython: _PyUnicode_IsCased. */
    public static boolean isCased(int cp) {
        if (cased == null) {
            cased = Unicode.decodeRanges(UnicodeData.CASED_RANGES);
        }
        return Unicode.inRanges(cased, cp);
    }

    /** CPython: _PyUnicode_IsCaseIgnorable. */
    public static boolean isCaseIgnorable(int cp) {
        if (caseIgnorable == null) {
            caseIgnorable = Unicode.decodeRanges(UnicodeData.CASE_IGNORABLE_RANGES);
        }
        return Unicode.inRanges(caseIgnorable, cp);
    }

    /** CPython: titlecase category Lt (_PyUnicode_IsTitlecase). */
    public static boolean isTitlecase(int cp) {
        return Unicode.category(cp) == 3;
    }

    /**
     * CPython: lower_ucs4 and handle_capital_sigma — U+03A3 lowers to final sigma when a cased
     * letter precedes it and none follows (case-ignorable characters skipped).
     */
    public static void appendLowerAt(StringBuilder b, int[] cps, int i) {
        int c = cps[i];
        if (c != 0x3A3) {
            appendLower(b, c);
            return;
        }
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        boolean fin = j >= 0 && isCased(cps[j]);
        if (fin) {
            j = i + 1;
            while (j < cps.length && isCaseIgnorable(cps[j])) {
                j++;
            }
            fin = j == cps.length || !isCased(cps[j]);
        }
        b.append(fin ? '\u03C2' : '\u03C3');
    }
}
