package org.matcha.modules.hashes;

/**
 * BLAKE2b (RFC 7693) with the full parameter block: keys, salt, personalisation and tree hashing.
 * CPython: Modules/_blake2/blake2b_impl.c over the reference implementation.
 */
public final class Blake2b extends Digest {
    public static final int BLOCK = 128;
    public static final int MAX_DIGEST = 64;
    public static final int MAX_KEY = 64;
    public static final int SALT = 16;
    public static final int PERSON = 16;

    static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};

    /** The message word permutations of the rounds (BLAKE2b's rounds 10 and 11 reuse rows 0 and 1). */
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private final int digestSize;
    private final boolean lastNode;
    private final long[] h = new long[8];
    private final byte[] buffer = new byte[BLOCK];
    private int buffered;
    /** The 128-bit byte counter, low and high words. */
    private long t0;
    private long t1;

    private Blake2b(int digestSize, boolean lastNode) {
        this.digestSize = digestSize;
        this.lastNode = lastNode;
    }

    /** A hash over the validated parameters (lengths and ranges checked by the caller). */
    public Blake2b(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
            long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        this(digestSize, lastNode);
        byte[] p = new byte[64];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        Blake2s.putLE(p, 4, leafSize, 4);
        Blake2s.putLE(p, 8, nodeOffset, 8);
        p[16] = (byte) nodeDepth;
        p[17] = (byte) innerSize;
        System.arraycopy(salt, 0, p, 32, salt.length);
        System.arraycopy(person, 0, p, 48, person.length);
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ Blake2s.getLE(p, 8 * i, 8);
        }
        if (key.length > 0) {
            byte[] block = new byte[BLOCK];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block, 0, BLOCK);
        }
    }

    @Override
    public String name() {
        return "blake2b";
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
                count(BLOCK);
                compress(buffer, 0, false);
                buffered = 0;
            }
            int n = Math.min(len, BLOCK - buffered);
            System.arraycopy(b, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    private void count(int n) {
        t0 += n;
        if (Long.compareUnsigned(t0, n) < 0) {
            t1++;
        }
    }

    @Override
    public byte[] digest() {
        Blake2b d = (Blake2b) copy();
        d.count(d.buffered);
        java.util.Arrays.fill(d.buffer, d.buffered, BLOCK, (byte) 0);
        d.compress(d.buffer, 0, true);
        byte[] full = new byte[64];
        for (int i = 0; i < 8; i++) {
            Blake2s.putLE(full, 8 * i, d.h[i], 8);
        }
        return java.util.Arrays.copyOf(full, digestSize);
    }

    @Override
    public Digest copy() {
        Blake2b d = new Blake2b(digestSize, lastNode);
        System.arraycopy(h, 0, d.h, 0, 8);
        System.arraycopy(buffer, 0, d.buffer, 0, BLOCK);
        d.buffered = buffered;
        d.t0 = t0;
        d.t1 = t1;
        return d;
    }

    private void compress(byte[] block, int off, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = Blake2s.getLE(block, off + 8 * i, 8);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= t0;
        v[13] ^= t1;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
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
    private static void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
