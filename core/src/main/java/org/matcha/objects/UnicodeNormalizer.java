package org.matcha.objects;

import java.util.HashMap;

/**
 * Unicode normalization forms NFC, NFD, NFKC and NFKD (UAX #15) over the generated Unicode 14
 * tables: full decomposition, canonical reordering, then canonical composition with blocking,
 * Hangul syllables handled algorithmically (Unicode §3.12). Tables are decoded on first use.
 * CPython: Modules/unicodedata.c (nfd_nfkd, nfc_nfkc); identifiers use NFKC (PEP 3131).
 */
public final class UnicodeNormalizer {
    private UnicodeNormalizer() {}

    private static HashMap<Integer, String> canonical;
    private static HashMap<Integer, String> compatibility;
    private static HashMap<Long, Integer> compositions;
    private static int[] classStarts;
    private static byte[] classValues;

    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int S_COUNT = L_COUNT * V_COUNT * T_COUNT;

    public static String nfc(String s) {
        return normalize(s, false, true);
    }

    public static String nfd(String s) {
        return normalize(s, false, false);
    }

    public static String nfkc(String s) {
        return normalize(s, true, true);
    }

    public static String nfkd(String s) {
        return normalize(s, true, false);
    }

    /** unicodedata.normalize form names: "NFC", "NFD", "NFKC", "NFKD"; null for an unknown form. */
    public static String normalize(String form, String s) {
        return normalize(form, s, false);
    }

    /**
     * As {@link #normalize(String, String)}; with {@code unicode32}, as unicodedata.ucd_3_2_0 does it:
     * characters Unicode 3.2 did not have are not decomposed, and the decompositions Corrigendum #4
     * changed keep their 3.2 values (CPython: makeunicodedata's normalization_3_2_0).
     */
    public static String normalize(String form, String s, boolean unicode32) {
        switch (form) {
            case "NFC": return normalize(s, false, true, unicode32);
            case "NFD": return normalize(s, false, false, unicode32);
            case "NFKC": return normalize(s, true, true, unicode32);
            case "NFKD": return normalize(s, true, false, unicode32);
            default: return null;
        }
    }

    /** Unicode 3.2's decompositions of the CJK compatibility ideographs Corrigendum #4 corrected. */
    private static final int[] CORRIGENDUM_4 = {0x2F868, 0x2136A, 0x2F874, 0x5F33, 0x2F91F, 0x43AB, 0x2F95F, 0x7AAE,
        0x2F9BF, 0x4D57};

    private static String normalize(String s, boolean compat, boolean compose) {
        return normalize(s, compat, compose, false);
    }

