package org.matcha.modules.zlib;

/** Adler-32 and CRC-32 as zlib computes them. CPython: zlib's adler32.c and crc32.c. */
public final class Checksums {
    private Checksums() {}

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
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
        int c = ~crc;
        for (int i = off; i < off + len; i++) {
            c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }
}
