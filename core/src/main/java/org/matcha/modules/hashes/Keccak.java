package org.matcha.modules.hashes;

/**
 * The Keccak sponge behind SHA-3 and SHAKE (FIPS 202): a 1600-bit state of 25 little-endian lanes,
 * absorbing {@code rate} bytes per permutation. CPython 3.11: Modules/_sha3/sha3module.c over tiny_sha3.
 */
public final class Keccak extends Digest {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};

    /** The rho rotation of lane x + 5y. */
    private static final int[] RHO = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

    private final String name;
    private final int rate;
    private final int outputBytes;
    private final byte suffix;
    private final long[] lanes = new long[25];
    /** Bytes absorbed into the current block. */
    private int position;

    /**
     * A sponge of capacity {@code 2 * outputBits} (SHA3-n) or {@code 2 * securityBits} (SHAKE), with
     * domain {@code suffix}; {@code outputBytes} is 0 for the extendable-output functions.
     */
    public Keccak(String name, int capacityBits, int outputBytes, int suffix) {
        this.name = name;
        this.rate = (1600 - capacityBits) / 8;
        this.outputBytes = outputBytes;
        this.suffix = (byte) suffix;
    }

    public static Keccak sha3(int bits) {
        return new Keccak("sha3_" + bits, 2 * bits, bits / 8, 0x06);
    }

    public static Keccak shake(int bits) {
        return new Keccak("shake_" + bits, 2 * bits, 0, 0x1f);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int digestSize() {
        return outputBytes;
    }

    @Override
    public int blockSize() {
        return rate;
    }

    public int rateBits() {
        return rate * 8;
    }

    public int capacityBits() {
        return 1600 - rate * 8;
    }

    public byte suffix() {
        return suffix;
    }

    @Override
    public void update(byte[] b, int off, int len) {
        int end = off + len;
        while (off < end) {
            if ((position & 7) == 0 && end - off >= 8 && rate - position >= 8) {
                lanes[position >> 3] ^= readLongLE(b, off);
                off += 8;
                position += 8;
            } else {
                absorbByte(b[off++]);
                continue;
            }
            if (position == rate) {
                permute(lanes);
                position = 0;
            }
        }
    }

    private void absorbByte(byte v) {
        lanes[position >> 3] ^= (v & 0xffL) << (8 * (position & 7));
        if (++position == rate) {
            permute(lanes);
            position = 0;
        }
    }

    @Override
    public byte[] digest() {
        return squeeze(outputBytes);
    }

    /** The first {@code n} output bytes after padding a copy of the state; this sponge stays usable. */
    public byte[] squeeze(int n) {
        long[] s = lanes.clone();
        s[position >> 3] ^= (suffix & 0xffL) << (8 * (position & 7));
        s[(rate - 1) >> 3] ^= 0x80L << (8 * ((rate - 1) & 7));
        permute(s);
        byte[] out = new byte[n];
        int at = 0;
        while (at < n) {
            int take = Math.min(rate, n - at);
            for (int i = 0; i < take; i++) {
                out[at + i] = (byte) (s[i >> 3] >>> (8 * (i & 7)));
            }
            at += take;
            if (at < n) {
                permute(s);
            }
        }
        return out;
    }

    @Override
    public Digest copy() {
        Keccak k = new Keccak(name, capacityBits(), outputBytes, suffix);
        System.arraycopy(lanes, 0, k.lanes, 0, 25);
        k.position = position;
        return k;
    }

    private static long readLongLE(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xffL);
        }
        return v;
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho, pi, chi and iota. */
    static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    // pi moves lane (x, y) to (y, 2x + 3y)
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], RHO[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
