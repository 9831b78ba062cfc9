package org.matcha.codegen;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.VersionInfo;
import java.util.List;

/**
 * The unicodedata tables beyond categories, names and normalization (written into the same
 * generated UnicodeData class): bidirectional class, East Asian width and mirroring as runs,
 * numeric values, raw decomposition mappings with their tags, the code points that Unicode 3.2
 * had assigned (for unicodedata.ucd_3_2_0) and the named sequences. Code points without a record
 * in UnicodeData.txt (general category Cn) get CPython's empty record: bidi '', width 'F'.
 * CPython: Tools/unicode/makeunicodedata.py.
 */
final class UnicodePropertiesGenerator {
    private UnicodePropertiesGenerator() {}

    /** UnicodeData.txt's tags, by ICU's Decomposition_Type numbers (1 = canonical: no tag). */
    private static final String[] DECOMPOSITION_TAGS = {"", "", "<compat>", "<circle>", "<final>", "<font>",
        "<fraction>", "<initial>", "<isolated>", "<medial>", "<narrow>", "<noBreak>", "<small>", "<square>",
        "<sub>", "<super>", "<vertical>", "<wide>"};

    static void generate(StringBuilder sb, List<String> namedSequences, List<String> changes32) {
        int bidiCount = UCharacter.getIntPropertyMaxValue(UProperty.BIDI_CLASS) + 1;
        int widthCount = UCharacter.getIntPropertyMaxValue(UProperty.EAST_ASIAN_WIDTH) + 1;
        // names: index 0 is the empty record's value, index v + 1 ICU's value v
        String[] bidi = new String[bidiCount + 1];
        bidi[0] = "";
        for (int v = 0; v < bidiCount; v++) {
            bidi[v + 1] = UCharacter.getPropertyValueName(UProperty.BIDI_CLASS, v, UProperty.NameChoice.SHORT);
        }
        String[] width = new String[widthCount + 1];
        width[0] = "F";
        for (int v = 0; v < widthCount; v++) {
            width[v + 1] = UCharacter.getPropertyValueName(UProperty.EAST_ASIAN_WIDTH, v, UProperty.NameChoice.SHORT);
        }
        if (bidi.length > 32 || width.length > 8) {
            throw new IllegalStateException("property value does not fit its bits");
        }
        stringArray(sb, "BIDI_NAMES", bidi);
        stringArray(sb, "EAST_ASIAN_WIDTH_NAMES", width);
        stringArray(sb, "DECOMPOSITION_TAGS", DECOMPOSITION_TAGS);

        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        VersionInfo v32 = VersionInfo.getInstance(3, 2);
        // runs: start (2 chars) + bidi (bits 0..4) | width (bits 5..7) | mirrored (bit 8)
        StringBuilder runs = new StringBuilder();
        // numeric: cp (2), type (1: decimal, digit, numeric), numerator (3, two's complement), denominator (1)
        StringBuilder numeric = new StringBuilder();
        // raw decompositions: cp (2), tag index (1), length (1), chars
        StringBuilder decomp = new StringBuilder();
        // [start, end) ranges assigned in Unicode 3.2, 2 + 2 chars each
        StringBuilder assigned32 = new StringBuilder();
        int prev = -1;
        int rangeStart = -1;
        for (int cp = 0; cp <= 0x110000; cp++) {
            boolean inRecord = cp <= 0x10FFFF && UCharacter.getType(cp) != UCharacter.UNASSIGNED;
            VersionInfo age = cp <= 0x10FFFF ? UCharacter.getAge(cp) : null;
            boolean old = inRecord && age.compareTo(v32) <= 0;
            if (old && rangeStart < 0) {
                rangeStart = cp;
            } else if (!old && rangeStart >= 0) {
                pair(assigned32, rangeStart);
                pair(assigned32, cp);
                rangeStart = -1;
            }
            if (cp > 0x10FFFF) {
                break;
            }
            int value = 0;
            if (inRecord) {
                value = (UCharacter.getIntPropertyValue(cp, UProperty.BIDI_CLASS) + 1)
                    | (UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH) + 1) << 5
                    | (UCharacter.hasBinaryProperty(cp, UProperty.BIDI_MIRRORED) ? 1 << 8 : 0);
            }
            if (value != prev) {
                pair(runs, cp);
                runs.append((char) value);
                prev = value;
            }
            if (!inRecord) {
                continue;
            }
            int type = UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE);
            if (type != 0) {
                double d = UCharacter.getUnicodeNumericValue(cp);
                long[] q = rational(d, cp);
                pair(numeric, cp);
                numeric.append((char) type).append((char) (q[0] >>> 32 & 0xFFFF))
                    .append((char) (q[0] >>> 16 & 0xFFFF)).append((char) (q[0] & 0xFFFF)).append((char) q[1]);
            }
            if (cp >= 0xAC00 && cp <= 0xD7A3) {
                continue; // Hangul syllables decompose algorithmically; unicodedata.decomposition gives ''
            }
            String raw = nfkc.getRawDecomposition(cp);
            if (raw != null) {
                int tag = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
                pair(decomp, cp);
                decomp.append((char) tag).append((char) raw.length()).append(raw);
            }
        }
        UnicodeDataGenerator.constant(sb, "PROPERTY_RUNS", runs.toString());
        UnicodeDataGenerator.constant(sb, "NUMERIC_VALUES", numeric.toString());
        UnicodeDataGenerator.constant(sb, "RAW_DECOMPOSITIONS", decomp.toString());
        UnicodeDataGenerator.constant(sb, "ASSIGNED_3_2_RANGES", assigned32.toString());

        // named sequences: name, '\0', sequence length (1), sequence chars
        StringBuilder seqs = new StringBuilder();
        for (String line : namedSequences) {
            int semi = line.indexOf(';');
            StringBuilder chars = new StringBuilder();
            for (String hex : line.substring(semi + 1).trim().split(" ")) {
                chars.appendCodePoint(Integer.parseInt(hex, 16));
            }
            seqs.append(line, 0, semi).append('\0').append((char) chars.length()).append(chars);
        }
        UnicodeDataGenerator.constant(sb, "NAMED_SEQUENCES", seqs.toString());
        changes32(sb, changes32, bidi, width);
    }

    /**
     * Unicode 3.2 values of the properties that changed since (resources/unicode/Unicode32Changes.txt):
     * cp (2 chars), property (1: 0 category, 1 bidirectional, 2 east_asian_width, 3 mirrored,
     * 4 decimal), value (1: an index into the name arrays, the mirrored flag, or decimal + 1).
     */
    private static void changes32(StringBuilder sb, List<String> lines, String[] bidi, String[] width) {
        List<String> props = List.of("category", "bidirectional", "east_asian_width", "mirrored", "decimal");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String[] f = line.split(";", -1);
            int prop = props.indexOf(f[1]);
            int value;
            switch (prop) {
                case 0: value = List.of(UnicodeDataGenerator.CATEGORIES).indexOf(f[2]); break;
                case 1: value = List.of(bidi).indexOf(f[2]); break;
                case 2: value = List.of(width).subList(1, width.length).indexOf(f[2]) + 1; break;
                case 3: value = Integer.parseInt(f[2]); break;
                case 4: value = f[2].isEmpty() ? 0 : Integer.parseInt(f[2]) + 1; break;
                default: throw new IllegalStateException("unknown property in " + line);
            }
            if (value < 0) {
                throw new IllegalStateException("unknown value in " + line);
            }
            pair(out, Integer.parseInt(f[0], 16));
            out.append((char) prop).append((char) value);
        }
        UnicodeDataGenerator.constant(sb, "CHANGES_3_2", out.toString());
    }

    /** The fraction num/den (den < 65536) whose double is d, as UnicodeData.txt writes it. */
    private static long[] rational(double d, int cp) {
        for (long den = 1; den < 65536; den++) {
            double n = Math.rint(d * den);
            if (Math.abs(n) < (1L << 47) && (double) (long) n / den == d) {
                return new long[] {(long) n, den};
            }
        }
        throw new IllegalStateException("no fraction for the numeric value of U+" + Integer.toHexString(cp));
    }

    private static void pair(StringBuilder sb, int cp) {
        sb.append((char) (cp >>> 16)).append((char) (cp & 0xFFFF));
    }

    private static void stringArray(StringBuilder sb, String name, String[] values) {
        sb.append("    public static final String[] ").append(name).append(" = {");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(values[i]).append('"');
        }
        sb.append("};\n\n");
    }
}
