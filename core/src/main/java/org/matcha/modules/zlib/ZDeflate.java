package org.matcha.modules.zlib;

/**
 * zlib's deflate compressor, following zlib 1.2.13 step for step (hash chains, lazy matching with
 * the per-level configuration table, block boundaries, stored-block handling) so that its output
 * is byte-identical to CPython's. CPython (zlib 1.2.13): deflate.c.
 */
public final class ZDeflate extends DeflateTrees {
    public static final int Z_NO_FLUSH = 0;
    public static final int Z_PARTIAL_FLUSH = 1;
    public static final int Z_SYNC_FLUSH = 2;
    public static final int Z_FULL_FLUSH = 3;
    public static final int Z_FINISH = 4;
    public static final int Z_BLOCK = 5;
    public static final int Z_OK = 0;
    public static final int Z_STREAM_END = 1;
    public static final int Z_STREAM_ERROR = -2;
    public static final int Z_BUF_ERROR = -5;
    public static final int Z_FILTERED = 1;
    public static final int Z_HUFFMAN_ONLY = 2;
    public static final int Z_RLE = 3;
    public static final int Z_FIXED = 4;

    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;
    private static final int MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
    private static final int TOO_FAR = 4096;
    private static final int MAX_STORED = 65535;
    private static final int INIT_STATE = 42;
    private static final int GZIP_STATE = 57;
    private static final int BUSY_STATE = 113;
    private static final int FINISH_STATE = 666;

    private static final int NEED_MORE = 0;
    private static final int BLOCK_DONE = 1;
    private static final int FINISH_STARTED = 2;
    private static final int FINISH_DONE = 3;

    /** zlib's configuration_table: good_length, max_lazy, nice_length, max_chain per level. */
    private static final int[][] CONFIG = {
        {0, 0, 0, 0}, {4, 4, 8, 4}, {4, 5, 16, 8}, {4, 6, 32, 32}, {4, 4, 16, 16}, {8, 16, 32, 32},
        {8, 16, 128, 128}, {8, 32, 128, 256}, {32, 128, 258, 1024}, {32, 258, 258, 4096}};

    private ZStream strm;
    private int status;
    private int wrap;
    private int lastFlush;
    private int wBits;
    private int wSize;
    private int wMask;
    private byte[] window;
    private int windowSize;
    private int[] prev;
    private int[] head;
    private int insH;
    private int hashSize;
    private int hashMask;
    private int hashShift;
    private long blockStart;
    private int matchLength;
    private int prevMatch;
    private boolean matchAvailable;
    private int strstart;
    private int matchStart;
    private int lookahead;
    private int prevLength;
    private int maxChainLength;
    private int maxLazyMatch;
    private int goodMatch;
    private int niceMatch;
    private int insert;
    private int highWater;

    private ZDeflate() {}

    /** deflateInit2; returns null when zlib would return Z_STREAM_ERROR. */
    public static ZDeflate init(ZStream strm, int level, int method, int windowBits, int memLevel, int strategy) {
        int wrap = 1;
        if (level == -1) {
            level = 6;
        }
        if (windowBits < 0) {
            wrap = 0;
            if (windowBits < -15) {
                return null;
            }
            windowBits = -windowBits;
        } else if (windowBits > 15) {
            wrap = 2;
            windowBits -= 16;
        }
        if (memLevel < 1 || memLevel > 9 || method != 8 || windowBits < 8 || windowBits > 15 || level < 0
                || level > 9 || strategy < 0 || strategy > Z_FIXED || (windowBits == 8 && wrap != 1)) {
            return null;
        }
        if (windowBits == 8) {
            windowBits = 9;
        }
        ZDeflate s = new ZDeflate();
        s.strm = strm;
        s.wrap = wrap;
        s.wBits = windowBits;
        s.wSize = 1 << windowBits;
        s.wMask = s.wSize - 1;
        int hashBits = memLevel + 7;
        s.hashSize = 1 << hashBits;
        s.hashMask = s.hashSize - 1;
        s.hashShift = (hashBits + MIN_MATCH - 1) / MIN_MATCH;
        s.window = new byte[s.wSize * 2 + 2 * MAX_MATCH];
        s.prev = new int[s.wSize];
        s.head = new int[s.hashSize];
        int litBufsize = 1 << (memLevel + 6);
        s.pendingBufSize = litBufsize * 4;
        s.pendingBuf = new byte[s.pendingBufSize + 16];
        s.symBuf = new byte[litBufsize * 3];
        s.symEnd = (litBufsize - 1) * 3;
        s.level = level;
        s.strategy = strategy;
        s.reset();
        return s;
    }

