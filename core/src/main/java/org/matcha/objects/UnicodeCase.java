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
}
