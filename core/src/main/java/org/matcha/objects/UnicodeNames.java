package org.matcha.objects;

import java.util.HashMap;

/**
 * Unicode 14 character names, for {@code \N{...}} escapes and (later) unicodedata.name/lookup.
 * Inflated from the generated, deflated name list on first use. Hangul syllable names are computed
 * (Unicode §3.12); PREFIX-XXXX names (CJK, Tangut, Khitan, Nushu) come from ranges.
 * CPython: Modules/unicodedata.c (_getcode, _getucname).
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static HashMap<String, Integer> byName;
    private static HashMap<Integer, String> byCode;

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_BASE = 0xAC00;
    private static final int HANGUL_COUNT = 11172;

    /** The code point named {@code name} (case-insensitive, aliases accepted), or -1. */
    public static int lookup(String name) {
        String upper = name.toUpperCase();
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangulCode(upper.substring(16));
        }
        for (int i = 0; i < UnicodeData.NAME_RANGE_PREFIXES.length; i++) {
            String prefix = UnicodeData.NAME_RANGE_PREFIXES[i];
            if (upper.startsWith(prefix)) {
                int cp = parseHex(upper.substring(prefix.length()));
                return cp >= 0 && rangePrefixOf(cp) == i ? cp : -1;
            }
        }
        if (byName == null) {
            load();
        }
        Integer cp = byName.get(upper);
        return cp == null ? -1 : cp;
    }

    /** The name of {@code cp}, or null when it has none. */
    public static String name(int cp) {
        if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
            int s = cp - HANGUL_BASE;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        int prefix = rangePrefixOf(cp);
        if (prefix >= 0) {
            return UnicodeData.NAME_RANGE_PREFIXES[prefix] + Integer.toHexString(cp).toUpperCase();
        }
        if (byCode == null) {
            load();
        }
        return byCode.get(cp);
    }

    private static int hangulCode(String syllable) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!syllable.startsWith(JAMO_L[l])) {
                continue;
            }
            for (int v = 0; v < JAMO_V.length; v++) {
                if (!syllable.startsWith(JAMO_V[v], JAMO_L[l].length())) {
                    continue;
                }
                String rest = syllable.substring(JAMO_L[l].length() + JAMO_V[v].length());
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (rest.equals(JAMO_T[t])) {
                        return HANGUL_BASE + (l * 21 + v) * 28 + t;
                    }
                }
            }
        }
        return -1;
    }

    private static int parseHex(String s) {
        if (s.length() < 4 || s.length() > 6) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || Character.isLowerCase(s.charAt(i))) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static int rangePrefixOf(int cp) {
        String r = UnicodeData.NAME_RANGES;
        for (int i = 0; i + 5 <= r.length(); i += 5) {
            int start = (r.charAt(i + 1) << 16) | r.charAt(i + 2);
            int end = (r.charAt(i + 3) << 16) | r.charAt(i + 4);
            if (cp >= start && cp <= end) {
                return r.charAt(i);
            }
        }
        return -1;
    }

    /** Inflates the generated name list ("HEX NAME" lines; aliases "HEX =NAME") into the maps. */
    private static void load() {
        String packed = UnicodeData.NAMES_DEFLATED;
        byte[] z = new byte[UnicodeData.NAMES_DEFLATED_LENGTH];
        for (int i = 0; i < z.length; i++) {
            char c = packed.charAt(i / 2);
            z[i] = (byte) ((i & 1) == 0 ? c >>> 8 : c);
        }
        byte[] text = new byte[UnicodeData.NAMES_TEXT_LENGTH];
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(z);
        try {
            int n = 0;
            while (n < text.length && !inflater.finished()) {
                n += inflater.inflate(text, n, text.length - n);
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException("corrupt Unicode name table", e);
        } finally {
            inflater.end();
        }
        HashMap<String, Integer> names = new HashMap<>(80_000);
        HashMap<Integer, String> codes = new HashMap<>(80_000);
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] != '\n') {
                continue;
            }
            int space = start;
            while (text[space] != ' ') {
                space++;
            }
            int cp = 0;
            for (int k = start; k < space; k++) {
                cp = cp * 16 + Character.digit((char) text[k], 16);
            }
            boolean alias = text[space + 1] == '=';
            int nameStart = space + (alias ? 2 : 1);
            char[] chars = new char[i - nameStart];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) text[nameStart + k];
            }
            String name = new String(chars);
            names.putIfAbsent(name, cp);
            if (!alias) {
                codes.put(cp, name);
            }
            start = i + 1;
        }
        byCode = codes;
        byName = names;
    }
}