    /** deflateCopy: an independent compressor in the same state, writing to dest. */
    public ZDeflate copy(ZStream dest) {
        strm.copyStreamTo(dest);
        ZDeflate d = new ZDeflate();
        copyTreesTo(d);
        d.strm = dest;
        d.status = status;
        d.wrap = wrap;
        d.lastFlush = lastFlush;
        d.wBits = wBits;
        d.wSize = wSize;
        d.wMask = wMask;
        d.window = window.clone();
        d.windowSize = windowSize;
        d.prev = prev.clone();
        d.head = head.clone();
        d.insH = insH;
        d.hashSize = hashSize;
        d.hashMask = hashMask;
        d.hashShift = hashShift;
        d.blockStart = blockStart;
        d.matchLength = matchLength;
        d.prevMatch = prevMatch;
        d.matchAvailable = matchAvailable;
        d.strstart = strstart;
        d.matchStart = matchStart;
        d.lookahead = lookahead;
        d.prevLength = prevLength;
        d.maxChainLength = maxChainLength;
        d.maxLazyMatch = maxLazyMatch;
        d.goodMatch = goodMatch;
        d.niceMatch = niceMatch;
        d.insert = insert;
        d.highWater = highWater;
        return d;
    }

    private void reset() {
        strm.totalIn = 0;
        strm.totalOut = 0;
        strm.msg = null;
        pending = 0;
        pendingOut = 0;
        if (wrap < 0) {
            wrap = -wrap;
        }
        status = wrap == 2 ? GZIP_STATE : INIT_STATE;
        strm.adler = wrap == 2 ? 0 : 1;
        lastFlush = -2;
        trInit();
        // lm_init
        windowSize = 2 * wSize;
        clearHash();
        maxLazyMatch = CONFIG[level][1];
        goodMatch = CONFIG[level][0];
        niceMatch = CONFIG[level][2];
        maxChainLength = CONFIG[level][3];
        strstart = 0;
        blockStart = 0;
        lookahead = 0;
        insert = 0;
        matchLength = prevLength = MIN_MATCH - 1;
        matchAvailable = false;
        insH = 0;
    }

    private void clearHash() {
        java.util.Arrays.fill(head, 0);
    }

    private int updateHash(int h, int c) {
        return ((h << hashShift) ^ (c & 0xff)) & hashMask;
    }

    /** INSERT_STRING: returns the previous head of the hash chain. */
    private int insertString(int str) {
        insH = updateHash(insH, window[str + MIN_MATCH - 1]);
        int matchHead = head[insH];
        prev[str & wMask] = matchHead;
        head[insH] = str;
        return matchHead;
    }

    /** deflateSetDictionary; returns Z_OK or Z_STREAM_ERROR. */
    public int setDictionary(byte[] dictionary) {
        int w = wrap;
        if (w == 2 || (w == 1 && status != INIT_STATE) || lookahead != 0) {
            return Z_STREAM_ERROR;
        }
        int dictLength = dictionary.length;
        int dictOff = 0;
        if (w == 1) {
            strm.adler = Checksums.adler32(strm.adler, dictionary, 0, dictLength);
        }
        wrap = 0;
        if (dictLength >= wSize) {
            if (w == 0) {
                clearHash();
                strstart = 0;
                blockStart = 0;
                insert = 0;
            }
            dictOff = dictLength - wSize;
            dictLength = wSize;
        }
        byte[] savedIn = strm.in;
        int savedNext = strm.nextIn;
        int savedAvail = strm.availIn;
        strm.in = dictionary;
        strm.nextIn = dictOff;
        strm.availIn = dictLength;
        fillWindow();
        while (lookahead >= MIN_MATCH) {
            int str = strstart;
            int n = lookahead - (MIN_MATCH - 1);
            do {
                insH = updateHash(insH, window[str + MIN_MATCH - 1]);
                prev[str & wMask] = head[insH];
                head[insH] = str;
                str++;
            } while (--n != 0);
            strstart = str;
            lookahead = MIN_MATCH - 1;
            fillWindow();
        }
        strstart += lookahead;
        blockStart = strstart;
        insert = lookahead;
        lookahead = 0;
        matchLength = prevLength = MIN_MATCH - 1;
        matchAvailable = false;
        strm.in = savedIn;
        strm.nextIn = savedNext;
        strm.availIn = savedAvail;
        wrap = w;
        return Z_OK;
    }

