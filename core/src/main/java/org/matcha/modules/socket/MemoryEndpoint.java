package org.matcha.modules.socket;

import java.util.HashMap;

/**
 * The kernel side of a socket in a world without a network: a descriptor number, its address
 * family and type, and, for the two ends made by socketpair(), a byte queue the peer writes into.
 * Descriptors are numbered from {@link #FIRST_FD} so they never meet the host file system's small
 * numbers (it hands out the lowest free one from 3). CPython: the socket part of the OS kernel.
 */
final class MemoryEndpoint {
    static final int FIRST_FD = 1 << 14;

    private static final HashMap<Integer, MemoryEndpoint> OPEN = new HashMap<>();

    final int fd;
    final int family;
    final int type;
    final int proto;
    /** The other end of a socketpair, or null for an unconnected socket. */
    MemoryEndpoint peer;
    private byte[] data = new byte[256];
    private int start;
    private int end;
    boolean readShut;
    boolean writeShut;
    boolean closed;

    private MemoryEndpoint(int fd, int family, int type, int proto) {
        this.fd = fd;
        this.family = family;
        this.type = type;
        this.proto = proto;
    }

    static MemoryEndpoint open(int family, int type, int proto) {
        int fd = FIRST_FD;
        while (OPEN.containsKey(fd)) {
            fd++;
        }
        MemoryEndpoint e = new MemoryEndpoint(fd, family, type, proto);
        OPEN.put(fd, e);
        return e;
    }

    static MemoryEndpoint lookup(int fd) {
        return OPEN.get(fd);
    }

    void close() {
        closed = true;
        OPEN.remove(fd);
    }

    int available() {
        return end - start;
    }

    /** True when recv would not block: data waiting, or end of stream. */
    boolean readable() {
        return available() > 0 || readShut || peer == null || peer.closed || peer.writeShut;
    }

    /** True when recv returns b'' at once instead of waiting for data. */
    boolean atEof() {
        return available() == 0 && (readShut || peer == null || peer.closed || peer.writeShut);
    }

    /** Appends what the peer sent. */
    void deliver(byte[] b, int off, int len) {
        if (start > 0 && end + len > data.length) {
            System.arraycopy(data, start, data, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end + len > data.length) {
            data = java.util.Arrays.copyOf(data, Math.max(end + len, data.length * 2));
        }
        System.arraycopy(b, off, data, end, len);
        end += len;
    }

    /** Takes up to {@code n} bytes into {@code out} at {@code off}; with peek they stay queued. */
    int take(byte[] out, int off, int n, boolean peek) {
        int k = Math.min(n, available());
        System.arraycopy(data, start, out, off, k);
        if (!peek) {
            start += k;
            if (start == end) {
                start = 0;
                end = 0;
            }
        }
        return k;
    }
}
