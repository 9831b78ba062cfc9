package org.matcha.modules.zlib;

/**
 * Huffman tree building and block output of the deflate compressor, with the pending output
 * buffer and the 16-bit bit buffer, step for step as zlib 1.2.13 does so that the compressed
 * bytes are the same as CPython's. CPython (zlib 1.2.13): trees.c.
 */
class DeflateTrees {
    static final int LENGTH_CODES = 29;
    static final int LITERALS = 256;
    static final int L_CODES = LITERALS + 1 + LENGTH_CODES;
    static final int D_CODES = 30;
    static final int BL_CODES = 19;
    static final int HEAP_SIZE = 2 * L_CODES + 1;
    static final int MAX_BITS = 15;
    static final int MAX_BL_BITS = 7;
    static final int END_BLOCK = 256;
    static final int REP_3_6 = 16;
    static final int REPZ_3_10 = 17;
    static final int REPZ_11_138 = 18;
    static final int STORED_BLOCK = 0;
    static final int STATIC_TREES = 1;
    static final int DYN_TREES = 2;

    static final int[] EXTRA_LBITS = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5,
        5, 0};
    static final int[] EXTRA_DBITS = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11,
        12, 12, 13, 13};
    static final int[] EXTRA_BLBITS = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7};
    static final int[] BL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    static final int[] BASE_LENGTH = new int[LENGTH_CODES];
    static final int[] LENGTH_CODE = new int[256];
    static final int[] BASE_DIST = new int[D_CODES];
    static final int[] DIST_CODE = new int[512];
    static final int[] STATIC_LTREE_LEN = new int[L_CODES + 2];
    static final int[] STATIC_LTREE_CODE = new int[L_CODES + 2];
    static final int[] STATIC_DTREE_LEN = new int[D_CODES];
    static final int[] STATIC_DTREE_CODE = new int[D_CODES];

    // CPython (zlib): trees.c tr_static_init
    static {
        int length = 0;
        for (int code = 0; code < LENGTH_CODES - 1; code++) {
            BASE_LENGTH[code] = length;
            for (int n = 0; n < (1 << EXTRA_LBITS[code]); n++) {
                LENGTH_CODE[length++] = code;
            }
        }
        LENGTH_CODE[length - 1] = LENGTH_CODES - 1;
        int dist = 0;
        for (int code = 0; code < 16; code++) {
            BASE_DIST[code] = dist;
            for (int n = 0; n < (1 << EXTRA_DBITS[code]); n++) {
                DIST_CODE[dist++] = code;
            }
        }
        dist >>= 7;
        for (int code = 16; code < D_CODES; code++) {
            BASE_DIST[code] = dist << 7;
            for (int n = 0; n < (1 << (EXTRA_DBITS[code] - 7)); n++) {
                DIST_CODE[256 + dist++] = code;
            }
        }
        int[] blCount = new int[MAX_BITS + 1];
        int n = 0;
        while (n <= 143) {
            STATIC_LTREE_LEN[n++] = 8;
            blCount[8]++;
        }
        while (n <= 255) {
            STATIC_LTREE_LEN[n++] = 9;
            blCount[9]++;
        }
        while (n <= 279) {
            STATIC_LTREE_LEN[n++] = 7;
            blCount[7]++;
        }
        while (n <= 287) {
            STATIC_LTREE_LEN[n++] = 8;
            blCount[8]++;
        }
        genCodes(STATIC_LTREE_LEN, STATIC_LTREE_CODE, L_CODES + 1, blCount);
        for (n = 0; n < D_CODES; n++) {
            STATIC_DTREE_LEN[n] = 5;
            STATIC_DTREE_CODE[n] = biReverse(n, 5);
        }
    }

    static int dCode(int dist) {
        return dist < 256 ? DIST_CODE[dist] : DIST_CODE[256 + (dist >>> 7)];
    }

    // ---- state ----
    byte[] pendingBuf;
    int pendingBufSize;
    int pending;
    int pendingOut;
    int biBuf;
    int biValid;

    /** Symbols of the current block, 3 bytes each (distance low, distance high, length or literal). */
    byte[] symBuf;
    int symNext;
    int symEnd;
    int level;
    int strategy;

    int[] ltFreq = new int[HEAP_SIZE];
    int[] ltCode = new int[HEAP_SIZE];
    int[] ltDad = new int[HEAP_SIZE];
    int[] ltLen = new int[HEAP_SIZE];
    int[] dtFreq = new int[2 * D_CODES + 1];
    int[] dtCode = new int[2 * D_CODES + 1];
    int[] dtDad = new int[2 * D_CODES + 1];
    int[] dtLen = new int[2 * D_CODES + 1];
    int[] blFreq = new int[2 * BL_CODES + 1];
    int[] blCode = new int[2 * BL_CODES + 1];
    int[] blDad = new int[2 * BL_CODES + 1];
    int[] blLen = new int[2 * BL_CODES + 1];
    int lMaxCode;
    int dMaxCode;
    int blMaxCode;

    int[] blCount = new int[MAX_BITS + 1];
    int[] heap = new int[2 * L_CODES + 1];
    int heapLen;
    int heapMax;
    int[] depth = new int[2 * L_CODES + 1];
    long optLen;
    long staticLen;

    void copyTreesTo(DeflateTrees d) {
        d.pendingBuf = pendingBuf.clone();
        d.pendingBufSize = pendingBufSize;
        d.pending = pending;
        d.pendingOut = pendingOut;
        d.biBuf = biBuf;
        d.biValid = biValid;
        d.symBuf = symBuf.clone();
        d.symNext = symNext;
        d.symEnd = symEnd;
        d.level = level;
        d.strategy = strategy;
        d.ltFreq = ltFreq.clone();
        d.ltCode = ltCode.clone();
        d.ltDad = ltDad.clone();
        d.ltLen = ltLen.clone();
        d.dtFreq = dtFreq.clone();
        d.dtCode = dtCode.clone();
        d.dtDad = dtDad.clone();
        d.dtLen = dtLen.clone();
        d.blFreq = blFreq.clone();
        d.blCode = blCode.clone();
        d.blDad = blDad.clone();
        d.blLen = blLen.clone();
        d.lMaxCode = lMaxCode;
        d.dMaxCode = dMaxCode;
        d.blMaxCode = blMaxCode;
        d.optLen = optLen;
        d.staticLen = staticLen;
    }

    // ---- pending output ----

    final void putByte(int b) {
        if (pending == pendingBuf.length) {
            pendingBuf = java.util.Arrays.copyOf(pendingBuf, pendingBuf.length * 2);
        }
        pendingBuf[pending++] = (byte) b;
    }

    final void putShort(int w) {
        putByte(w & 0xff);
        putByte((w >>> 8) & 0xff);
    }

    final void putShortMSB(int b) {
        putByte((b >>> 8) & 0xff);
        putByte(b & 0xff);
    }

    final void sendBits(int value, int length) {
        if (biValid > 16 - length) {
            biBuf |= (value << biValid) & 0xffff;
            putShort(biBuf);
            biBuf = (value >>> (16 - biValid)) & 0xffff;
            biValid += length - 16;
        } else {
            biBuf |= (value << biValid) & 0xffff;
            biValid += length;
        }
    }

    final void biFlush() {
        if (biValid == 16) {
            putShort(biBuf);
            biBuf = 0;
            biValid = 0;
        } else if (biValid >= 8) {
            putByte(biBuf & 0xff);
            biBuf >>>= 8;
            biValid -= 8;
        }
    }

    final void biWindup() {
        if (biValid > 8) {
            putShort(biBuf);
        } else if (biValid > 0) {
            putByte(biBuf & 0xff);
        }
        biBuf = 0;
        biValid = 0;
    }

    static int biReverse(int code, int len) {
        int res = 0;
        do {
            res |= code & 1;
            code >>>= 1;
            res <<= 1;
        } while (--len > 0);
        return res >>> 1;
    }

    // ---- trees ----

    void trInit() {
        biBuf = 0;
        biValid = 0;
        initBlock();
    }

    void initBlock() {
        for (int n = 0; n < L_CODES; n++) {
            ltFreq[n] = 0;
        }
        for (int n = 0; n < D_CODES; n++) {
            dtFreq[n] = 0;
        }
        for (int n = 0; n < BL_CODES; n++) {
            blFreq[n] = 0;
        }
        ltFreq[END_BLOCK] = 1;
        optLen = 0;
        staticLen = 0;
        symNext = 0;
    }

    private static boolean smaller(int[] freq, int n, int m, int[] depth) {
        return freq[n] < freq[m] || (freq[n] == freq[m] && depth[n] <= depth[m]);
    }

    private void pqDownHeap(int[] freq, int k) {
        int v = heap[k];
        int j = k << 1;
        while (j <= heapLen) {
            if (j < heapLen && smaller(freq, heap[j + 1], heap[j], depth)) {
                j++;
            }
            if (smaller(freq, v, heap[j], depth)) {
                break;
            }
            heap[k] = heap[j];
            k = j;
            j <<= 1;
        }
        heap[k] = v;
    }

    /** CPython (zlib): trees.c gen_bitlen. */
    private void genBitlen(int[] freq, int[] dad, int[] len, int maxCode, int[] stree, int[] extra, int base,
            int maxLength) {
        int overflow = 0;
        for (int bits = 0; bits <= MAX_BITS; bits++) {
            blCount[bits] = 0;
        }
        len[heap[heapMax]] = 0;
        int h;
        for (h = heapMax + 1; h < HEAP_SIZE; h++) {
            int n = heap[h];
            int bits = len[dad[n]] + 1;
            if (bits > maxLength) {
                bits = maxLength;
                overflow++;
            }
            len[n] = bits;
            if (n > maxCode) {
                continue;
            }
            blCount[bits]++;
            int xbits = 0;
            if (n >= base) {
                xbits = extra[n - base];
            }
            long f = freq[n];
            optLen += f * (bits + xbits);
            if (stree != null) {
                staticLen += f * (stree[n] + xbits);
            }
        }
        if (overflow == 0) {
            return;
        }
        do {
            int bits = maxLength - 1;
            while (blCount[bits] == 0) {
                bits--;
            }
            blCount[bits]--;
            blCount[bits + 1] += 2;
            blCount[maxLength]--;
            overflow -= 2;
        } while (overflow > 0);
        for (int bits = maxLength; bits != 0; bits--) {
            int n = blCount[bits];
            while (n != 0) {
                int m = heap[--h];
                if (m > maxCode) {
                    continue;
                }
                if (len[m] != bits) {
                    optLen += ((long) bits - len[m]) * freq[m];
                    len[m] = bits;
                }
                n--;
            }
        }
    }

    /** CPython (zlib): trees.c gen_codes. */
    static void genCodes(int[] len, int[] codes, int maxCode, int[] blCount) {
        int[] nextCode = new int[MAX_BITS + 1];
        int code = 0;
        for (int bits = 1; bits <= MAX_BITS; bits++) {
            code = (code + blCount[bits - 1]) << 1;
            nextCode[bits] = code & 0xffff;
        }
        for (int n = 0; n <= maxCode; n++) {
            int l = len[n];
            if (l == 0) {
                continue;
            }
            codes[n] = biReverse(nextCode[l]++, l);
        }
    }

    /** CPython (zlib): trees.c build_tree; returns max_code. */
    private int buildTree(int[] freq, int[] code, int[] dad, int[] len, int[] stree, int[] extra, int base,
            int elems, int maxLength) {
        int maxCode = -1;
        heapLen = 0;
        heapMax = HEAP_SIZE;
        for (int n = 0; n < elems; n++) {
            if (freq[n] != 0) {
                heap[++heapLen] = maxCode = n;
                depth[n] = 0;
            } else {
                len[n] = 0;
            }
        }
        while (heapLen < 2) {
            int node = heap[++heapLen] = maxCode < 2 ? ++maxCode : 0;
            freq[node] = 1;
            depth[node] = 0;
            optLen--;
            if (stree != null) {
                staticLen -= stree[node];
            }
        }
        for (int n = heapLen / 2; n >= 1; n--) {
            pqDownHeap(freq, n);
        }
        int node = elems;
        do {
            int n = heap[1];
            heap[1] = heap[heapLen--];
            pqDownHeap(freq, 1);
            int m = heap[1];
            heap[--heapMax] = n;
            heap[--heapMax] = m;
            freq[node] = freq[n] + freq[m];
            depth[node] = (depth[n] >= depth[m] ? depth[n] : depth[m]) + 1;
            dad[n] = node;
            dad[m] = node;
            heap[1] = node++;
            pqDownHeap(freq, 1);
        } while (heapLen >= 2);
        heap[--heapMax] = heap[1];
        genBitlen(freq, dad, len, maxCode, stree, extra, base, maxLength);
        genCodes(len, code, maxCode, blCount);
        return maxCode;
    }

    /** CPython (zlib): trees.c scan_tree. */
    private void scanTree(int[] len, int maxCode) {
        int prevlen = -1;
        int nextlen = len[0];
        int count = 0;
        int maxCount = 7;
        int minCount = 4;
        if (nextlen == 0) {
            maxCount = 138;
            minCount = 3;
        }
        len[maxCode + 1] = 0xffff;
        for (int n = 0; n <= maxCode; n++) {
            int curlen = nextlen;
            nextlen = len[n + 1];
            if (++count < maxCount && curlen == nextlen) {
                continue;
            } else if (count < minCount) {
                blFreq[curlen] += count;
            } else if (curlen != 0) {
                if (curlen != prevlen) {
                    blFreq[curlen]++;
                }
                blFreq[REP_3_6]++;
            } else if (count <= 10) {
                blFreq[REPZ_3_10]++;
            } else {
                blFreq[REPZ_11_138]++;
            }
            count = 0;
            prevlen = curlen;
            if (nextlen == 0) {
                maxCount = 138;
                minCount = 3;
            } else if (curlen == nextlen) {
                maxCount = 6;
                minCount = 3;
            } else {
                maxCount = 7;
                minCount = 4;
            }
        }
    }

    private void sendBl(int c) {
        sendBits(blCode[c], blLen[c]);
    }

    /** CPython (zlib): trees.c send_tree (the guard was set by scan_tree). */
    private void sendTree(int[] len, int maxCode) {
        int prevlen = -1;
        int nextlen = len[0];
        int count = 0;
        int maxCount = 7;
        int minCount = 4;
        if (nextlen == 0) {
            maxCount = 138;
            minCount = 3;
        }
        for (int n = 0; n <= maxCode; n++) {
            int curlen = nextlen;
            nextlen = len[n + 1];
            if (++count < maxCount && curlen == nextlen) {
                continue;
            } else if (count < minCount) {
                do {
                    sendBl(curlen);
                } while (--count != 0);
            } else if (curlen != 0) {
                if (curlen != prevlen) {
                    sendBl(curlen);
                    count--;
                }
                sendBl(REP_3_6);
                sendBits(count - 3, 2);
            } else if (count <= 10) {
                sendBl(REPZ_3_10);
                sendBits(count - 3, 3);
            } else {
                sendBl(REPZ_11_138);
                sendBits(count - 11, 7);
            }
            count = 0;
            prevlen = curlen;
            if (nextlen == 0) {
                maxCount = 138;
                minCount = 3;
            } else if (curlen == nextlen) {
                maxCount = 6;
                minCount = 3;
            } else {
                maxCount = 7;
                minCount = 4;
            }
        }
    }

    private int buildBlTree() {
        scanTree(ltLen, lMaxCode);
        scanTree(dtLen, dMaxCode);
        blMaxCode = buildTree(blFreq, blCode, blDad, blLen, null, EXTRA_BLBITS, 0, BL_CODES, MAX_BL_BITS);
        int maxBlindex;
        for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
            if (blLen[BL_ORDER[maxBlindex]] != 0) {
                break;
            }
        }
        optLen += 3L * (maxBlindex + 1) + 5 + 5 + 4;
        return maxBlindex;
    }

    private void sendAllTrees(int lcodes, int dcodes, int blcodes) {
        sendBits(lcodes - 257, 5);
        sendBits(dcodes - 1, 5);
        sendBits(blcodes - 4, 4);
        for (int rank = 0; rank < blcodes; rank++) {
            sendBits(blLen[BL_ORDER[rank]], 3);
        }
        sendTree(ltLen, lcodes - 1);
        sendTree(dtLen, dcodes - 1);
    }

    /** CPython (zlib): trees.c _tr_stored_block. */
    void trStoredBlock(byte[] buf, int off, int storedLen, boolean last) {
        sendBits((STORED_BLOCK << 1) + (last ? 1 : 0), 3);
        biWindup();
        putShort(storedLen & 0xffff);
        putShort(~storedLen & 0xffff);
        for (int i = 0; i < storedLen; i++) {
            putByte(buf[off + i]);
        }
    }

    /** CPython (zlib): trees.c _tr_align. */
    void trAlign() {
        sendBits(STATIC_TREES << 1, 3);
        sendBits(STATIC_LTREE_CODE[END_BLOCK], STATIC_LTREE_LEN[END_BLOCK]);
        biFlush();
    }

    /** CPython (zlib): trees.c _tr_flush_block; buf is null when the block is no longer in the window. */
    void trFlushBlock(byte[] buf, int off, long storedLen, boolean last) {
        long optLenb;
        long staticLenb;
        int maxBlindex = 0;
        if (level > 0) {
            lMaxCode = buildTree(ltFreq, ltCode, ltDad, ltLen, STATIC_LTREE_LEN, EXTRA_LBITS, LITERALS + 1, L_CODES,
                    MAX_BITS);
            dMaxCode = buildTree(dtFreq, dtCode, dtDad, dtLen, STATIC_DTREE_LEN, EXTRA_DBITS, 0, D_CODES, MAX_BITS);
            maxBlindex = buildBlTree();
            optLenb = (optLen + 3 + 7) >>> 3;
            staticLenb = (staticLen + 3 + 7) >>> 3;
            if (staticLenb <= optLenb || strategy == ZDeflate.Z_FIXED) {
                optLenb = staticLenb;
            }
        } else {
            optLenb = staticLenb = storedLen + 5;
        }
        if (storedLen + 4 <= optLenb && buf != null) {
            trStoredBlock(buf, off, (int) storedLen, last);
        } else if (staticLenb == optLenb) {
            sendBits((STATIC_TREES << 1) + (last ? 1 : 0), 3);
            compressBlock(STATIC_LTREE_CODE, STATIC_LTREE_LEN, STATIC_DTREE_CODE, STATIC_DTREE_LEN);
        } else {
            sendBits((DYN_TREES << 1) + (last ? 1 : 0), 3);
            sendAllTrees(lMaxCode + 1, dMaxCode + 1, maxBlindex + 1);
            compressBlock(ltCode, ltLen, dtCode, dtLen);
        }
        initBlock();
        if (last) {
            biWindup();
        }
    }

    /** CPython (zlib): trees.c compress_block. */
    private void compressBlock(int[] lcode, int[] llen, int[] dcode, int[] dlen) {
        int sx = 0;
        while (sx < symNext) {
            int dist = (symBuf[sx] & 0xff) | ((symBuf[sx + 1] & 0xff) << 8);
            int lc = symBuf[sx + 2] & 0xff;
            sx += 3;
            if (dist == 0) {
                sendBits(lcode[lc], llen[lc]);
            } else {
                int code = LENGTH_CODE[lc];
                sendBits(lcode[code + LITERALS + 1], llen[code + LITERALS + 1]);
                int extra = EXTRA_LBITS[code];
                if (extra != 0) {
                    sendBits(lc - BASE_LENGTH[code], extra);
                }
                dist--;
                code = dCode(dist);
                sendBits(dcode[code], dlen[code]);
                extra = EXTRA_DBITS[code];
                if (extra != 0) {
                    sendBits(dist - BASE_DIST[code], extra);
                }
            }
        }
        sendBits(lcode[END_BLOCK], llen[END_BLOCK]);
    }

    final boolean tallyLit(int c) {
        symBuf[symNext++] = 0;
        symBuf[symNext++] = 0;
        symBuf[symNext++] = (byte) c;
        ltFreq[c & 0xff]++;
        return symNext == symEnd;
    }

    final boolean tallyDist(int dist, int len) {
        symBuf[symNext++] = (byte) dist;
        symBuf[symNext++] = (byte) (dist >>> 8);
        symBuf[symNext++] = (byte) len;
        dist--;
        ltFreq[LENGTH_CODE[len] + LITERALS + 1]++;
        dtFreq[dCode(dist)]++;
        return symNext == symEnd;
    }
}
