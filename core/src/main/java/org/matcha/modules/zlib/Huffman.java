package org.matcha.modules.zlib;

/**
 * A canonical Huffman code for inflate: symbol counts per length and symbols in code order,
 * decoded bit by bit. Building checks the code the way zlib's inflate_table does.
 * CPython (zlib 1.2.13): inftrees.c.
 */
final class Huffman {
    static final int CODES = 0;
    static final int LENS = 1;
    static final int DISTS = 2;

    final int[] count = new int[16];
    final int[] symbol;
    /** Longest code length in use; 0 for a code with no symbols. */
    int maxLen;
    /** Fast table indexed by the next 9 bits: symbol << 4 | length, or -1 for longer codes. */
    final int[] fast = new int[512];

    private Huffman(int n) {
        symbol = new int[n];
    }

    /** The code for lens[off..off+n), or null when it is over-subscribed or wrongly incomplete. */
    static Huffman build(int[] lens, int off, int n, int type) {
        Huffman h = new Huffman(n);
        for (int i = 0; i < n; i++) {
            h.count[lens[off + i]]++;
        }
        int max = 15;
        while (max >= 1 && h.count[max] == 0) {
            max--;
        }
        h.maxLen = max;
        java.util.Arrays.fill(h.fast, -1);
        if (max == 0) {
            return h;
        }
        int left = 1;
        for (int len = 1; len <= 15; len++) {
            left <<= 1;
            left -= h.count[len];
            if (left < 0) {
                return null;
            }
        }
        if (left > 0 && (type == CODES || max != 1)) {
            return null;
        }
        int[] offs = new int[16];
        for (int len = 1; len < 15; len++) {
            offs[len + 1] = offs[len] + h.count[len];
        }
        h.count[0] = 0;
        for (int i = 0; i < n; i++) {
            if (lens[off + i] != 0) {
                h.symbol[offs[lens[off + i]]++] = i;
            }
        }
        // fast table: walk the canonical codes of length <= 9
        int code = 0;
        int index = 0;
        for (int len = 1; len <= 9; len++) {
            for (int k = 0; k < h.count[len]; k++) {
                int rev = DeflateTrees.biReverse(code + k, len);
                int entry = (h.symbol[index + k] << 4) | len;
                for (int fill = rev; fill < 512; fill += 1 << len) {
                    h.fast[fill] = entry;
                }
            }
            index += h.count[len];
            code = (code + h.count[len]) << 1;
        }
        return h;
    }

    static final Huffman FIXED_LIT;
    static final Huffman FIXED_DIST;

    static {
        int[] l = new int[288];
        for (int i = 0; i < 288; i++) {
            l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
        }
        FIXED_LIT = build(l, 0, 288, LENS);
        int[] d = new int[32];
        java.util.Arrays.fill(d, 5);
        FIXED_DIST = build(d, 0, 32, DISTS);
    }
}