    private int readBuf(byte[] buf, int off, int size) {
        int len = Math.min(strm.availIn, size);
        if (len == 0) {
            return 0;
        }
        strm.availIn -= len;
        System.arraycopy(strm.in, strm.nextIn, buf, off, len);
        if (wrap == 1) {
            strm.adler = Checksums.adler32(strm.adler, buf, off, len);
        } else if (wrap == 2) {
            strm.adler = Checksums.crc32(strm.adler, buf, off, len);
        }
        strm.nextIn += len;
        strm.totalIn += len;
        return len;
    }

    private void slideHash() {
        for (int n = 0; n < hashSize; n++) {
            int m = head[n];
            head[n] = m >= wSize ? m - wSize : 0;
        }
        for (int n = 0; n < wSize; n++) {
            int m = prev[n];
            prev[n] = m >= wSize ? m - wSize : 0;
        }
    }

    /** CPython (zlib): deflate.c fill_window. */
    private void fillWindow() {
        do {
            int more = windowSize - lookahead - strstart;
            if (strstart >= wSize + (wSize - MIN_LOOKAHEAD)) {
                System.arraycopy(window, wSize, window, 0, wSize - more);
                matchStart -= wSize;
                strstart -= wSize;
                blockStart -= wSize;
                if (insert > strstart) {
                    insert = strstart;
                }
                slideHash();
                more += wSize;
            }
            if (strm.availIn == 0) {
                break;
            }
            int n = readBuf(window, strstart + lookahead, more);
            lookahead += n;
            if (lookahead + insert >= MIN_MATCH) {
                int str = strstart - insert;
                insH = window[str] & 0xff;
                insH = updateHash(insH, window[str + 1]);
                while (insert != 0) {
                    insH = updateHash(insH, window[str + MIN_MATCH - 1]);
                    prev[str & wMask] = head[insH];
                    head[insH] = str;
                    str++;
                    insert--;
                    if (lookahead + insert < MIN_MATCH) {
                        break;
                    }
                }
            }
        } while (lookahead < MIN_LOOKAHEAD && strm.availIn != 0);
        // Bytes past the data that zlib zeroes (WIN_INIT) are never-written memory, already zero here
        // except after a slide, where zlib keeps the stale bytes too.
        if (highWater < windowSize) {
            int curr = strstart + lookahead;
            if (highWater < curr) {
                int init = Math.min(windowSize - curr, MAX_MATCH);
                java.util.Arrays.fill(window, curr, curr + init, (byte) 0);
                highWater = curr + init;
            } else if (highWater < curr + MAX_MATCH) {
                int init = Math.min(curr + MAX_MATCH - highWater, windowSize - highWater);
                java.util.Arrays.fill(window, highWater, highWater + init, (byte) 0);
                highWater += init;
            }
        }
    }

    /** CPython (zlib): deflate.c flush_pending. */
    private void flushPending() {
        biFlush();
        int len = Math.min(pending, strm.availOut);
        if (len == 0) {
            return;
        }
        System.arraycopy(pendingBuf, pendingOut, strm.out, strm.nextOut, len);
        strm.nextOut += len;
        pendingOut += len;
        strm.totalOut += len;
        strm.availOut -= len;
        pending -= len;
        if (pending == 0) {
            pendingOut = 0;
        }
    }

    private static int rank(int f) {
        return f * 2 - (f > 4 ? 9 : 0);
    }

