package org.matcha.modules.zlib;

/**
 * CPython's _BlocksOutputBuffer as seen by zlib: the output space grows in blocks of fixed sizes.
 * The block sizes matter for level-0 output, whose stored-block boundaries follow avail_out.
 * CPython: Include/internal/pycore_blocks_output_buffer.h.
 */
public final class OutputBuffer {
    private static final int KB = 1024;
    private static final int MB = 1024 * 1024;
    private static final int[] BLOCK_SIZE = {32 * KB, 64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB,
        32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB};

    private final ZStream strm;
    private final long maxLength;
    private byte[] data;
    private int allocated;
    private int blocks;

    /** _BlocksOutputBuffer_InitAndGrow; maxLength < 0 for no limit. */
    public OutputBuffer(ZStream strm, long maxLength) {
        this(strm, maxLength, (int) (maxLength >= 0 && maxLength < BLOCK_SIZE[0] ? maxLength : BLOCK_SIZE[0]));
    }

    /** _BlocksOutputBuffer_InitWithSize. */
    public OutputBuffer(ZStream strm, long maxLength, int initSize) {
        this.strm = strm;
        this.maxLength = maxLength;
        data = new byte[initSize];
        allocated = initSize;
        blocks = 1;
        strm.setOutput(data, 0, initSize);
    }

    public int size() {
        return strm.nextOut;
    }

    /** True when the limit is reached and no more space may be added. */
    public boolean full() {
        return maxLength >= 0 && strm.nextOut >= maxLength;
    }

    public void grow() {
        long block = BLOCK_SIZE[Math.min(blocks, BLOCK_SIZE.length - 1)];
        if (maxLength >= 0 && block > maxLength - allocated) {
            block = maxLength - allocated;
        }
        int used = strm.nextOut;
        allocated += (int) block;
        blocks++;
        data = java.util.Arrays.copyOf(data, allocated);
        strm.setOutput(data, used, (int) block);
    }

    public byte[] finish() {
        return java.util.Arrays.copyOf(data, strm.nextOut);
    }
}
