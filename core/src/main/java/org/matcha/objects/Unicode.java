package org.matcha.objects;

/**
 * Unicode 14.0 properties from the generated {@link UnicodeData} tables. Core never asks
 * java.lang.Character for Python-visible properties: the JDK and TeaVM carry different Unicode
 * versions, and CPython 3.11 uses 14.0.
 */
public final class Unicode {
    private Unicode() {}

    private static int[] categoryStarts;
    private static byte[] categoryValues;
    private static int[] xidStart;
    private static int[] xidContinue;

    /** ICU/Java general category number (0 = Cn); names in UnicodeData.CATEGORY_NAMES. */
    public static int category(int cp) {
        if (categoryStarts == null) {
            loadCategories();
        }
        int lo = 0;
        int hi = categoryStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (categoryStarts[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return categoryValues[lo];
    }

    /** Python's two-letter category, as unicodedata.category returns it. */
    public static String categoryName(int cp) {
        return UnicodeData.CATEGORY_NAMES[category(cp)];
    }

    /** CPython: Py_UNICODE_ISPRINTABLE — not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7F) {
            return cp >= 0x20;
        }
        switch (category(cp)) {
            case 0: case 12: case 13: case 14: case 15: case 16: case 17: case 18:
                return false;
            default:
                return true;
        }
    }

    public static boolean isXidStart(int cp) {
        if (xidStart == null) {
            xidStart = decodeRanges(UnicodeData.XID_START_RANGES);
        }
        return inRanges(xidStart, cp);
    }

    public static boolean isXidContinue(int cp) {
        if (xidContinue == null) {
            xidContinue = decodeRanges(UnicodeData.XID_CONTINUE_RANGES);
        }
        return inRanges(xidContinue, cp);
    }

    /** NFKC of an identifier (PEP 3131), by {@link UnicodeNormalizer}. */
    public static String nfkcIdentifier(String name) {
        return UnicodeNormalizer.nfkc(name);
    }

    private static int at(String table, int i) {
        return (table.charAt(i) << 16) | table.charAt(i + 1);
    }

    private static void loadCategories() {
        String t = UnicodeData.CATEGORY_RUNS;
        int count = t.length() / 3;
        int[] starts = new int[count];
        byte[] values = new byte[count];
        for (int k = 0; k < count; k++) {
            starts[k] = at(t, k * 3);
            values[k] = (byte) t.charAt(k * 3 + 2);
        }
        categoryValues = values;
        categoryStarts = starts;
    }

    static int[] decodeRanges(String t) {
        int[] r = new int[t.length() / 2];
        for (int k = 0; k < r.length; k++) {
            r[k] = at(t, k * 2);
        }
        return r;
    }

    /** ranges holds [start, end) pairs in order. */
    static boolean inRanges(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp >= ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
