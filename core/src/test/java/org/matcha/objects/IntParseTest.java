package org.matcha.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** IntParse against python3's int(text, base). */
class IntParseTest {

    @Test
    void parseIntArgumentMatchesPython() throws Exception {
        Random rnd = new Random(9);
        String alphabet = "0123456789abcdefxobXOB_ +-zZ";
        int[] bases = {0, 0, 0, 2, 8, 10, 10, 16, 36, 3, 7};
        List<String> in = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        String[] fixed = {"0", "00", "0_0", "010", "0x_1f", "0x__1", "_1", "1_", "1__0", "-0", " 12 ", "0b", "0x",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "0xffffffffffffffffffffffffffff", "1" + "0".repeat(300), "zz", "+-1", "0o17", "0O17", "1e5"};
        for (String s : fixed) {
            for (int b : new int[] {0, 10, 16, 36}) {
                cases.add(new Object[] {s, b});
            }
        }
        while (cases.size() < 30_000) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(rnd.nextInt(10) == 0 ? 60 : 8);
            for (int i = 0; i < len; i++) {
                char c = rnd.nextInt(3) == 0 ? alphabet.charAt(rnd.nextInt(alphabet.length()))
                        : (char) ('0' + rnd.nextInt(10));
                sb.append(c);
            }
            if (rnd.nextInt(4) == 0) {
                sb.insert(0, "0" + "xob".charAt(rnd.nextInt(3)));
            }
            cases.add(new Object[] {sb.toString(), bases[rnd.nextInt(bases.length)]});
        }
        for (Object[] c : cases) {
            in.add(c[1] + "|" + c[0]);
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines(
                "def p(line):\n    b, s = line.split('|', 1)\n    try:\n        return int(s, int(b))\n"
                        + "    except ValueError:\n        return 'ERR'\n", "p(line)"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            String got;
            try {
                Object v = IntParse.parseIntArgument((String) cases.get(i)[0], (Integer) cases.get(i)[1]);
                if (v instanceof BigInteger && ((BigInteger) v).bitLength() < 64) {
                    got = "not-smallest " + v;
                } else {
                    got = v.toString();
                }
            } catch (NumberFormatException e) {
                got = "ERR";
            }
            if (!got.equals(expected.get(i)) && failures++ < 20) {
                report.append(in.get(i)).append(": got ").append(got).append(" want ").append(expected.get(i))
                        .append('\n');
            }
        }
        System.out.println("int(): " + (cases.size() - failures) + "/" + cases.size() + " match python3");
        assertEquals("", report.toString());
        assertEquals(255L, IntParse.parse("ff", 16));
        assertEquals(new BigInteger("123456789012345678901234567890"), IntParse.parse("123456789012345678901234567890", 10));
        assertEquals(new BigInteger("-1").shiftLeft(200).negate(), IntParse.parse("1" + "0".repeat(200), 2));
    }
}
