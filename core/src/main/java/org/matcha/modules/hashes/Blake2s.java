package org.matcha.modules.hashes;

/**
 * BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 48-bit node offsets.
 * CPython: Modules/_blake2/blake2s_impl.c over the reference implementation.
 */
public final class Blake2s extends Digest {
    public static final int BLOCK = 64;
    public static final int MAX_DIGEST = 32;
    public static final int MAX_KEY = 32;
    public static final int SALT = 8;
    public static final int PERSON = 8;

    private static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

    private final int digestSize;
    private final boolean lastNode;
    private final int[] h = new int[8];
    private final byte[] buffer = new byte[BLOCK];
    private int buffered;
    /** The 64-bit byte counter. */
    private long t;

    private Blake2s(int digestSize, boolean lastNode) {
        this.digestSize = digestSize;
        this.lastNode = lastNode;
    }

    /** A hash over the validated parameters (lengths and ranges checked by the caller). */
    public Blake2s(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
            long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        this(digestSize, lastNode);
        byte[] p = new byte[32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        putLE(p, 4, leafSize, 4);
        putLE(p, 8, nodeOffset, 6);
        p[14] = (byte) nodeDepth;
        p[15] = (byte) innerSize;
        System.arraycopy(salt, 0, p, 16, salt.length);
        System.arraycopy(person, 0, p, 24, person.length);
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ (int) getLE(p, 4 * i, 4);
        }
        if (key.length > 0) {
            byte[] block = new byte[BLOCK];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block, 0, BLOCK);
        }
    }

    static void putLE(byte[] out, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            out[at + i] = (byte) (v >>> (8 * i));
        }
    }

    static long getLE(byte[] b, int at, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xffL);
        }
        return v;
    }

    @Override
    public String name() {
        return "blake2s";
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public int blockSize() {
        return BLOCK;
    }

    @Override
    public void update(byte[] b, int off, int len) {
        while (len > 0) {
            // the last block is compressed only at the end, with the final flag
            if (buffered == BLOCK) {
                t += BLOCK;
                compress(buffer, false);
                buffered = 0;
            }
            int n = Math.min(len, BLOCK - buffered);
            System.arraycopy(b, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public byte[] digest() {
        Blake2s d = (Blake2s) copy();
        d.t += d.buffered;
        java.util.Arrays.fill(d.buffer, d.buffered, BLOCK, (byte) 0);
        d.compress(d.buffer, true);
        byte[] full = new byte[32];
        for (int i = 0; i < 8; i++) {
            putLE(full, 4 * i, d.h[i], 4);
        }
        return java.util.Arrays.copyOf(full, digestSize);
    }

    @Override
    public Digest copy() {
        Blake2s d = new Blake2s(digestSize, lastNode);
        System.arraycopy(h, 0, d.h, 0, 8);
        System.arraycopy(buffer, 0, d.buffer, 0, BLOCK);
        d.buffered = buffered;
        d.t = t;
        return d;
    }

    private void compress(byte[] block, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = (int) getLE(block, 4 * i, 4);
        }
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) t;
        v[13] ^= (int) (t >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2b.SIGMA[r];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    /** The G function. */
    private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
