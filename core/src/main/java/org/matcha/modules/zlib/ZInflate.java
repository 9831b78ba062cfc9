package org.matcha.modules.zlib;

/**
 * zlib's inflate as a resumable state machine. It takes input bytes only when it needs their bits,
 * and decodes one symbol ahead when the output is full, as zlib does, so that the consumed input
 * (hence unconsumed_tail and unused_data) is the same as CPython's. CPython (zlib 1.2.13): inflate.c.
 */
public final class ZInflate {
    public static final int Z_OK = 0;
    public static final int Z_STREAM_END = 1;
    public static final int Z_NEED_DICT = 2;
    public static final int Z_STREAM_ERROR = -2;
    public static final int Z_DATA_ERROR = -3;
    public static final int Z_BUF_ERROR = -5;

    private static final int HEAD = 0;
    private static final int FLAGS = 1;
    private static final int TIME = 2;
    private static final int OS = 3;
    private static final int EXLEN = 4;
    private static final int EXTRA = 5;
    private static final int NAME = 6;
    private static final int COMMENT = 7;
    private static final int HCRC = 8;
    private static final int DICTID = 9;
    private static final int DICT = 10;
    private static final int TYPE = 11;
    private static final int STORED = 12;
    private static final int COPY = 13;
    private static final int TABLE = 14;
    private static final int LENLENS = 15;
    private static final int CODELENS = 16;
    private static final int LEN = 17;
    private static final int LENEXT = 18;
    private static final int DIST = 19;
    private static final int DISTEXT = 20;
    private static final int MATCH = 21;
    private static final int LIT = 22;
    private static final int CHECK = 23;
    private static final int LENGTH = 24;
    private static final int DONE = 25;
    private static final int BAD = 26;

