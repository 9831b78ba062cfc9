package org.matcha.modules.zlib;

/** Adler-32 and CRC-32 as zlib computes them. CPython: zlib's adler32.c and crc32.c. */
public final class Checksums {
    private Checksums() {}

    /**
     * CRC-32 tables for eight bytes at a time ("slicing by 8"): entry k * 256 + n is the CRC of byte
     * n followed by k zero bytes, so table 0 is zlib's one-byte table.
     */
    private static final int[] CRC_TABLE = new int[8 * 256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
        for (int k = 1; k < 8; k++) {
            for (int n = 0; n < 256; n++) {
                int prev = CRC_TABLE[(k - 1) * 256 + n];
                CRC_TABLE[k * 256 + n] = (prev >>> 8) ^ CRC_TABLE[prev & 0xff];
            }
        }
    }

    public static int adler32(int adler, byte[] b, int off, int len) {
        long a = adler & 0xffffL;
        long s = (adler >>> 16) & 0xffffL;
        int end = off + len;
        while (off < end) {
            int chunk = Math.min(end - off, 5552); // zlib's NMAX: no overflow before the modulo
            for (int i = 0; i < chunk; i++) {
                a += b[off + i] & 0xff;
                s += a;
            }
            off += chunk;
            a %= 65521;
            s %= 65521;
        }
        return (int) ((s << 16) | a);
    }

    public static int crc32(int crc, byte[] b, int off, int len) {
        int[] t = CRC_TABLE;
        int c = ~crc;
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            int one = c ^ ((b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24);
            c = t[7 * 256 + (one & 0xff)] ^ t[6 * 256 + ((one >>> 8) & 0xff)] ^ t[5 * 256 + ((one >>> 16) & 0xff)]
                    ^ t[4 * 256 + (one >>> 24)] ^ t[3 * 256 + (b[i + 4] & 0xff)] ^ t[2 * 256 + (b[i + 5] & 0xff)]
                    ^ t[256 + (b[i + 6] & 0xff)] ^ t[b[i + 7] & 0xff];
        }
        for (; i < end; i++) {
            c = t[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }
}