    /** CPython (zlib): deflate.c deflate. */
    public int deflate(int flush) {
        if (flush > Z_BLOCK || flush < 0) {
            return Z_STREAM_ERROR;
        }
        if (status == FINISH_STATE && flush != Z_FINISH) {
            strm.msg = "stream error";
            return Z_STREAM_ERROR;
        }
        if (strm.availOut == 0) {
            strm.msg = "buffer error";
            return Z_BUF_ERROR;
        }
        int oldFlush = lastFlush;
        lastFlush = flush;
        if (pending != 0) {
            flushPending();
            if (strm.availOut == 0) {
                lastFlush = -1;
                return Z_OK;
            }
        } else if (strm.availIn == 0 && rank(flush) <= rank(oldFlush) && flush != Z_FINISH) {
            strm.msg = "buffer error";
            return Z_BUF_ERROR;
        }
        if (status == FINISH_STATE && strm.availIn != 0) {
            strm.msg = "buffer error";
            return Z_BUF_ERROR;
        }
        if (status == INIT_STATE && wrap == 0) {
            status = BUSY_STATE;
        }
        if (status == INIT_STATE) {
            int header = (8 + ((wBits - 8) << 4)) << 8;
            int levelFlags;
            if (strategy >= Z_HUFFMAN_ONLY || level < 2) {
                levelFlags = 0;
            } else if (level < 6) {
                levelFlags = 1;
            } else if (level == 6) {
                levelFlags = 2;
            } else {
                levelFlags = 3;
            }
            header |= levelFlags << 6;
            if (strstart != 0) {
                header |= 0x20;
            }
            header += 31 - (header % 31);
            putShortMSB(header);
            if (strstart != 0) {
                putShortMSB(strm.adler >>> 16);
                putShortMSB(strm.adler & 0xffff);
            }
            strm.adler = 1;
            status = BUSY_STATE;
            flushPending();
            if (pending != 0) {
                lastFlush = -1;
                return Z_OK;
            }
        }
        if (status == GZIP_STATE) {
            strm.adler = 0;
            putByte(31);
            putByte(139);
            putByte(8);
            for (int i = 0; i < 5; i++) {
                putByte(0);
            }
            putByte(level == 9 ? 2 : (strategy >= Z_HUFFMAN_ONLY || level < 2 ? 4 : 0));
            putByte(3); // OS_CODE: Unix
            status = BUSY_STATE;
            flushPending();
            if (pending != 0) {
                lastFlush = -1;
                return Z_OK;
            }
        }
        if (strm.availIn != 0 || lookahead != 0 || (flush != Z_NO_FLUSH && status != FINISH_STATE)) {
            int bstate;
            if (level == 0) {
                bstate = deflateStored(flush);
            } else if (strategy == Z_HUFFMAN_ONLY) {
                bstate = deflateHuff(flush);
            } else if (strategy == Z_RLE) {
                bstate = deflateRle(flush);
            } else if (level <= 3) {
                bstate = deflateFast(flush);
            } else {
                bstate = deflateSlow(flush);
            }
            if (bstate == FINISH_STARTED || bstate == FINISH_DONE) {
                status = FINISH_STATE;
            }
            if (bstate == NEED_MORE || bstate == FINISH_STARTED) {
                if (strm.availOut == 0) {
                    lastFlush = -1;
                }
                return Z_OK;
            }
            if (bstate == BLOCK_DONE) {
                if (flush == Z_PARTIAL_FLUSH) {
                    trAlign();
                } else if (flush != Z_BLOCK) {
                    trStoredBlock(null, 0, 0, false);
                    if (flush == Z_FULL_FLUSH) {
                        clearHash();
                        if (lookahead == 0) {
                            strstart = 0;
                            blockStart = 0;
                            insert = 0;
                        }
                    }
                }
                flushPending();
                if (strm.availOut == 0) {
                    lastFlush = -1;
                    return Z_OK;
                }
            }
        }
        if (flush != Z_FINISH) {
            return Z_OK;
        }
        if (wrap <= 0) {
            return Z_STREAM_END;
        }
        if (wrap == 2) {
            int a = strm.adler;
            putByte(a);
            putByte(a >>> 8);
            putByte(a >>> 16);
            putByte(a >>> 24);
            int t = (int) strm.totalIn;
            putByte(t);
            putByte(t >>> 8);
            putByte(t >>> 16);
            putByte(t >>> 24);
        } else {
            putShortMSB(strm.adler >>> 16);
            putShortMSB(strm.adler & 0xffff);
        }
        flushPending();
        if (wrap > 0) {
            wrap = -wrap;
        }
        return pending != 0 ? Z_OK : Z_STREAM_END;
    }

