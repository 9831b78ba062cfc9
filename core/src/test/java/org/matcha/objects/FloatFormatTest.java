package org.matcha.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FloatRepr's %e, %f and %g against python3's printf-style formatting. */
class FloatFormatTest {

    private static final String[] KINDS = {"e", "f", "g", "#e", "#f", "#g"};

    @Test
    void formatsMatchPython() throws Exception {
        Random rnd = new Random(7);
        List<Double> xs = FloatReprTest.sampleDoubles(30_000, 8);
        List<String> in = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        for (double x : xs) {
            String kind = KINDS[rnd.nextInt(KINDS.length)];
            int p = rnd.nextInt(8) == 0 ? rnd.nextInt(40) : rnd.nextInt(18);
            if (kind.endsWith("f") && Math.abs(x) > 1e60 && rnd.nextInt(4) != 0) {
                x = x / 1e250 / 1e100; // keep most %f outputs short
            }
            cases.add(new Object[] {kind, p, x});
            in.add(kind + " " + p + " " + FloatReprTest.bitsHex(x));
        }
        // ties and near-ties at short precisions: python decides the rounding
        for (String t : new String[] {"0.5", "1.5", "2.5", "0.125", "0.375", "2.675", "1.005", "1e-5", "123456789",
            "9.9999", "99.5", "0.0001", "0.00001", "1e16", "1e15", "-0.0", "0.0"}) {
            double x = FloatRepr.parse(t);
            for (String kind : KINDS) {
                for (int p = 0; p < 5; p++) {
                    cases.add(new Object[] {kind, p, x});
                    in.add(kind + " " + p + " " + FloatReprTest.bitsHex(x));
                }
            }
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines(
                "def fmt(line):\n    k, p, h = line.split()\n    x = struct.unpack('<d', bytes.fromhex(h))[0]\n"
                        + "    return ('%' + k[:-1] + '.*' + k[-1]) % (int(p), x)\n", "fmt(line)"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            String kind = (String) cases.get(i)[0];
            int p = (Integer) cases.get(i)[1];
            double x = (Double) cases.get(i)[2];
            boolean alt = kind.startsWith("#");
            String got = switch (kind.charAt(kind.length() - 1)) {
                case 'e' -> FloatRepr.formatExponent(x, p, alt);
                case 'f' -> FloatRepr.formatFixed(x, p, alt);
                default -> FloatRepr.formatGeneral(x, p, alt);
            };
            if (!got.equals(expected.get(i)) && failures++ < 20) {
                report.append(in.get(i)).append(": got ").append(got).append(" want ").append(expected.get(i))
                        .append('\n');
            }
        }
        System.out.println("formats: " + (cases.size() - failures) + "/" + cases.size() + " match python3");
        assertEquals("", report.toString());
    }
}
