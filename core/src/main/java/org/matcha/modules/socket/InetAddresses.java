package org.matcha.modules.socket;

/**
 * Text and packed forms of IPv4 and IPv6 addresses, with the rules of glibc's inet_aton,
 * inet_pton and inet_ntop that socket.inet_* expose. Each parser returns null for bad input.
 */
final class InetAddresses {
    private InetAddresses() {}

    /** Classic BSD forms: a, a.b, a.b.c, a.b.c.d with decimal, 0octal or 0xhex parts. */
    static byte[] aton(String s) {
        if (s.isEmpty()) {
            return null;
        }
        String[] parts = splitDots(s);
        if (parts.length > 4) {
            return null;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int base = 10;
            int at = 0;
            if (p.startsWith("0x") || p.startsWith("0X")) {
                base = 16;
                at = 2;
            } else if (p.length() > 1 && p.charAt(0) == '0') {
                base = 8;
                at = 1;
            }
            if (p.isEmpty() || (base == 16 && p.length() == 2 && i < parts.length)) {
                if (!(base == 16 && p.length() == 2)) {
                    return null;
                }
            }
            long x = 0;
            for (int j = at; j < p.length(); j++) {
                int d = digit(p.charAt(j), base);
                if (d < 0) {
                    // glibc stops at trailing whitespace
                    if (i == parts.length - 1 && p.charAt(j) == ' ') {
                        break;
                    }
                    return null;
                }
                x = x * base + d;
                if (x > 0xffffffffL) {
                    return null;
                }
            }
            v[i] = x;
        }
        long addr;
        int n = v.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 0xff) {
                return null;
            }
        }
        long last = v[n - 1];
        switch (n) {
            case 1 -> addr = last;
            case 2 -> {
                if (last > 0xffffff) {
                    return null;
                }
                addr = (v[0] << 24) | last;
            }
            case 3 -> {
                if (last > 0xffff) {
                    return null;
                }
                addr = (v[0] << 24) | (v[1] << 16) | last;
            }
            default -> {
                if (last > 0xff) {
                    return null;
                }
                addr = (v[0] << 24) | (v[1] << 16) | (v[2] << 8) | last;
            }
        }
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }

    private static int digit(char c, int base) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
        return d < base ? d : -1;
    }

    private static String[] splitDots(String s) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    /** Strict dotted quad: four decimal octets, no leading zeros. glibc: inet_pton4. */
    static byte[] pton4(String s) {
        byte[] out = new byte[4];
        int octets = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (octets == 4) {
                return null;
            }
            int start = i;
            int v = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                if (v > 255 || (i > start && s.charAt(start) == '0')) {
                    return null;
                }
                i++;
            }
            if (i == start) {
                return null;
            }
            out[octets++] = (byte) v;
            if (i < n) {
                if (s.charAt(i) != '.' || octets == 4 || i == n - 1) {
                    return null;
                }
                i++;
            }
        }
        return octets == 4 ? out : null;
    }

    /** Eight hex groups with one optional "::" and an optional dotted-quad tail. glibc: inet_pton6. */
    static byte[] pton6(String s) {
        byte[] out = new byte[16];
        int gap = -1;
        int w = 0;
        int i = 0;
        int n = s.length();
        if (s.startsWith("::")) {
            gap = 0;
            i = 2;
            if (n == 2) {
                return out;
            }
        } else if (s.startsWith(":")) {
            return null;
        }
        while (i < n) {
            int start = i;
            int v = 0;
            while (i < n && digit(s.charAt(i), 16) >= 0 && i - start < 5) {
                v = v * 16 + digit(s.charAt(i), 16);
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                byte[] v4 = pton4(s.substring(start));
                if (v4 == null || w > 12) {
                    return null;
                }
                System.arraycopy(v4, 0, out, w, 4);
                w += 4;
                break;
            }
            if (i == start || i - start > 4 || w > 14) {
                return null;
            }
            out[w++] = (byte) (v >> 8);
            out[w++] = (byte) v;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = w;
                i++;
                if (i == n) {
                    break;
                }
            } else if (i == n) {
                return null;
            }
        }
        if (gap >= 0) {
            if (w == 16) {
                return null;
            }
            int tail = w - gap;
            System.arraycopy(out, gap, out, 16 - tail, tail);
            java.util.Arrays.fill(out, gap, 16 - tail, (byte) 0);
        } else if (w != 16) {
            return null;
        }
        return out;
    }

    static String ntop4(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    /** The longest run (two or more) of zero groups becomes "::". glibc: inet_ntop6. */
    static String ntop6(byte[] b) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int best = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (words[i] == 0) {
                int j = i;
                while (j < 8 && words[j] == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    best = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestLen < 2) {
            best = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (best >= 0 && i >= best && i < best + bestLen) {
                if (i == best) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && best == 0 && (bestLen == 6 || (bestLen == 7 && words[7] != 1)
                    || (bestLen == 5 && words[5] == 0xffff))) {
                sb.append(ntop4(new byte[] {b[12], b[13], b[14], b[15]}));
                break;
            }
            sb.append(Integer.toHexString(words[i]));
        }
        if (best >= 0 && best + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }
}
