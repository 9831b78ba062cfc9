package org.matcha.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** StrRepr against python3's repr of str and bytes. */
class StrReprTest {

    private static int randomCodePoint(Random rnd) {
        switch (rnd.nextInt(8)) {
            case 0:
                return rnd.nextInt(0x20);
            case 1:
                return "'\"\\ \t\n\r\u007f\u0085\u00a0\u00ad\u2028\u2029\u3000\ufeff\ufffd".charAt(rnd.nextInt(16));
            case 2:
                return 0x20 + rnd.nextInt(0x60);
            case 3:
                return 0x80 + rnd.nextInt(0x780);
            case 4:
                return rnd.nextInt(0x10000);
            case 5:
                return 0x10000 + rnd.nextInt(0x30000);
            case 6:
                return rnd.nextInt(0x110000);
            default:
                return 0xD800 + rnd.nextInt(0x800); // lone surrogates
        }
    }

    @Test
    void strReprMatchesPython() throws Exception {
        Random rnd = new Random(5);
        List<int[]> samples = new ArrayList<>();
        samples.add(new int[0]);
        samples.add(new int[] {'\''});
        samples.add(new int[] {'"'});
        samples.add(new int[] {'\'', '"'});
        samples.add(new int[] {0xD83D, 0xDE00}); // two code points in Python, not one
        for (int cp = 0; cp < 0x110000; cp += (cp < 0x3000 ? 1 : 7)) {
            samples.add(new int[] {cp});
        }
        while (samples.size() < 60_000) {
            int[] s = new int[rnd.nextInt(12)];
            for (int i = 0; i < s.length; i++) {
                s[i] = randomCodePoint(rnd);
            }
            samples.add(s);
        }
        List<String> in = new ArrayList<>();
        for (int[] s : samples) {
            StringBuilder sb = new StringBuilder();
            for (int cp : s) {
                sb.append(Integer.toHexString(cp)).append(' ');
            }
            in.add(sb.toString());
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines("",
                "repr(''.join(chr(int(h, 16)) for h in line.split())).encode('utf-8', 'surrogatepass').hex()"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            int[] s = samples.get(i);
            boolean hasSurrogate = false;
            StringBuilder js = new StringBuilder();
            for (int cp : s) {
                hasSurrogate |= cp >= 0xD800 && cp <= 0xDFFF;
                js.appendCodePoint(cp);
            }
            String got = hasSurrogate ? StrRepr.repr(s) : StrRepr.repr(js.toString());
            String want = decodeUtf8Hex(expected.get(i));
            if (!got.equals(want) && failures++ < 20) {
                report.append(in.get(i)).append(": got ").append(got).append(" want ").append(want).append('\n');
            }
        }
        System.out.println("str repr: " + (samples.size() - failures) + "/" + samples.size() + " match python3");
        assertEquals("", report.toString());
    }

    /** UTF-8 (with surrogatepass) bytes from hex, decoded to a Java String. */
    private static String decodeUtf8Hex(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            int cp = n == 1 ? c : c & (0xFF >> (n + 1));
            for (int k = 1; k < n; k++) {
                cp = (cp << 6) | (b[i + k] & 0x3F);
            }
            sb.appendCodePoint(cp);
            i += n;
        }
        return sb.toString();
    }

    @Test
    void bytesReprMatchesPython() throws Exception {
        Random rnd = new Random(6);
        List<byte[]> samples = new ArrayList<>();
        for (int v = 0; v < 256; v++) {
            samples.add(new byte[] {(byte) v});
        }
        samples.add("'\"".getBytes());
        samples.add("'".getBytes());
        samples.add(new byte[0]);
        while (samples.size() < 20_000) {
            byte[] b = new byte[rnd.nextInt(10)];
            for (int i = 0; i < b.length; i++) {
                b[i] = rnd.nextBoolean() ? (byte) rnd.nextInt(256) : (byte) "'\"\\abc \t\n\r".charAt(rnd.nextInt(10));
            }
            samples.add(b);
        }
        List<String> in = new ArrayList<>();
        for (byte[] b : samples) {
            StringBuilder sb = new StringBuilder();
            for (byte x : b) {
                sb.append(String.format("%02x", x & 0xFF));
            }
            in.add(sb.toString());
        }
        List<String> expected = PythonOracle.run(PythonOracle.mapLines("", "repr(bytes.fromhex(line))"), in);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            String got = StrRepr.reprBytes(samples.get(i));
            if (!got.equals(expected.get(i)) && failures++ < 20) {
                report.append(in.get(i)).append(": got ").append(got).append(" want ").append(expected.get(i))
                        .append('\n');
            }
        }
        System.out.println("bytes repr: " + (samples.size() - failures) + "/" + samples.size() + " match python3");
        assertEquals("", report.toString());
    }
}
