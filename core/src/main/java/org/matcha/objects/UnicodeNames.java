package org.matcha.objects;

/**
 * Unicode 14 character names, for {@code \N{...}} escapes and (later) unicodedata.name/lookup.
 * Inflated from the generated tables (see UnicodeDataGenerator.names) on first use and decoded
 * into a sorted code point array, the word numbers of each name, and an open-addressing hash from
 * name to entry.
 * Hangul syllable names are computed (Unicode §3.12) and PREFIX-XXXX names come from ranges.
 * Matching is ASCII case-insensitive; aliases (NameAliases.txt) are accepted by lookup only.
 * CPython: Modules/unicodedata.c (_getcode, _getucname, find_syllable).
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static String[] words;
    private static int[] codes; // sorted code points with a listed name, then alias code points
    private static int nameCount; // entries [0, nameCount) are names, the rest aliases
    private static int[] wordStart; // entry i's word numbers are wordIds[wordStart[i] .. wordStart[i + 1])
    private static char[] wordIds;
    private static int[] hashTable; // entry index + 1, 0 when empty

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_BASE = 0xAC00;
    private static final int HANGUL_COUNT = 11172;
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

    /** The code point named {@code name} (ASCII case-insensitive, aliases accepted), or -1. */
    public static int lookup(String name) {
        return lookup(name, true);
    }

    /** As {@link #lookup(String)}; aliases only when {@code aliases} (ucd_3_2_0 has none). */
    public static int lookup(String name, boolean aliases) {
        // CPython _getcode: the Hangul and CJK unified prefixes are matched case-sensitively
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangulCode(name.substring(HANGUL_PREFIX.length()));
        }
        if (name.startsWith(CJK_PREFIX)) {
            // four or five upper-case hex digits naming a unified ideograph
            int cp = parseHex(name.substring(CJK_PREFIX.length()));
            return cp >= 0 && CJK_PREFIX.equals(rangePrefix(cp)) ? cp : -1;
        }
        String upper = asciiUpper(name);
        for (String prefix : UnicodeData.NAME_RANGE_PREFIXES) {
            if (!prefix.equals(CJK_PREFIX) && upper.startsWith(prefix)) {
                // other PREFIX-XXXX names are ordinary names: the hex part is exactly the code point's
                String hex = upper.substring(prefix.length());
                int cp = parseHex(hex);
                return cp >= 0 && prefix.equals(rangePrefix(cp)) && hex.equals(upperHex(cp)) ? cp : -1;
            }
        }
        if (words == null) {
            load();
        }
        // word numbers of the space-separated words (an empty word, from a doubled space, matches none)
        int wordCount = 1;
        for (int i = 0; i < upper.length(); i++) {
            if (upper.charAt(i) == ' ') {
                wordCount++;
            }
        }
        char[] ids = new char[wordCount];
        for (int i = 0, start = 0; i < wordCount; i++) {
            int end = upper.indexOf(' ', start);
            if (end < 0) {
                end = upper.length();
            }
            int id = wordId(upper.substring(start, end));
            if (id < 0) {
                return -1;
            }
            ids[i] = (char) id;
            start = end + 1;
        }
        int mask = hashTable.length - 1;
        for (int slot = hash(ids, 0, ids.length) & mask; hashTable[slot] != 0; slot = (slot + 1) & mask) {
            int entry = hashTable[slot] - 1;
            if (sameWords(entry, ids) && (aliases || entry < nameCount)) {
                return codes[entry];
            }
        }
        return -1;
    }

    /** The name of {@code cp} as unicodedata.name gives it, or null when it has none. */
    public static String name(int cp) {
        if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
            int s = cp - HANGUL_BASE;
            return HANGUL_PREFIX + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        String prefix = rangePrefix(cp);
        if (prefix != null) {
            return prefix + upperHex(cp);
        }
        if (words == null) {
            load();
        }
        int lo = 0;
        int hi = nameCount - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codes[mid] < cp) {
                lo = mid + 1;
            } else if (codes[mid] > cp) {
                hi = mid - 1;
            } else {
                StringBuilder sb = new StringBuilder(32);
                for (int k = wordStart[mid]; k < wordStart[mid + 1]; k++) {
                    if (k > wordStart[mid]) {
                        sb.append(' ');
                    }
                    sb.append(words[wordIds[k]]);
                }
                return sb.toString();
            }
        }
        return null;
    }

    private static String upperHex(int cp) {
        String hex = Integer.toHexString(cp);
        return asciiUpper(hex.length() < 4 ? "0000".substring(hex.length()) + hex : hex);
    }

    private static String asciiUpper(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'a' && c[i] <= 'z') {
                c[i] -= 32;
            }
        }
        return new String(c);
    }

    /** CPython find_syllable: the longest matching jamo name at each of the three positions. */
    private static int hangulCode(String syllable) {
        int[] pos = {0};
        int l = longestJamo(syllable, pos, JAMO_L);
        int v = longestJamo(syllable, pos, JAMO_V);
        int t = longestJamo(syllable, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != syllable.length()) {
            return -1;
        }
        return HANGUL_BASE + (l * 21 + v) * 28 + t;
    }

    private static int longestJamo(String s, int[] pos, String[] names) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() > bestLen && s.startsWith(names[i], pos[0])) {
                best = i;
                bestLen = names[i].length();
            }
        }
        if (best >= 0) {
            pos[0] += bestLen;
        }
        return best;
    }

    /** Four to six upper-case hex digits (CPython takes 4 or 5 for CJK; no code point needs 6 here). */
    private static int parseHex(String s) {
        if (s.length() < 4 || s.length() > 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static String rangePrefix(int cp) {
        String r = UnicodeData.NAME_RANGES;
        for (int i = 0; i + 5 <= r.length(); i += 5) {
            int start = (r.charAt(i + 1) << 16) | r.charAt(i + 2);
            int end = (r.charAt(i + 3) << 16) | r.charAt(i + 4);
            if (cp >= start && cp <= end) {
                return UnicodeData.NAME_RANGE_PREFIXES[r.charAt(i)];
            }
        }
        return null;
    }

    /** Binary search in the alphabetical word list. */
    private static int wordId(String w) {
        int lo = 0;
        int hi = words.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = words[mid].compareTo(w);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static int hash(char[] ids, int from, int to) {
        int h = 17;
        for (int i = from; i < to; i++) {
            h = h * 31 + ids[i];
        }
        return h ^ (h >>> 15);
    }

    private static boolean sameWords(int entry, char[] ids) {
        int start = wordStart[entry];
        if (wordStart[entry + 1] - start != ids.length) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            if (wordIds[start + i] != ids[i]) {
                return false;
            }
        }
        return true;
    }

    /** Inflates the generated tables: word list, name entries and aliases, concatenated. */
    private static String inflateTables() {
        String packed = UnicodeData.NAMES_DEFLATED;
        byte[] z = new byte[UnicodeData.NAMES_DEFLATED_LENGTH];
        for (int i = 0; i < z.length; i++) {
            char c = packed.charAt(i / 2);
            z[i] = (byte) ((i & 1) == 0 ? c >>> 8 : c);
        }
        int length = UnicodeData.NAME_WORDS_LENGTH + UnicodeData.NAME_ENTRIES_LENGTH + UnicodeData.NAME_ALIASES_LENGTH;
        byte[] raw = new byte[2 * length];
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(z);
        try {
            int n = 0;
            while (n < raw.length && !inflater.finished()) {
                n += inflater.inflate(raw, n, raw.length - n);
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException("corrupt Unicode name table", e);
        } finally {
            inflater.end();
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (((raw[2 * i] & 0xFF) << 8) | (raw[2 * i + 1] & 0xFF));
        }
        return new String(chars);
    }

    private static void load() {
        String tables = inflateTables();
        int wordsEnd = UnicodeData.NAME_WORDS_LENGTH;
        int entriesEnd = wordsEnd + UnicodeData.NAME_ENTRIES_LENGTH;
        String w = tables.substring(0, wordsEnd);
        int wordCount = 0;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < 0x20) {
                wordCount++;
            }
        }
        String[] list = new String[wordCount];
        String prev = "";
        for (int i = 0, k = 0; i < w.length(); k++) {
            int shared = w.charAt(i++);
            int start = i;
            while (i < w.length() && w.charAt(i) >= 0x20) {
                i++;
            }
            prev = prev.substring(0, shared) + w.substring(start, i);
            list[k] = prev;
        }
        String e = tables.substring(wordsEnd, entriesEnd);
        String a = tables.substring(entriesEnd);
        // count entries and total words first, to size the arrays
        int names = 0;
        int total = 0;
        for (int i = 0; i < e.length(); names++) {
            char head = e.charAt(i++);
            if ((head & 0x8000) != 0) {
                i += 2;
            }
            int fresh = head & 63;
            total += ((head >> 6) & 63) + fresh;
            i += fresh;
        }
        int aliases = 0;
        for (int i = 0; i < a.length(); aliases++) {
            total += a.charAt(i + 2);
            i += 3 + a.charAt(i + 2);
        }
        int[] cps = new int[names + aliases];
        int[] starts = new int[names + aliases + 1];
        char[] ids = new char[total];
        int at = 0;
        int cp = -1;
        int prevStart = 0;
        int prevLen = 0;
        for (int i = 0, n = 0; i < e.length(); n++) {
            char head = e.charAt(i++);
            if ((head & 0x8000) != 0) {
                cp = (e.charAt(i) << 16) | e.charAt(i + 1);
                i += 2;
            } else {
                cp++;
            }
            int shared = (head >> 6) & 63;
            int fresh = head & 63;
            cps[n] = cp;
            starts[n] = at;
            System.arraycopy(ids, prevStart, ids, at, shared);
            for (int k = 0; k < fresh; k++) {
                ids[at + shared + k] = e.charAt(i++);
            }
            prevStart = at;
            prevLen = shared + fresh;
            at += prevLen;
        }
        for (int i = 0, n = names; i < a.length(); n++) {
            cps[n] = (a.charAt(i) << 16) | a.charAt(i + 1);
            int count = a.charAt(i + 2);
            i += 3;
            starts[n] = at;
            for (int k = 0; k < count; k++) {
                ids[at++] = a.charAt(i++);
            }
        }
        starts[names + aliases] = at;
        int size = Integer.highestOneBit((names + aliases) * 2) * 2;
        int[] table = new int[size];
        for (int n = 0; n < names + aliases; n++) {
            int slot = hash(ids, starts[n], starts[n + 1]) & (size - 1);
            while (table[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = n + 1;
        }
        codes = cps;
        nameCount = names;
        wordStart = starts;
        wordIds = ids;
        hashTable = table;
        words = list;
    }
}
