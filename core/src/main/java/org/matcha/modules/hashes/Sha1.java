package org.matcha.modules.hashes;

/** SHA-1 (FIPS 180-4). */
public final class Sha1 extends BlockDigest {
    private final int[] h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};

    public Sha1() {
        super(64);
    }

    @Override
    public String name() {
        return "sha1";
    }

    @Override
    public int digestSize() {
        return 20;
    }

    @Override
    protected void processBlock(byte[] in, int off) {
        int[] w = new int[80];
        for (int i = 0; i < 16; i++) {
            w[i] = readIntBE(in, off + 4 * i);
        }
        for (int i = 16; i < 80; i++) {
            w[i] = Integer.rotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        }
        int a = h[0];
        int b = h[1];
        int c = h[2];
        int d = h[3];
        int e = h[4];
        for (int i = 0; i < 80; i++) {
            int f;
            int k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            int t = Integer.rotateLeft(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = Integer.rotateLeft(b, 30);
            b = a;
            a = t;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }

    @Override
    protected void output(byte[] out) {
        for (int i = 0; i < 5; i++) {
            writeIntBE(h[i], out, 4 * i);
        }
    }

    @Override
    public Digest copy() {
        Sha1 s = new Sha1();
        copyInto(s);
        System.arraycopy(h, 0, s.h, 0, 5);
        return s;
    }
}