    /** FLUSH_BLOCK_ONLY. */
    private void flushBlockOnly(boolean last) {
        if (blockStart >= 0) {
            trFlushBlock(window, (int) blockStart, strstart - blockStart, last);
        } else {
            trFlushBlock(null, 0, strstart - blockStart, last);
        }
        blockStart = strstart;
        flushPending();
    }

    /** CPython (zlib): deflate.c deflate_stored. */
    private int deflateStored(int flush) {
        int minBlock = Math.min(pendingBufSize - 5, wSize);
        int len;
        int left;
        int have;
        boolean last = false;
        int used = strm.availIn;
        do {
            len = MAX_STORED;
            have = (biValid + 42) >> 3;
            if (strm.availOut < have) {
                break;
            }
            have = strm.availOut - have;
            left = (int) (strstart - blockStart);
            if (len > (long) left + strm.availIn) {
                len = left + strm.availIn;
            }
            if (len > have) {
                len = have;
            }
            if (len < minBlock && ((len == 0 && flush != Z_FINISH) || flush == Z_NO_FLUSH
                    || len != left + strm.availIn)) {
                break;
            }
            last = flush == Z_FINISH && len == left + strm.availIn;
            trStoredBlock(null, 0, 0, last);
            pendingBuf[pending - 4] = (byte) len;
            pendingBuf[pending - 3] = (byte) (len >> 8);
            pendingBuf[pending - 2] = (byte) ~len;
            pendingBuf[pending - 1] = (byte) (~len >> 8);
            flushPending();
            if (left != 0) {
                if (left > len) {
                    left = len;
                }
                System.arraycopy(window, (int) blockStart, strm.out, strm.nextOut, left);
                strm.nextOut += left;
                strm.availOut -= left;
                strm.totalOut += left;
                blockStart += left;
                len -= left;
            }
            if (len != 0) {
                readBuf(strm.out, strm.nextOut, len);
                strm.nextOut += len;
                strm.availOut -= len;
                strm.totalOut += len;
            }
        } while (!last);
        used -= strm.availIn;
        if (used != 0) {
            if (used >= wSize) {
                System.arraycopy(strm.in, strm.nextIn - wSize, window, 0, wSize);
                strstart = wSize;
                insert = strstart;
            } else {
                if (windowSize - strstart <= used) {
                    strstart -= wSize;
                    System.arraycopy(window, wSize, window, 0, strstart);
                    if (insert > strstart) {
                        insert = strstart;
                    }
                }
                System.arraycopy(strm.in, strm.nextIn - used, window, strstart, used);
                strstart += used;
                insert += Math.min(used, wSize - insert);
            }
            blockStart = strstart;
        }
        if (highWater < strstart) {
            highWater = strstart;
        }
        if (last) {
            return FINISH_DONE;
        }
        if (flush != Z_NO_FLUSH && flush != Z_FINISH && strm.availIn == 0 && strstart == blockStart) {
            return BLOCK_DONE;
        }
        have = windowSize - strstart;
        if (strm.availIn > have && blockStart >= wSize) {
            blockStart -= wSize;
            strstart -= wSize;
            System.arraycopy(window, wSize, window, 0, strstart);
            have += wSize;
            if (insert > strstart) {
                insert = strstart;
            }
        }
        if (have > strm.availIn) {
            have = strm.availIn;
        }
        if (have != 0) {
            readBuf(window, strstart, have);
            strstart += have;
            insert += Math.min(have, wSize - insert);
        }
        if (highWater < strstart) {
            highWater = strstart;
        }
        have = (biValid + 42) >> 3;
        have = Math.min(pendingBufSize - have, MAX_STORED);
        minBlock = Math.min(have, wSize);
        left = (int) (strstart - blockStart);
        if (left >= minBlock || ((left != 0 || flush == Z_FINISH) && flush != Z_NO_FLUSH && strm.availIn == 0
                && left <= have)) {
            len = Math.min(left, have);
            last = flush == Z_FINISH && strm.availIn == 0 && len == left;
            trStoredBlock(window, (int) blockStart, len, last);
            blockStart += len;
            flushPending();
        }
        return last ? FINISH_STARTED : NEED_MORE;
    }

