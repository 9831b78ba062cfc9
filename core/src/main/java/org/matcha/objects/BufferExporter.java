package org.matcha.objects;

/**
 * An object that exposes its bytes to memoryview and to every function taking a bytes-like object
 * (bytes, bytearray, memoryview, array.array...). CPython: the buffer protocol (Py_buffer).
 */
public interface BufferExporter {
    /**
     * The backing array; the data is {@code bufferLength()} bytes from {@code bufferOffset()}. A
     * resizable exporter (bytearray) may return a different array after a resize, so memoryviews
     * ask again on every access.
     */
    byte[] bufferArray();

    default int bufferOffset() {
        return 0;
    }

    int bufferLength();

    boolean bufferReadonly();

    /**
     * True when the exporter can change size (bytearray, array.array): views then read
     * {@link #bufferArray()} again on every access and check that their bytes still exist.
     */
    default boolean bufferResizable() {
        return false;
    }

    /** The struct format of one item ("B" for bytes). */
    default String bufferFormat() {
        return "B";
    }

    /** A copy of the data. */
    default byte[] bufferCopy() {
        int off = bufferOffset();
        return java.util.Arrays.copyOfRange(bufferArray(), off, off + bufferLength());
    }
}
