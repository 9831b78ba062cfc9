package org.matcha.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FloatRepr against python3: repr, parse, hex, fromhex. Expected values come only from python3. */
class FloatReprTest {

    static String bitsHex(double x) {
        long b = Double.doubleToRawLongBits(x);
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            sb.append(String.format("%02x", (b >>> (8 * i)) & 0xFF)); // little-endian, as struct '<d'
        }
        return sb.toString();
    }

    static double fromBitsHex(String h) {
        long b = 0;
        for (int i = 7; i >= 0; i--) {
            b = (b << 8) | Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return Double.longBitsToDouble(b);
    }

    /** Random bit patterns plus values people print: short decimals, integers, edges, ties. */
    static List<Double> sampleDoubles(int n, long seed) {
        Random rnd = new Random(seed);
        List<Double> xs = new ArrayList<>();
        double[] edges = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1e16, 1e15, 9999999999999998.0,
            1e-4, 1e-5, 0.0001, 0.00001, 1e22, 1e23, 1e-7, 1.5e300, 5e-324, -5e-324, 1e-323,
            Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, 2.2250738585072009e-308, 123456789012345680.0, 1.0 / 3, 2.0 / 3, 100.0, 1e100,
            9007199254740993.0, 4503599627370495.5, 1125899906842624.25, 1125899906842624.75,
            0.5, 0.25, 0.125, 1e-310, 3.14159, 2.718281828459045, 1e308, 1.7976931348623157e308};
        for (double e : edges) {
            xs.add(e);
        }
        for (int p = -1074; p <= 1023; p++) {
            double v = Math.scalb(1.0, p);
            xs.add(v);
            xs.add(Math.nextUp(v));
            xs.add(Math.nextDown(v));
        }
        for (int p = -323; p <= 308; p++) {
            double v = new BigDecimal("1e" + p).doubleValue(); // JVM parse, only used as input
            xs.add(v);
            xs.add(Math.nextUp(v));
            xs.add(Math.nextDown(v));
        }
        for (int a = 48; a <= 53; a++) {
            for (int q = 0; q < 8; q++) {
                xs.add(Math.scalb(1.0, a) + q * 0.125 + rnd.nextInt(1000));
            }
        }
        while (xs.size() < n) {
            switch (rnd.nextInt(5)) {
                case 0 -> xs.add(Double.longBitsToDouble(rnd.nextLong()));
                case 1 -> xs.add(rnd.nextInt(100000) / Math.pow(10, rnd.nextInt(8)));
                case 2 -> xs.add(rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20));
                case 3 -> xs.add((double) rnd.nextLong() / (1L << rnd.nextInt(63)));
                default -> xs.add(Math.scalb(rnd.nextDouble(), rnd.nextInt(2098) - 1074));
            }
        }
        return xs;
    }

    @Test
    void reprMatchesPython() throws Exception {
        List<Double> xs = sampleDoubles(50_000, 1);
        List<String> in = new ArrayList<>();
        for (double x : xs) {
            in.add(bitsHex(x));
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines("",
                "repr(struct.unpack('<d', bytes.fromhex(line))[0])"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            String got = FloatRepr.repr(xs.get(i));
            if (!got.equals(expected.get(i))) {
                if (failures++ < 20) {
                    report.append(in.get(i)).append(": got ").append(got).append(" want ")
                            .append(expected.get(i)).append('\n');
                }
            }
            // parse(repr(x)) must give x back
            double back = FloatRepr.parse(expected.get(i));
            double x = xs.get(i);
            if (Double.doubleToLongBits(back) != Double.doubleToLongBits(x)) {
                if (failures++ < 20) {
                    report.append("parse(").append(expected.get(i)).append(") != ").append(in.get(i))
                            .append('\n');
                }
            }
        }
        System.out.println("repr: " + (xs.size() - failures) + "/" + xs.size() + " match python3");
        assertEquals("", report.toString());
    }

    /** Random long decimal strings, exact midpoints between doubles and their neighbours. */
    @Test
    void parseMatchesPython() throws Exception {
        Random rnd = new Random(2);
        List<String> in = new ArrayList<>(List.of("1e23", "4.9e-324", "2.4703282292062328e-324",
                "2.4703282292062327e-324", "2.4703282292062327208828439643411068618252990130716238221279284125033775364"
                        + "51e-324", "1e400", "-1e400", "1e-400", ".5", "1.", "0.000", "00012.500e+0", "INF",
                "-Infinity", "+nan", "-nan", "-NaN", "  7  ", "1E5", "9007199254740993", "179769313486231580793728971405301e276",
                "1.7976931348623158e308", "1.7976931348623157e308", "2.2250738585072011e-308",
                "2.2250738585072012e-308", "0e999999999999", "1e-99999999999999999999"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    int digits = 1 + rnd.nextInt(40);
                    for (int d = 0; d < digits; d++) {
                        sb.append((char) ('0' + rnd.nextInt(10)));
                    }
                    sb.insert(rnd.nextInt(digits + 1), '.');
                    sb.append('e').append(rnd.nextInt(700) - 350);
                }
                case 1 -> {
                    double x = Math.abs(Double.longBitsToDouble(rnd.nextLong()));
                    if (Double.isNaN(x) || Double.isInfinite(x)) {
                        x = 1.0;
                    }
                    BigDecimal mid = new BigDecimal(x).add(new BigDecimal(Math.nextUp(x)))
                            .divide(BigDecimal.valueOf(2));
                    String m = mid.toString();
                    sb.append(m);
                    int r = rnd.nextInt(3);
                    if (r == 1) {
                        sb.setLength(0);
                        sb.append(mid.add(mid.ulp()).toString());
                    } else if (r == 2) {
                        sb.setLength(0);
                        sb.append(mid.subtract(mid.ulp()).toString());
                    }
                }
                default -> sb.append(rnd.nextInt(1_000_000)).append('.').append(rnd.nextInt(1000))
                        .append("e").append(rnd.nextInt(60) - 30);
            }
            in.add(sb.toString());
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines("",
                "struct.pack('<d', float(line)).hex()"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            String got = bitsHex(FloatRepr.parse(in.get(i)));
            if (!got.equals(expected.get(i)) && failures++ < 20) {
                report.append(in.get(i)).append(": got ").append(got).append(" want ").append(expected.get(i))
                        .append('\n');
            }
        }
        System.out.println("parse: " + (in.size() - failures) + "/" + in.size() + " match python3");
        assertEquals("", report.toString());
        for (String bad : new String[] {"", "e5", ".", "1e", "1_0", "1.2.3", "0x10", "--1", "1e+", "infinit", "nan1", "\u0131nf", "\u0130nf"}) {
            assertThrows(NumberFormatException.class, () -> FloatRepr.parse(bad), bad);
        }
    }

    @Test
    void hexAndFromHexMatchPython() throws Exception {
        List<Double> xs = sampleDoubles(20_000, 3);
        List<String> in = new ArrayList<>();
        for (double x : xs) {
            in.add(bitsHex(x));
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines("",
                "struct.unpack('<d', bytes.fromhex(line))[0].hex()"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            String got = FloatRepr.hex(xs.get(i));
            if (!got.equals(expected.get(i)) && failures++ < 20) {
                report.append(in.get(i)).append(": got ").append(got).append(" want ").append(expected.get(i))
                        .append('\n');
            }
            if (!Double.isNaN(xs.get(i)) && FloatRepr.fromHex(expected.get(i)) != xs.get(i) && failures++ < 20) {
                report.append("fromHex(").append(expected.get(i)).append(")\n");
            }
        }
        // rounding, subnormals, odd spellings: python decides
        Random rnd = new Random(4);
        List<String> hexIn = new ArrayList<>(List.of("0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.00000000000008p0",
                "0x1.00000000000018p0", "0x1.000000000000081p0", "0X.8P1", "1.", "-0x1.fffffffffffff8p1023", "ff",
                " 0x1p+3 ", "inf", "-NaN", "0x0p99999999999999", "0x1p-99999999999"));
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder("0x");
            int digits = 1 + rnd.nextInt(20);
            for (int d = 0; d < digits; d++) {
                sb.append("0123456789abcdef".charAt(rnd.nextInt(16)));
            }
            sb.insert(2 + rnd.nextInt(digits + 1), '.');
            sb.append('p').append(rnd.nextInt(2200) - 1150);
            hexIn.add(sb.toString());
        }
        List<String> hexExpected = PythonOracle.run(PythonOracle.mapLines(
                "def fh(s):\n    try:\n        return struct.pack('<d', float.fromhex(s)).hex()\n"
                        + "    except OverflowError:\n        return 'overflow'\n", "fh(line)"), hexIn);
        for (int i = 0; i < hexIn.size(); i++) {
            String got;
            try {
                got = bitsHex(FloatRepr.fromHex(hexIn.get(i)));
            } catch (ArithmeticException ex) {
                got = "overflow";
            }
            if (!got.equals(hexExpected.get(i)) && failures++ < 20) {
                report.append("fromHex ").append(hexIn.get(i)).append(": got ").append(got).append(" want ")
                        .append(hexExpected.get(i)).append('\n');
            }
        }
        System.out.println("hex/fromhex: " + failures + " failures over " + (2 * xs.size() + hexIn.size()));
        assertEquals("", report.toString());
        assertThrows(ArithmeticException.class, () -> FloatRepr.fromHex("0x1p1024"));
        assertThrows(NumberFormatException.class, () -> FloatRepr.fromHex("0x"));
        assertThrows(NumberFormatException.class, () -> FloatRepr.fromHex("0x1q"));
    }
}