    /** CPython (zlib): deflate.c longest_match. */
    private int longestMatch(int curMatch) {
        int chainLength = maxChainLength;
        int scan = strstart;
        int bestLen = prevLength;
        int nice = niceMatch;
        int maxDist = wSize - MIN_LOOKAHEAD;
        int limit = strstart > maxDist ? strstart - maxDist : 0;
        byte[] w = window;
        byte scanEnd1 = w[scan + bestLen - 1];
        byte scanEnd = w[scan + bestLen];
        if (prevLength >= goodMatch) {
            chainLength >>= 2;
        }
        if (nice > lookahead) {
            nice = lookahead;
        }
        do {
            int match = curMatch;
            if (w[match + bestLen] != scanEnd || w[match + bestLen - 1] != scanEnd1 || w[match] != w[scan]
                    || w[match + 1] != w[scan + 1]) {
                continue;
            }
            // zlib skips index 2 (equal whenever the hashes agree) and compares up to MAX_MATCH
            int len = 3;
            while (len < MAX_MATCH && w[scan + len] == w[match + len]) {
                len++;
            }
            if (len > bestLen) {
                matchStart = curMatch;
                bestLen = len;
                if (len >= nice) {
                    break;
                }
                scanEnd1 = w[scan + bestLen - 1];
                scanEnd = w[scan + bestLen];
            }
        } while ((curMatch = prev[curMatch & wMask]) > limit && --chainLength != 0);
        if (bestLen <= lookahead) {
            return bestLen;
        }
        return lookahead;
    }

    /** CPython (zlib): deflate.c deflate_fast (levels 1-3). */
    private int deflateFast(int flush) {
        int maxDist = wSize - MIN_LOOKAHEAD;
        for (;;) {
            if (lookahead < MIN_LOOKAHEAD) {
                fillWindow();
                if (lookahead < MIN_LOOKAHEAD && flush == Z_NO_FLUSH) {
                    return NEED_MORE;
                }
                if (lookahead == 0) {
                    break;
                }
            }
            int hashHead = 0;
            if (lookahead >= MIN_MATCH) {
                hashHead = insertString(strstart);
            }
            if (hashHead != 0 && strstart - hashHead <= maxDist) {
                matchLength = longestMatch(hashHead);
            }
            boolean bflush;
            if (matchLength >= MIN_MATCH) {
                bflush = tallyDist(strstart - matchStart, matchLength - MIN_MATCH);
                lookahead -= matchLength;
                if (matchLength <= maxLazyMatch && lookahead >= MIN_MATCH) {
                    matchLength--;
                    do {
                        strstart++;
                        insertString(strstart);
                    } while (--matchLength != 0);
                    strstart++;
                } else {
                    strstart += matchLength;
                    matchLength = 0;
                    insH = window[strstart] & 0xff;
                    insH = updateHash(insH, window[strstart + 1]);
                }
            } else {
                bflush = tallyLit(window[strstart]);
                lookahead--;
                strstart++;
            }
            if (bflush) {
                flushBlockOnly(false);
                if (strm.availOut == 0) {
                    return NEED_MORE;
                }
            }
        }
        insert = strstart < MIN_MATCH - 1 ? strstart : MIN_MATCH - 1;
        return finishBlocks(flush);
    }

    private int finishBlocks(int flush) {
        if (flush == Z_FINISH) {
            flushBlockOnly(true);
            return strm.availOut == 0 ? FINISH_STARTED : FINISH_DONE;
        }
        if (symNext != 0) {
            flushBlockOnly(false);
            if (strm.availOut == 0) {
                return NEED_MORE;
            }
        }
        return BLOCK_DONE;
    }

