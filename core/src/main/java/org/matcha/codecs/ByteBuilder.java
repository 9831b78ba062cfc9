package org.matcha.codecs;

/** A growable byte array for encoder output. */
public final class ByteBuilder {
    private byte[] buf;
    private int size;

    public ByteBuilder(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    public void add(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    public void add(byte[] b) {
        add(b, 0, b.length);
    }

    public void add(byte[] b, int from, int to) {
        ensure(to - from);
        System.arraycopy(b, from, buf, size, to - from);
        size += to - from;
    }

    /** Appends an ASCII string. */
    public void addAscii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    public int size() {
        return size;
    }

    public byte[] toArray() {
        return java.util.Arrays.copyOf(buf, size);
    }
}
