package org.matcha.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** UnicodeNormalizer against python3's unicodedata.normalize (Unicode 14, like our tables). */
class UnicodeNormalizerTest {
    private static final String[] FORMS = {"NFC", "NFD", "NFKC", "NFKD"};

    private static String hexCodePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(Integer.toHexString(cp)).append(' '));
        return sb.toString().trim();
    }

    private static int randomCodePoint(Random rnd) {
        switch (rnd.nextInt(10)) {
            case 0: return 'a' + rnd.nextInt(26);
            case 1: return 0x300 + rnd.nextInt(0x70); // combining diacritics
            case 2: return 0x1100 + rnd.nextInt(0x100); // Hangul jamo
            case 3: return 0xAC00 + rnd.nextInt(11172); // Hangul syllables
            case 4: return 0xC0 + rnd.nextInt(0x1C0); // Latin-1 and Latin Extended
            case 5: return 0x1E00 + rnd.nextInt(0x300); // Latin Extended Additional, Greek Extended
            case 6: return 0xFF00 + rnd.nextInt(0xF0); // fullwidth / halfwidth
            case 7: return 0x591 + rnd.nextInt(0x40); // Hebrew points (many classes)
            case 8: return 0x900 + rnd.nextInt(0x500); // Indic, with two-part vowels
            default: {
                int cp = rnd.nextInt(0x30000);
                return cp >= 0xD800 && cp <= 0xDFFF ? 'x' : cp;
            }
        }
    }

    @Test
    void allFormsMatchPython() throws Exception {
        Random rnd = new Random(10);
        List<String> samples = new ArrayList<>();
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            // every code point with a decomposition or class is near the ones sampled densely here
            if (cp < 0x20000 || (cp >= 0x2F800 && cp < 0x2FA20) || cp % 97 == 0) {
                samples.add(new StringBuilder().appendCodePoint(cp).toString());
            }
        }
        int singles = samples.size();
        for (int i = 0; i < 40_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(8);
            for (int k = 0; k < len; k++) {
                sb.appendCodePoint(randomCodePoint(rnd));
            }
            samples.add(sb.toString());
        }
        List<String> in = new ArrayList<>();
        for (String s : samples) {
            in.add(hexCodePoints(s));
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines("import unicodedata\n"
                + "def n(line):\n    s = ''.join(chr(int(h, 16)) for h in line.split())\n"
                + "    return '|'.join(' '.join('%x' % ord(c) for c in unicodedata.normalize(f, s))"
                + " for f in ('NFC', 'NFD', 'NFKC', 'NFKD'))\n", "n(line)"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            String[] want = expected.get(i).split("\\|", -1);
            for (int f = 0; f < 4; f++) {
                String got = hexCodePoints(UnicodeNormalizer.normalize(FORMS[f], samples.get(i)));
                if (!got.equals(want[f]) && failures++ < 20) {
                    report.append(FORMS[f]).append(' ').append(in.get(i)).append(": got ").append(got)
                            .append(" want ").append(want[f]).append('\n');
                }
            }
        }
        System.out.println("normalize: " + (4 * samples.size() - failures) + "/" + (4 * samples.size())
                + " match python3 (" + singles + " single code points, " + (samples.size() - singles)
                + " random strings, 4 forms)");
        assertEquals("", report.toString());
    }
}
