package org.matcha.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UnicodeNames against python3's unicodedata.name and the \N{...} escape. */
class UnicodeNamesTest {

    @Test
    void everyNameMatchesPython() throws Exception {
        List<String> in = new ArrayList<>();
        for (int cp = 0; cp <= 0x10FFFF; cp += 16) {
            in.add(Integer.toHexString(cp));
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines("import unicodedata\n"
                + "def names(line):\n    b = int(line, 16)\n"
                + "    return '|'.join(unicodedata.name(chr(c), '') for c in range(b, b + 16))\n", "names(line)"), in);
        int failures = 0;
        int named = 0;
        int lookups = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            String[] want = expected.get(i).split("\\|", -1);
            for (int k = 0; k < 16; k++) {
                int cp = i * 16 + k;
                String got = UnicodeNames.name(cp);
                if (!(got == null ? "" : got).equals(want[k]) && failures++ < 20) {
                    report.append(Integer.toHexString(cp)).append(": got ").append(got).append(" want ")
                            .append(want[k]).append('\n');
                }
                if (!want[k].isEmpty()) {
                    named++;
                    // \N{...} is case-insensitive, except for the computed Hangul and CJK unified names,
                    // whose prefixes CPython's _getcode matches case-sensitively (the aliases test checks that)
                    int space = want[k].indexOf(' ');
                    boolean computed = want[k].startsWith("HANGUL SYLLABLE ") || want[k].startsWith("CJK UNIFIED IDEOGRAPH-");
                    String query = (cp & 1) == 0 || space < 0 || computed ? want[k]
                            : want[k].substring(0, space).toLowerCase() + want[k].substring(space);
                    lookups++;
                    if (UnicodeNames.lookup(query) != cp && failures++ < 20) {
                        report.append("lookup ").append(query).append(" != ").append(Integer.toHexString(cp))
                                .append('\n');
                    }
                }
            }
        }
        System.out.println("names: " + named + " named code points, " + (0x110000 + lookups - failures) + "/"
                + (0x110000 + lookups) + " name()/lookup() results match python3");
        assertEquals("", report.toString());
    }

    /** Names that are not a character's own name: aliases, near misses, malformed algorithmic names. */
    @Test
    void aliasesAndMissesMatchPython() throws Exception {
        List<String> in = new ArrayList<>(List.of("LINE FEED (LF)", "LATIN CAPITAL LETTER GHA", "latin capital letter gha",
                "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE", "HANGUL SYLLABLE XYZ",
                "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-4E0",
                "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000",
                "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-3134A",
                "TANGUT IDEOGRAPH-17000", "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
                "CJK COMPATIBILITY IDEOGRAPH-F900", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A",
                "LATIN  SMALL LETTER A", "", "SPACE", "space", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
                "KANNADA LETTER LLLA", "DEVANAGARI LETTER NNNA", "VARIATION SELECTOR-1",
                "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET", "SS2", "PAD", "SHY", "DEL", "ESC",
                "ZWNBSP", "VS1", "VS256", "NUL", "LF", "BOM", "hangul syllable ga", "HANGUL SYLLABLE ga",
                "cjk unified ideograph-4e00", "cjk compatibility ideograph-f900", "CJK COMPATIBILITY IDEOGRAPH-0F900",
                "NUSHU CHARACTER-1b170", "LATIN SMALL LETTER R WITH TILDE"));
        // aliases of every NameAliases.txt type come from codegen's resources/unicode/NameAliases.txt
        List<String> expected = PythonOracle.run(PythonOracle.mapLines(
                "def q(s):\n    try:\n        v = eval('\"\\\\N{' + s + '}\"')\n    except SyntaxError:\n"
                        + "        return 'ERR'\n    return '%x' % ord(v)\n", "q(line)"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            int cp = UnicodeNames.lookup(in.get(i));
            String got = cp < 0 ? "ERR" : Integer.toHexString(cp);
            if (!got.equals(expected.get(i)) && failures++ < 20) {
                report.append(in.get(i)).append(": got ").append(got).append(" want ").append(expected.get(i))
                        .append('\n');
            }
        }
        System.out.println("aliases and misses: " + (in.size() - failures) + "/" + in.size() + " match python3");
        assertEquals("", report.toString());
    }
}