    private static final int[] ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final int[] LBASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83,
        99, 115, 131, 163, 195, 227, 258};
    private static final int[] LEXT = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5,
        0};
    private static final int[] DBASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
        1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DEXT = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11,
        12, 12, 13, 13};
    private static final int WSIZE = 32768;

    private ZStream strm;
    private int mode;
    private boolean last;
    private int wrap;
    private boolean havedict;
    private int flags;
    private int check;
    private long total;
    private int wbits;
    private long hold;
    private int bits;
    private int length;
    private int offset;
    private int extra;
    private Huffman lencode;
    private Huffman distcode;
    private int ncode;
    private int nlen;
    private int ndist;
    private int have;
    private int[] lens = new int[320];
    private byte[] window = new byte[WSIZE];
    private int wnext;
    private int whave;
    /** zlib's state->whave: window bytes kept between calls, at most 1 << wbits. */
    private int zwhave;

    private ZInflate() {}

    /** inflateInit2; null for zlib's Z_STREAM_ERROR. */
    public static ZInflate init(ZStream strm, int windowBits) {
        int wrap;
        if (windowBits < 0) {
            if (windowBits < -15) {
                return null;
            }
            wrap = 0;
            windowBits = -windowBits;
        } else {
            wrap = (windowBits >> 4) + 5;
            if (windowBits < 48) {
                windowBits &= 15;
            }
        }
        if (windowBits != 0 && (windowBits < 8 || windowBits > 15)) {
            return null;
        }
        ZInflate s = new ZInflate();
        s.strm = strm;
        s.wrap = wrap;
        s.wbits = windowBits;
        s.mode = HEAD;
        s.check = 1;
        strm.totalIn = 0;
        strm.totalOut = 0;
        strm.msg = null;
        strm.adler = wrap != 0 ? (wrap & 1) : 1;
        return s;
    }

    public ZInflate copy(ZStream dest) {
        strm.copyStreamTo(dest);
        ZInflate d = new ZInflate();
        d.strm = dest;
        d.mode = mode;
        d.last = last;
        d.wrap = wrap;
        d.havedict = havedict;
        d.flags = flags;
        d.check = check;
        d.total = total;
        d.wbits = wbits;
        d.hold = hold;
        d.bits = bits;
        d.length = length;
        d.offset = offset;
        d.extra = extra;
        d.lencode = lencode;
        d.distcode = distcode;
        d.ncode = ncode;
        d.nlen = nlen;
        d.ndist = ndist;
        d.have = have;
        d.lens = lens.clone();
        d.window = window.clone();
        d.wnext = wnext;
        d.whave = whave;
        d.zwhave = zwhave;
        return d;
    }

    /** inflateSetDictionary. */
    public int setDictionary(byte[] dict) {
        if (wrap != 0 && mode != DICT) {
            return Z_STREAM_ERROR;
        }
        if (mode == DICT) {
            int id = Checksums.adler32(1, dict, 0, dict.length);
            if (id != check) {
                return Z_DATA_ERROR;
            }
        }
        for (byte b : dict) {
            remember(b);
        }
        zwhave = (int) Math.min((long) zwhave + dict.length, 1L << wbits);
        havedict = true;
        return Z_OK;
    }

    private void remember(byte b) {
        window[wnext] = b;
        wnext = (wnext + 1) & (WSIZE - 1);
        if (whave < WSIZE) {
            whave++;
        }
    }

    /** NEEDBITS: false when the input ran out first (the bytes read so far stay in hold). */
    private boolean need(int n) {
        while (bits < n) {
            if (strm.availIn == 0) {
                return false;
            }
            hold |= (long) (strm.in[strm.nextIn++] & 0xff) << bits;
            strm.availIn--;
            bits += 8;
        }
        return true;
    }

    private int take(int n) {
        int v = (int) (hold & ((1L << n) - 1));
        hold >>>= n;
        bits -= n;
        return v;
    }

    private static final int NEED_INPUT = -1;
    /** Length and raw bits of the code decode() took last. */
    private int lastCodeLen;
    private long lastCode;
    private static final int INVALID = -2;

    /**
     * The next symbol of h. It looks ahead at the input without taking it, then takes only the
     * bytes the code needs, as zlib's bit-by-bit pulls do.
     */
    private int decode(Huffman h) {
        long look = hold;
        int avail = bits;
        int p = strm.nextIn;
        int left = strm.availIn;
        byte[] in = strm.in;
        while (avail < 15 && left > 0) {
            look |= (long) (in[p++] & 0xff) << avail;
            avail += 8;
            left--;
        }
        int e = h.fast[(int) look & 511];
        if (e >= 0 && (e & 15) <= avail) {
            need(e & 15);
            lastCodeLen = e & 15;
            lastCode = take(lastCodeLen);
            return e >>> 4;
        }
        int code = 0;
        int first = 0;
        int index = 0;
        int lim = h.maxLen == 0 ? 1 : h.maxLen;
        int len;
        for (len = 1; len <= lim && len <= avail; len++) {
            code |= (int) (look >>> (len - 1)) & 1;
            int count = h.count[len];
            if (code - count < first) {
                need(len);
                lastCodeLen = len;
                lastCode = take(len);
                return h.symbol[index + (code - first)];
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        if (len > lim) {
            need(lim);
            return INVALID;
        }
        need(avail);
        return NEED_INPUT;
    }

    private int bad(String message) {
        strm.msg = message;
        mode = BAD;
        return BAD;
    }

    /** CPython (zlib): inflate.c inflate, for flush Z_NO_FLUSH / Z_SYNC_FLUSH / Z_FINISH. */
    public int inflate(boolean finish) {
        int in0 = strm.availIn;
        int out0 = strm.availOut;
        int checkFrom = strm.nextOut;
        int ret = Z_OK;
        loop:
        for (;;) {
            switch (mode) {
                case HEAD: {
                    if (wrap == 0) {
                        mode = TYPE;
                        break;
                    }
                    if (!need(16)) {
                        break loop;
                    }
                    if ((wrap & 2) != 0 && hold == 0x8b1f) {
                        if (wbits == 0) {
                            wbits = 15;
                        }
                        check = Checksums.crc32(0, new byte[] {(byte) 0x1f, (byte) 0x8b}, 0, 2);
                        take(16);
                        mode = FLAGS;
                        break;
                    }
                    if ((wrap & 1) == 0 || ((((int) hold & 0xff) << 8) + ((int) hold >>> 8)) % 31 != 0) {
                        bad("incorrect header check");
                        break;
                    }
                    if (((int) hold & 15) != 8) {
                        bad("unknown compression method");
                        break;
                    }
                    take(4);
                    int len = take(4) + 8;
                    if (wbits == 0) {
                        wbits = len;
                    }
                    if (len > 15 || len > wbits) {
                        bad("invalid window size");
                        break;
                    }
                    flags = 0;
                    strm.adler = check = 1;
                    mode = (hold & 0x20) != 0 ? DICTID : TYPE;
                    hold = 0;
                    bits = 0;
                    break;
                }
                case FLAGS: {
                    if (!need(16)) {
                        break loop;
                    }
                    flags = (int) hold;
                    if ((flags & 0xff) != 8) {
                        bad("unknown compression method");
                        break;
                    }
                    if ((flags & 0xe000) != 0) {
                        bad("unknown header flags set");
                        break;
                    }
                    crcHold(2);
                    take(16);
                    mode = TIME;
                    break;
                }
                case TIME:
                    if (!need(32)) {
                        break loop;
                    }
                    crcHold(4);
                    take(32);
                    mode = OS;
                    break;
                case OS:
                    if (!need(16)) {
                        break loop;
                    }
                    crcHold(2);
                    take(16);
                    mode = EXLEN;
                    break;
                case EXLEN:
                    if ((flags & 0x400) != 0) {
                        if (!need(16)) {
                            break loop;
                        }
                        length = (int) hold & 0xffff;
                        crcHold(2);
                        take(16);
                    }
                    mode = EXTRA;
                    break;
                case EXTRA:
                    if ((flags & 0x400) != 0) {
                        int copy = Math.min(length, strm.availIn);
                        if (copy != 0) {
                            if ((flags & 0x200) != 0 && (wrap & 4) != 0) {
                                check = Checksums.crc32(check, strm.in, strm.nextIn, copy);
                            }
                            strm.availIn -= copy;
                            strm.nextIn += copy;
                            length -= copy;
                        }
                        if (length != 0) {
                            break loop;
                        }
                    }
                    length = 0;
                    mode = NAME;
                    break;
                case NAME:
                case COMMENT: {
                    int bit = mode == NAME ? 0x800 : 0x1000;
                    if ((flags & bit) != 0) {
                        if (strm.availIn == 0) {
                            break loop;
                        }
                        int copy = 0;
                        int c;
                        do {
                            c = strm.in[strm.nextIn + copy++] & 0xff;
                        } while (c != 0 && copy < strm.availIn);
                        if ((flags & 0x200) != 0 && (wrap & 4) != 0) {
                            check = Checksums.crc32(check, strm.in, strm.nextIn, copy);
                        }
                        strm.availIn -= copy;
                        strm.nextIn += copy;
                        if (c != 0) {
                            break loop;
                        }
                    }
                    mode = mode == NAME ? COMMENT : HCRC;
                    break;
                }
                case HCRC:
                    if ((flags & 0x200) != 0) {
                        if (!need(16)) {
                            break loop;
                        }
                        if ((wrap & 4) != 0 && hold != (check & 0xffff)) {
                            bad("header crc mismatch");
                            break;
                        }
                        take(16);
                    }
                    check = 0;
                    strm.adler = 0;
                    mode = TYPE;
                    break;
                case DICTID:
                    if (!need(32)) {
                        break loop;
                    }
                    strm.adler = check = swap32((int) hold);
                    hold = 0;
                    bits = 0;
                    mode = DICT;
                    break;
                case DICT:
                    if (!havedict) {
                        return Z_NEED_DICT;
                    }
                    strm.adler = check = 1;
                    mode = TYPE;
                    break;
                case TYPE:
                    if (last) {
                        take(bits & 7);
                        mode = CHECK;
                        break;
                    }
                    if (!need(3)) {
                        break loop;
                    }
                    last = take(1) == 1;
                    switch (take(2)) {
                        case 0:
                            mode = STORED;
                            break;
                        case 1:
                            lencode = Huffman.FIXED_LIT;
                            distcode = Huffman.FIXED_DIST;
                            mode = LEN;
                            break;
                        case 2:
                            mode = TABLE;
                            break;
                        default:
                            bad("invalid block type");
                            break;
                    }
                    break;
                case STORED:
                    take(bits & 7);
                    if (!need(32)) {
                        break loop;
                    }
                    if ((hold & 0xffff) != ((hold >>> 16) ^ 0xffff)) {
                        bad("invalid stored block lengths");
                        break;
                    }
                    length = (int) hold & 0xffff;
                    hold = 0;
                    bits = 0;
                    mode = COPY;
                    break;
                case COPY: {
                    int copy = length;
                    if (copy != 0) {
                        copy = Math.min(copy, Math.min(strm.availIn, strm.availOut));
                        if (copy == 0) {
                            break loop;
                        }
                        for (int i = 0; i < copy; i++) {
                            byte b = strm.in[strm.nextIn + i];
                            strm.out[strm.nextOut + i] = b;
                            remember(b);
                        }
                        strm.availIn -= copy;
                        strm.nextIn += copy;
                        strm.availOut -= copy;
                        strm.nextOut += copy;
                        length -= copy;
                        break;
                    }
                    mode = TYPE;
                    break;
                }
                case TABLE:
                    if (!need(14)) {
                        break loop;
                    }
                    nlen = take(5) + 257;
                    ndist = take(5) + 1;
                    ncode = take(4) + 4;
                    if (nlen > 286 || ndist > 30) {
                        bad("too many length or distance symbols");
                        break;
                    }
                    have = 0;
                    mode = LENLENS;
                    break;
                case LENLENS: {
                    while (have < ncode) {
                        if (!need(3)) {
                            break loop;
                        }
                        lens[ORDER[have++]] = take(3);
                    }
                    while (have < 19) {
                        lens[ORDER[have++]] = 0;
                    }
                    lencode = Huffman.build(lens, 0, 19, Huffman.CODES);
                    if (lencode == null) {
                        bad("invalid code lengths set");
                        break;
                    }
                    have = 0;
                    mode = CODELENS;
                    break;
                }
                case CODELENS: {
                    boolean failed = false;
                    while (have < nlen + ndist) {
                        int sym = decode(lencode);
                        if (sym == NEED_INPUT) {
                            break loop;
                        }
                        if (sym == INVALID) {
                            // only a code-lengths code with no symbols has invalid codes; zlib's table
                            // entry for them (inftrees.c, max == 0) reads as length 0 and drops one bit
                            take(1);
                            sym = 0;
                        }
                        if (sym < 16) {
                            lens[have++] = sym;
                            continue;
                        }
                        int usedBits = lastCodeLen;
                        int extraBits = sym == 16 ? 2 : sym == 17 ? 3 : 7;
                        if (!need(extraBits)) {
                            // zlib takes the code only together with its extra bits: put it back
                            hold = (hold << usedBits) | lastCode;
                            bits += usedBits;
                            break loop;
                        }
                        int len;
                        int copy;
                        if (sym == 16) {
                            if (have == 0) {
                                bad("invalid bit length repeat");
                                failed = true;
                                break;
                            }
                            len = lens[have - 1];
                            copy = 3 + take(2);
                        } else if (sym == 17) {
                            len = 0;
                            copy = 3 + take(3);
                        } else {
                            len = 0;
                            copy = 11 + take(7);
                        }
                        if (have + copy > nlen + ndist) {
                            bad("invalid bit length repeat");
                            failed = true;
                            break;
                        }
                        while (copy-- > 0) {
                            lens[have++] = len;
                        }
                    }
                    if (failed) {
                        break;
                    }
                    if (lens[256] == 0) {
                        bad("invalid code -- missing end-of-block");
                        break;
                    }
                    lencode = Huffman.build(lens, 0, nlen, Huffman.LENS);
                    if (lencode == null) {
                        bad("invalid literal/lengths set");
                        break;
                    }
                    distcode = Huffman.build(lens, nlen, ndist, Huffman.DISTS);
                    if (distcode == null) {
                        bad("invalid distances set");
                        break;
                    }
                    mode = LEN;
                    break;
                }
                case LEN: {
                    int sym = decode(lencode);
                    if (sym == NEED_INPUT) {
                        break loop;
                    }
                    if (sym == INVALID || sym > 285) {
                        bad("invalid literal/length code");
                        break;
                    }
                    if (sym < 256) {
                        length = sym;
                        mode = LIT;
                        break;
                    }
                    if (sym == 256) {
                        mode = TYPE;
                        break;
                    }
                    length = LBASE[sym - 257];
                    extra = LEXT[sym - 257];
                    mode = LENEXT;
                    break;
                }
                case LENEXT:
                    if (extra != 0) {
                        if (!need(extra)) {
                            break loop;
                        }
                        length += take(extra);
                    }
                    mode = DIST;
                    break;
                case DIST: {
                    int sym = decode(distcode);
                    if (sym == NEED_INPUT) {
                        break loop;
                    }
                    if (sym == INVALID || sym > 29) {
                        bad("invalid distance code");
                        break;
                    }
                    offset = DBASE[sym];
                    extra = DEXT[sym];
                    mode = DISTEXT;
                    break;
                }
                case DISTEXT:
                    if (extra != 0) {
                        if (!need(extra)) {
                            break loop;
                        }
                        offset += take(extra);
                    }
                    mode = MATCH;
                    break;
                case MATCH: {
                    if (strm.availOut == 0) {
                        break loop;
                    }
                    // zlib: the distance may reach back over this call's output, then its window
                    if (offset > whave || offset > (out0 - strm.availOut) + zwhave) {
                        bad("invalid distance too far back");
                        break;
                    }
                    int copy = Math.min(length, strm.availOut);
                    byte[] out = strm.out;
                    int put = strm.nextOut;
                    for (int i = 0; i < copy; i++) {
                        byte b = window[(wnext - offset) & (WSIZE - 1)];
                        out[put++] = b;
                        remember(b);
                    }
                    strm.nextOut = put;
                    strm.availOut -= copy;
                    length -= copy;
                    if (length == 0) {
                        mode = LEN;
                    }
                    break;
                }
                case LIT:
                    if (strm.availOut == 0) {
                        break loop;
                    }
                    strm.out[strm.nextOut++] = (byte) length;
                    remember((byte) length);
                    strm.availOut--;
                    mode = LEN;
                    break;
                case CHECK:
                    if (wrap != 0) {
                        if (!need(32)) {
                            break loop;
                        }
                        checkFrom = updateCheck(checkFrom);
                        int want = flags != 0 ? (int) hold : swap32((int) hold);
                        if ((wrap & 4) != 0 && want != check) {
                            bad("incorrect data check");
                            break;
                        }
                        hold = 0;
                        bits = 0;
                    }
                    mode = LENGTH;
                    break;
                case LENGTH:
                    if (wrap != 0 && flags != 0) {
                        if (!need(32)) {
                            break loop;
                        }
                        if ((wrap & 4) != 0 && (hold & 0xffffffffL) != (total & 0xffffffffL)) {
                            bad("incorrect length check");
                            break;
                        }
                        hold = 0;
                        bits = 0;
                    }
                    mode = DONE;
                    break;
                case DONE:
                    ret = Z_STREAM_END;
                    break loop;
                default:
                    ret = Z_DATA_ERROR;
                    break loop;
            }
        }
        if (mode != BAD) {
            updateCheck(checkFrom);
        }
        int in = in0 - strm.availIn;
        int out = out0 - strm.availOut;
        if (mode < BAD && (mode < CHECK || !finish)) {
            zwhave = (int) Math.min((long) zwhave + out, 1L << (wbits == 0 ? 15 : wbits));
        }
        strm.totalIn += in;
        strm.totalOut += out;
        if (((in == 0 && out == 0) || finish) && ret == Z_OK) {
            ret = Z_BUF_ERROR;
        }
        return ret;
    }

    /** Folds the output from {@code from} to the current position into the check value. */
    private int updateCheck(int from) {
        int n = strm.nextOut - from;
        if (n > 0) {
            total += n;
            if ((wrap & 4) != 0) {
                check = flags != 0 ? Checksums.crc32(check, strm.out, from, n)
                        : Checksums.adler32(check, strm.out, from, n);
                strm.adler = check;
            }
        }
        return strm.nextOut;
    }

    private static int swap32(int v) {
        return (v >>> 24) | ((v >>> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
    }

    private void crcHold(int n) {
        if ((flags & 0x200) != 0 && (wrap & 4) != 0) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) (hold >>> (8 * i));
            }
            check = Checksums.crc32(check, b, 0, n);
        }
    }
}