    private static String normalize(String s, boolean compat, boolean compose, boolean unicode32) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == s.length()) {
            return s; // ASCII is unchanged by every form
        }
        if (canonical == null) {
            load();
        }
        int[] buf = new int[s.length() * 2 + 8];
        int n = 0;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (unicode32 && (cp >= 0x2F868 || !UnicodeProperties.assignedIn32(cp))) {
                int fixed = corrected32(cp);
                if (fixed >= 0 || !UnicodeProperties.assignedIn32(cp)) {
                    buf = append(buf, n++, fixed >= 0 ? fixed : cp);
                    continue;
                }
            }
            String d = decomposition(cp, compat);
            if (d != null) {
                for (int j = 0; j < d.length(); ) {
                    int c = d.codePointAt(j);
                    j += Character.charCount(c);
                    buf = append(buf, n++, c);
                }
            } else if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
                int si = cp - S_BASE;
                buf = append(buf, n++, L_BASE + si / (V_COUNT * T_COUNT));
                buf = append(buf, n++, V_BASE + (si % (V_COUNT * T_COUNT)) / T_COUNT);
                if (si % T_COUNT != 0) {
                    buf = append(buf, n++, T_BASE + si % T_COUNT);
                }
            } else {
                buf = append(buf, n++, cp);
            }
        }
        reorder(buf, n);
        if (compose) {
            n = compose(buf, n);
        }
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            out.appendCodePoint(buf[k]);
        }
        String result = out.toString();
        return result.equals(s) ? s : result;
    }

    private static int corrected32(int cp) {
        for (int i = 0; i < CORRIGENDUM_4.length; i += 2) {
            if (CORRIGENDUM_4[i] == cp) {
                return CORRIGENDUM_4[i + 1];
            }
        }
        return -1;
    }

    private static int[] append(int[] buf, int at, int cp) {
        if (at == buf.length) {
            int[] bigger = new int[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, buf.length);
            buf = bigger;
        }
        buf[at] = cp;
        return buf;
    }

    private static String decomposition(int cp, boolean compat) {
        if (cp < 0xA0) {
            return null;
        }
        if (compat) {
            String k = compatibility.get(cp);
            if (k != null) {
                return k;
            }
        }
        return canonical.get(cp);
    }

    /** Canonical ordering: a stable sort of each run of non-starters by combining class. */
    private static void reorder(int[] buf, int n) {
        for (int i = 1; i < n; i++) {
            int c = buf[i];
            int cc = combiningClass(c);
            if (cc == 0) {
                continue;
            }
            int j = i;
            while (j > 0) {
                int pc = combiningClass(buf[j - 1]);
                if (pc <= cc) {
                    break;
                }
                buf[j] = buf[j - 1];
                j--;
            }
            buf[j] = c;
        }
    }

    /** Canonical composition: each character joins the last starter unless blocked. */
    private static int compose(int[] buf, int n) {
        int out = 0;
        int starter = -1;
        int lastClass = -1; // class of the last character kept after the starter; -1: none
        for (int i = 0; i < n; i++) {
            int c = buf[i];
            int cc = combiningClass(c);
            if (starter >= 0 && (lastClass == -1 || (lastClass != 0 && lastClass < cc))) {
                int composite = composePair(buf[starter], c);
                if (composite >= 0) {
                    buf[starter] = composite;
                    continue;
                }
            }
            buf[out] = c;
            if (cc == 0) {
                starter = out;
                lastClass = -1;
            } else {
                lastClass = cc;
            }
            out++;
        }
        return out;
    }

    private static int composePair(int a, int b) {
        if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
            return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
        }
        if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE
                && b < T_BASE + T_COUNT) {
            return a + (b - T_BASE);
        }
        Integer c = compositions.get(((long) a << 21) | b);
        return c == null ? -1 : c;
    }

    /** The canonical combining class (unicodedata.combining). */
    public static int combiningClass(int cp) {
        if (cp < 0x300) {
            return 0;
        }
        if (classStarts == null) {
            load();
        }
        int lo = 0;
        int hi = classStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (classStarts[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return classValues[lo] & 0xFF;
    }

    private static int at(String table, int i) {
        return (table.charAt(i) << 16) | table.charAt(i + 1);
    }

    private static void load() {
        String runs = UnicodeData.COMBINING_CLASS_RUNS;
        int count = runs.length() / 3;
        int[] starts = new int[count];
        byte[] values = new byte[count];
        for (int k = 0; k < count; k++) {
            starts[k] = at(runs, 3 * k);
            values[k] = (byte) runs.charAt(3 * k + 2);
        }
        HashMap<Integer, String> canon = new HashMap<>();
        HashMap<Integer, String> compat = new HashMap<>();
        String d = UnicodeData.DECOMPOSITIONS;
        for (int i = 0; i < d.length(); ) {
            int cp = at(d, i);
            int canonLen = d.charAt(i + 2);
            i += 3;
            if (canonLen > 0) {
                canon.put(cp, d.substring(i, i + canonLen));
                i += canonLen;
            }
            int compatLen = d.charAt(i);
            i++;
            if (compatLen > 0) {
                compat.put(cp, d.substring(i, i + compatLen));
                i += compatLen;
            }
        }
        HashMap<Long, Integer> comp = new HashMap<>();
        String c = UnicodeData.CANONICAL_COMPOSITIONS;
        for (int i = 0; i + 6 <= c.length(); i += 6) {
            comp.put(((long) at(c, i) << 21) | at(c, i + 2), at(c, i + 4));
        }
        classValues = values;
        classStarts = starts;
        compositions = comp;
        compatibility = compat;
        canonical = canon;
    }
}
