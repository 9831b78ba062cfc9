package org.matcha.modules.hashes;

/**
 * The Merkle-Damgard frame shared by MD5, SHA-1 and SHA-2: a block buffer, the message length and
 * the 0x80 / zeros / length padding.
 */
abstract class BlockDigest extends Digest {
    protected final byte[] buffer;
    protected int buffered;
    protected long byteCount;

    BlockDigest(int blockSize) {
        buffer = new byte[blockSize];
    }

    @Override
    public int blockSize() {
        return buffer.length;
    }

    protected abstract void processBlock(byte[] b, int off);

    /** Writes the final state into {@code out}. */
    protected abstract void output(byte[] out);

    /** Size of the length field in the padding (8, or 16 for SHA-512). */
    protected int lengthFieldSize() {
        return 8;
    }

    protected boolean littleEndianLength() {
        return false;
    }

    protected void copyInto(BlockDigest d) {
        System.arraycopy(buffer, 0, d.buffer, 0, buffer.length);
        d.buffered = buffered;
        d.byteCount = byteCount;
    }

    @Override
    public void update(byte[] b, int off, int len) {
        byteCount += len;
        while (len > 0) {
            if (buffered == 0 && len >= buffer.length) {
                processBlock(b, off);
                off += buffer.length;
                len -= buffer.length;
                continue;
            }
            int n = Math.min(len, buffer.length - buffered);
            System.arraycopy(b, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
            if (buffered == buffer.length) {
                processBlock(buffer, 0);
                buffered = 0;
            }
        }
    }

    @Override
    public byte[] digest() {
        BlockDigest d = (BlockDigest) copy();
        long bits = d.byteCount << 3;
        int lenField = lengthFieldSize();
        int padLen = buffer.length - ((int) (d.byteCount % buffer.length));
        if (padLen < lenField + 1) {
            padLen += buffer.length;
        }
        byte[] pad = new byte[padLen];
        pad[0] = (byte) 0x80;
        for (int i = 0; i < 8; i++) {
            byte v = (byte) (bits >>> (8 * i));
            if (littleEndianLength()) {
                pad[padLen - lenField + i] = v;
            } else {
                pad[padLen - 1 - i] = v;
            }
        }
        long keep = d.byteCount;
        d.update(pad, 0, padLen);
        d.byteCount = keep;
        byte[] out = new byte[digestSize()];
        d.output(out);
        return out;
    }

    static int readIntBE(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    static void writeIntBE(int v, byte[] out, int at) {
        out[at] = (byte) (v >>> 24);
        out[at + 1] = (byte) (v >>> 16);
        out[at + 2] = (byte) (v >>> 8);
        out[at + 3] = (byte) v;
    }
}