    /** CPython (zlib): deflate.c deflate_slow (levels 4-9, lazy matching). */
    private int deflateSlow(int flush) {
        int maxDist = wSize - MIN_LOOKAHEAD;
        for (;;) {
            if (lookahead < MIN_LOOKAHEAD) {
                fillWindow();
                if (lookahead < MIN_LOOKAHEAD && flush == Z_NO_FLUSH) {
                    return NEED_MORE;
                }
                if (lookahead == 0) {
                    break;
                }
            }
            int hashHead = 0;
            if (lookahead >= MIN_MATCH) {
                hashHead = insertString(strstart);
            }
            prevLength = matchLength;
            prevMatch = matchStart;
            matchLength = MIN_MATCH - 1;
            if (hashHead != 0 && prevLength < maxLazyMatch && strstart - hashHead <= maxDist) {
                matchLength = longestMatch(hashHead);
                if (matchLength <= 5 && (strategy == Z_FILTERED
                        || (matchLength == MIN_MATCH && strstart - matchStart > TOO_FAR))) {
                    matchLength = MIN_MATCH - 1;
                }
            }
            if (prevLength >= MIN_MATCH && matchLength <= prevLength) {
                int maxInsert = strstart + lookahead - MIN_MATCH;
                boolean bflush = tallyDist(strstart - 1 - prevMatch, prevLength - MIN_MATCH);
                lookahead -= prevLength - 1;
                prevLength -= 2;
                do {
                    if (++strstart <= maxInsert) {
                        insertString(strstart);
                    }
                } while (--prevLength != 0);
                matchAvailable = false;
                matchLength = MIN_MATCH - 1;
                strstart++;
                if (bflush) {
                    flushBlockOnly(false);
                    if (strm.availOut == 0) {
                        return NEED_MORE;
                    }
                }
            } else if (matchAvailable) {
                boolean bflush = tallyLit(window[strstart - 1]);
                if (bflush) {
                    flushBlockOnly(false);
                }
                strstart++;
                lookahead--;
                if (strm.availOut == 0) {
                    return NEED_MORE;
                }
            } else {
                matchAvailable = true;
                strstart++;
                lookahead--;
            }
        }
        if (matchAvailable) {
            tallyLit(window[strstart - 1]);
            matchAvailable = false;
        }
        insert = strstart < MIN_MATCH - 1 ? strstart : MIN_MATCH - 1;
        return finishBlocks(flush);
    }

    /** CPython (zlib): deflate.c deflate_rle (strategy Z_RLE). */
    private int deflateRle(int flush) {
        for (;;) {
            if (lookahead <= MAX_MATCH) {
                fillWindow();
                if (lookahead <= MAX_MATCH && flush == Z_NO_FLUSH) {
                    return NEED_MORE;
                }
                if (lookahead == 0) {
                    break;
                }
            }
            matchLength = 0;
            if (lookahead >= MIN_MATCH && strstart > 0) {
                int scan = strstart - 1;
                byte p = window[scan];
                if (p == window[scan + 1] && p == window[scan + 2] && p == window[scan + 3]) {
                    int len = 3;
                    while (len < MAX_MATCH && window[strstart + len] == p) {
                        len++;
                    }
                    matchLength = Math.min(len, lookahead);
                }
            }
            boolean bflush;
            if (matchLength >= MIN_MATCH) {
                bflush = tallyDist(1, matchLength - MIN_MATCH);
                lookahead -= matchLength;
                strstart += matchLength;
                matchLength = 0;
            } else {
                bflush = tallyLit(window[strstart]);
                lookahead--;
                strstart++;
            }
            if (bflush) {
                flushBlockOnly(false);
                if (strm.availOut == 0) {
                    return NEED_MORE;
                }
            }
        }
        insert = 0;
        return finishBlocks(flush);
    }

    /** CPython (zlib): deflate.c deflate_huff (strategy Z_HUFFMAN_ONLY). */
    private int deflateHuff(int flush) {
        for (;;) {
            if (lookahead == 0) {
                fillWindow();
                if (lookahead == 0) {
                    if (flush == Z_NO_FLUSH) {
                        return NEED_MORE;
                    }
                    break;
                }
            }
            matchLength = 0;
            boolean bflush = tallyLit(window[strstart]);
            lookahead--;
            strstart++;
            if (bflush) {
                flushBlockOnly(false);
                if (strm.availOut == 0) {
                    return NEED_MORE;
                }
            }
        }
        insert = 0;
        return finishBlocks(flush);
    }
}
