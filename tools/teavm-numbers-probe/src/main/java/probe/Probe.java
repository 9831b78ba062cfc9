package probe;

import org.matcha.objects.FloatRepr;
import org.matcha.objects.IntParse;
import org.matcha.objects.StrRepr;
import org.matcha.objects.UnicodeNames;
import org.matcha.objects.UnicodeNormalizer;
import org.teavm.jso.JSExport;

/** Wasm GC export for the numbers probe: one python3-checked operation per input line. */
public final class Probe {
    public static void main(String[] args) {}

    static long hexLong(String h) {
        long v = 0;
        for (int i = 0; i < h.length(); i++) {
            v = (v << 4) | Character.digit(h.charAt(i), 16);
        }
        return v;
    }

    static String hex16(long b) {
        StringBuilder sb = new StringBuilder();
        for (int s = 60; s >= 0; s -= 4) {
            sb.append("0123456789abcdef".charAt((int) ((b >>> s) & 15)));
        }
        return sb.toString();
    }

    static String cps(String line) {
        StringBuilder sb = new StringBuilder();
        for (String h : line.trim().split(" ")) {
            if (!h.isEmpty()) {
                sb.appendCodePoint((int) hexLong(h));
            }
        }
        return sb.toString();
    }

    static String hexCps(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            sb.append(Integer.toHexString(cp)).append(' ');
        }
        return sb.toString().trim();
    }

    static String one(String line) {
        char kind = line.charAt(0);
        String arg = line.substring(2);
        switch (kind) {
            case 'R': return FloatRepr.repr(Double.longBitsToDouble(hexLong(arg)));
            case 'P': return hex16(Double.doubleToRawLongBits(FloatRepr.parse(arg)));
            case 'X': return FloatRepr.hex(Double.longBitsToDouble(hexLong(arg)));
            case 'H': return hex16(Double.doubleToRawLongBits(FloatRepr.fromHex(arg)));
            case 'E': case 'F': case 'G': {
                String[] p = arg.split(" ");
                double x = Double.longBitsToDouble(hexLong(p[1]));
                int prec = Integer.parseInt(p[0]);
                return kind == 'E' ? FloatRepr.formatExponent(x, prec) : kind == 'F' ? FloatRepr.formatFixed(x, prec)
                        : FloatRepr.formatGeneral(x, prec, false);
            }
            case 'S': return hexCps(StrRepr.repr(cps(arg)));
            case 'I': return IntParse.parseIntArgument(arg, 0).toString();
            case 'N': { String n = UnicodeNames.name((int) hexLong(arg)); return n == null ? "" : n; }
            case 'L': return Integer.toHexString(UnicodeNames.lookup(arg));
            case 'K': return hexCps(UnicodeNormalizer.nfkc(cps(arg)));
            default: return "?";
        }
    }

    @JSExport
    public static String run(String input) {
        StringBuilder out = new StringBuilder();
        for (String line : input.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.append(one(line));
            } catch (Throwable e) {
                out.append("EXC ").append(e.getClass().getName());
            }
            out.append('\n');
        }
        return out.toString();
    }
}
