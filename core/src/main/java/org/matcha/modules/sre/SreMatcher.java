package org.matcha.modules.sre;

import org.matcha.objects.Errors;
import org.matcha.vm.Interpreter;

/**
 * One matching state over a subject (CPython's SRE_STATE) and the interpreter of SRE code words.
 * Backtracking keeps its frames in explicit stacks, never in Java recursion, so deep patterns and
 * long subjects cannot overflow the host stack: a frame that needs a sub-match records where to
 * resume, pushes a child frame and returns to the driver loop in {@link #run}.
 * CPython: Modules/_sre/sre_lib.h (SRE(match), SRE(count), SRE(search)) and sre.c (state_*).
 */
final class SreMatcher {
    /** A REPEAT in progress (CPython: SRE_REPEAT). */
    private static final class Repeat {
        int count;
        int pattern;
        int lastPtr;
        Repeat prev;
    }

    /** One backtracking frame (CPython: SRE(match_context)). */
    private static final class Frame {
        int pattern;
        int ptr;
        int count;
        int lastmark;
        int lastindex;
        /** LITERAL tail char for REPEAT_ONE, or 1 when marks were pushed (MIN_UNTIL, ASSERT_NOT). */
        int chr;
        boolean toplevel;
        int resume;
        int startPc;
        Repeat rep;
    }

    private static final int CALL = 2;
    /** A position no pointer can have: CPython's NULL last_ptr. */
    private static final int NO_PTR = Integer.MIN_VALUE;

    private static final int J_BRANCH = 1;
    private static final int J_REPEAT_ONE_1 = 2;
    private static final int J_REPEAT_ONE_2 = 3;
    private static final int J_MIN_REPEAT_ONE = 4;
    private static final int J_REPEAT = 5;
    private static final int J_MAX_UNTIL_1 = 6;
    private static final int J_MAX_UNTIL_2 = 7;
    private static final int J_MAX_UNTIL_3 = 8;
    private static final int J_MIN_UNTIL_1 = 9;
    private static final int J_MIN_UNTIL_2 = 10;
    private static final int J_MIN_UNTIL_3 = 11;
    private static final int J_POSS_REPEAT_1 = 12;
    private static final int J_POSS_REPEAT_2 = 13;
    private static final int J_ATOMIC_GROUP = 14;
    private static final int J_ASSERT = 15;
    private static final int J_ASSERT_NOT = 16;

    final int[] code;
    final int[] text;
    /** The subject's slice bounds after clipping pos/endpos (CPython: state->pos, state->endpos). */
    final int pos;
    final int endpos;
    int start;
    int end;
    int ptr;
    int[] marks;
    int lastmark = -1;
    int lastindex = -1;
    boolean matchAll;
    boolean mustAdvance;
    private Repeat repeat;
    private int[] data = new int[64];
    private int dataTop;
    private Frame[] frames = new Frame[16];
    private int depth;
    private int steps;

    SreMatcher(int[] code, int[] text, int length, long pos, long endpos, int groups) {
        this.code = code;
        this.text = text;
        int s = pos < 0 ? 0 : pos > length ? length : (int) pos;
        int e = endpos < 0 ? 0 : endpos > length ? length : (int) endpos;
        this.pos = s;
        this.endpos = e;
        this.start = s;
        this.end = e;
        this.ptr = s;
        this.marks = new int[2 * groups + 2];
    }

    /** CPython: state_reset. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
        depth = 0;
    }

    /** Mark {@code i} (a position), or -1 when unset. */
    int mark(int i) {
        return i <= lastmark ? marks[i] : -1;
    }

    // ---- entry points ----

    /** Anchored match at {@link #start}. CPython: sre_match. */
    boolean match() {
        ptr = start;
        return run(0, true) != 0;
    }

    /** CPython: SRE(search). */
    boolean search() {
        int p = start;
        int searchEnd = end;
        if (p > searchEnd) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int prefixLen = 0;
        int prefix = 0;
        int charset = -1;
        if (code[0] == SreCode.INFO) {
            flags = code[2];
            long min = code[3] & 0xFFFFFFFFL;
            if (min != 0 && searchEnd - p < min) {
                return false;
            }
            if (min > 1) {
                searchEnd -= (int) Math.min(min - 1, Integer.MAX_VALUE);
                if (searchEnd <= p) {
                    searchEnd = p;
                }
            }
            if ((flags & SreCode.INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefix = 7;
            } else if ((flags & SreCode.INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }
        if (prefixLen >= 1 || charset >= 0) {
            // Candidate positions start with the prefix's first char or a char of the charset; the
            // whole pattern is then tried there (the prefix words are simply checked again).
            mustAdvance = false;
            int first = prefixLen >= 1 ? code[prefix] : 0;
            while (p < end) {
                if (prefixLen >= 1 ? text[p] == first : SreChars.inCharset(code, charset, text[p])) {
                    start = p;
                    ptr = p;
                    if (run(pc, false) != 0) {
                        return true;
                    }
                    lastmark = -1;
                    lastindex = -1;
                }
                p++;
                tick();
            }
            return false;
        }
        start = p;
        ptr = p;
        int status = run(pc, true);
        mustAdvance = false;
        if (status == 0 && code[pc] == SreCode.AT
                && (code[pc + 1] == SreCode.AT_BEGINNING || code[pc + 1] == SreCode.AT_BEGINNING_STRING)) {
            start = ptr = end;
            return false;
        }
        int first = firstItem(pc);
        while (status == 0 && p < searchEnd) {
            p++;
            lastmark = -1;
            lastindex = -1;
            if (first >= 0 && (p >= end || !itemMatches(first, text[p]))) {
                tick();   // no match can start here: skip the attempt
                continue;
            }
            start = p;
            ptr = p;
            status = run(pc, false);
        }
        return status != 0;
    }

    /**
     * The one-character item that every match must consume first, or -1: the pattern's first op
     * after MARKs and zero-width ATs, when it is such an item or a REPEAT_ONE of one with min >= 1.
     * Lets the general search loop skip start positions without running the pattern (CPython's
     * SRE(search) runs it at each one; the outcome is the same).
     */
    private int firstItem(int pc) {
        for (;;) {
            switch (code[pc]) {
                case SreCode.MARK:
                case SreCode.AT:
                    pc += 2;
                    break;
                case SreCode.REPEAT_ONE:
                case SreCode.MIN_REPEAT_ONE:
                case SreCode.POSSESSIVE_REPEAT_ONE:
                    return u(code[pc + 2]) >= 1 && isItem(code[pc + 4]) ? pc + 4 : -1;
                default:
                    return isItem(code[pc]) ? pc : -1;
            }
        }
    }

    private static boolean isItem(int op) {
        switch (op) {
            case SreCode.ANY: case SreCode.LITERAL: case SreCode.NOT_LITERAL: case SreCode.LITERAL_IGNORE:
            case SreCode.NOT_LITERAL_IGNORE: case SreCode.LITERAL_UNI_IGNORE: case SreCode.NOT_LITERAL_UNI_IGNORE:
            case SreCode.LITERAL_LOC_IGNORE: case SreCode.NOT_LITERAL_LOC_IGNORE: case SreCode.CATEGORY:
            case SreCode.IN: case SreCode.IN_IGNORE: case SreCode.IN_UNI_IGNORE: case SreCode.IN_LOC_IGNORE:
                return true;
            default:
                return false;
        }
    }

    private void tick() {
        if ((++steps & 0xFFF) == 0) {
            Interpreter.checkInterrupt();
        }
    }

    // ---- the driver: frames instead of recursion ----

    private int run(int pc, boolean toplevel) {
        depth = 0;
        dataTop = 0;
        Frame f = push(pc, toplevel);
        int ret = enter(f);
        for (;;) {
            if (ret == CALL) {
                f = frames[depth - 1];
                ret = enter(f);
                continue;
            }
            depth--;
            if (depth == 0) {
                return ret;
            }
            f = frames[depth - 1];
            ret = resume(f, ret);
        }
    }

    private Frame push(int pc, boolean toplevel) {
        if (depth == frames.length) {
            frames = java.util.Arrays.copyOf(frames, depth * 2);
        }
        Frame f = frames[depth];
        if (f == null) {
            f = frames[depth] = new Frame();
        }
        depth++;
        f.startPc = pc;
        f.toplevel = toplevel;
        f.rep = null;
        f.count = 0;
        f.chr = 0;
        f.resume = 0;
        return f;
    }

    /** Saves the frame's loop state and starts a child frame at {@code next} (CPython: DO_JUMPX). */
    private int call(Frame f, int resume, int pattern, int ptr, int next, boolean toplevel) {
        f.pattern = pattern;
        f.ptr = ptr;
        f.resume = resume;
        push(next, toplevel);
        return CALL;
    }

    private int enter(Frame f) {
        int pattern = f.startPc;
        int p = ptr;
        if (code[pattern] == SreCode.INFO) {
            long min = code[pattern + 3] & 0xFFFFFFFFL;
            if (min != 0 && end - p < min) {
                return 0;
            }
            pattern += code[pattern + 1] + 1;
        }
        return dispatch(f, pattern, p);
    }

    // ---- the marks stack (CPython: MARK_PUSH / MARK_POP / DATA_PUSH) ----

    private void dataPush(int v) {
        if (dataTop == data.length) {
            data = java.util.Arrays.copyOf(data, dataTop * 2);
        }
        data[dataTop++] = v;
    }

    private int dataPop() {
        return data[--dataTop];
    }

    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            while (dataTop + n > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            System.arraycopy(marks, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    private void markPop(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dataTop - n, marks, 0, n);
            dataTop -= n;
        }
    }

    private void markPopKeep(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            System.arraycopy(data, dataTop - n, marks, 0, n);
        }
    }

    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
        }
    }

    private void saveLastmark(Frame f) {
        f.lastmark = lastmark;
        f.lastindex = lastindex;
    }

    private void restoreLastmark(Frame f) {
        lastmark = f.lastmark;
        lastindex = f.lastindex;
    }

    private static long u(int word) {
        return word & 0xFFFFFFFFL;
    }

    private static RuntimeException illegal() {
        return Errors.runtimeError("invalid SRE code");
    }

    // ---- the opcode loop ----

    private int dispatch(Frame f, int pattern, int p) {
        final int[] code = this.code;
        final int[] text = this.text;
        final int end = this.end;
        for (;;) {
            tick();
            switch (code[pattern++]) {
                case SreCode.MARK: {
                    int i = code[pattern];
                    if ((i & 1) != 0) {
                        lastindex = i / 2 + 1;
                    }
                    if (i > lastmark) {
                        if (i >= marks.length) {
                            marks = java.util.Arrays.copyOf(marks, Math.max(i + 1, marks.length * 2));
                        }
                        for (int j = lastmark + 1; j < i; j++) {
                            marks[j] = -1;
                        }
                        lastmark = i;
                    }
                    marks[i] = p;
                    pattern++;
                    break;
                }
                case SreCode.LITERAL:
                    if (p >= end || text[p] != code[pattern]) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.NOT_LITERAL:
                    if (p >= end || text[p] == code[pattern]) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.SUCCESS:
                    if (f.toplevel && ((matchAll && p != end) || (mustAdvance && p == start))) {
                        return 0;
                    }
                    ptr = p;
                    return 1;
                case SreCode.AT:
                    if (!at(p, code[pattern])) {
                        return 0;
                    }
                    pattern++;
                    break;
                case SreCode.CATEGORY:
                    if (p >= end || !SreChars.category(code[pattern], text[p])) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.ANY:
                    if (p >= end || text[p] == '\n') {
                        return 0;
                    }
                    p++;
                    break;
                case SreCode.ANY_ALL:
                    if (p >= end) {
                        return 0;
                    }
                    p++;
                    break;
                case SreCode.IN:
                    if (p >= end || !SreChars.inCharset(code, pattern + 1, text[p])) {
                        return 0;
                    }
                    pattern += code[pattern];
                    p++;
                    break;
                case SreCode.LITERAL_IGNORE:
                    if (p >= end || SreChars.lowerAscii(text[p]) != code[pattern]) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.LITERAL_UNI_IGNORE:
                    if (p >= end || SreChars.lowerUnicode(text[p]) != code[pattern]) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.LITERAL_LOC_IGNORE:
                    if (p >= end || !SreChars.charLocIgnore(code[pattern], text[p])) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.NOT_LITERAL_IGNORE:
                    if (p >= end || SreChars.lowerAscii(text[p]) == code[pattern]) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.NOT_LITERAL_UNI_IGNORE:
                    if (p >= end || SreChars.lowerUnicode(text[p]) == code[pattern]) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.NOT_LITERAL_LOC_IGNORE:
                    if (p >= end || SreChars.charLocIgnore(code[pattern], text[p])) {
                        return 0;
                    }
                    pattern++;
                    p++;
                    break;
                case SreCode.IN_IGNORE:
                    if (p >= end || !SreChars.inCharset(code, pattern + 1, SreChars.lowerAscii(text[p]))) {
                        return 0;
                    }
                    pattern += code[pattern];
                    p++;
                    break;
                case SreCode.IN_UNI_IGNORE:
                    if (p >= end || !SreChars.inCharset(code, pattern + 1, SreChars.lowerUnicode(text[p]))) {
                        return 0;
                    }
                    pattern += code[pattern];
                    p++;
                    break;
                case SreCode.IN_LOC_IGNORE:
                    if (p >= end || !SreChars.inCharsetLocIgnore(code, pattern + 1, text[p])) {
                        return 0;
                    }
                    pattern += code[pattern];
                    p++;
                    break;
                case SreCode.JUMP:
                case SreCode.INFO:
                    pattern += code[pattern];
                    break;
                case SreCode.BRANCH:
                    saveLastmark(f);
                    if (repeat != null) {
                        markPush(f.lastmark);
                    }
                    return branch(f, pattern, p);
                case SreCode.REPEAT_ONE: {
                    long min = u(code[pattern + 1]);
                    if (min > end - p) {
                        return 0;
                    }
                    ptr = p;
                    int n = count(pattern + 3, code[pattern + 2]);
                    f.count = n;
                    p += n;
                    if (n < min) {
                        return 0;
                    }
                    int next = pattern + code[pattern];
                    if (code[next] == SreCode.SUCCESS && p == end && !(f.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        return 1;
                    }
                    saveLastmark(f);
                    if (repeat != null) {
                        markPush(f.lastmark);
                    }
                    if (code[next] == SreCode.LITERAL) {
                        f.chr = code[next + 1];
                        return repeatOneLiteral(f, pattern, p);
                    }
                    return repeatOneGeneral(f, pattern, p);
                }
                case SreCode.MIN_REPEAT_ONE: {
                    long min = u(code[pattern + 1]);
                    if (min > end - p) {
                        return 0;
                    }
                    ptr = p;
                    if (min == 0) {
                        f.count = 0;
                    } else {
                        int n = count(pattern + 3, code[pattern + 1]);
                        if (n < min) {
                            return 0;
                        }
                        f.count = n;
                        p += n;
                    }
                    int next = pattern + code[pattern];
                    if (code[next] == SreCode.SUCCESS
                            && !(f.toplevel && ((matchAll && p != end) || (mustAdvance && p == start)))) {
                        ptr = p;
                        return 1;
                    }
                    saveLastmark(f);
                    if (repeat != null) {
                        markPush(f.lastmark);
                    }
                    return minRepeatOne(f, pattern, p);
                }
                case SreCode.POSSESSIVE_REPEAT_ONE: {
                    long min = u(code[pattern + 1]);
                    if (min > end - p) {
                        return 0;
                    }
                    ptr = p;
                    int n = count(pattern + 3, code[pattern + 2]);
                    f.count = n;
                    p += n;
                    if (n < min) {
                        return 0;
                    }
                    pattern += code[pattern];
                    if (code[pattern] == SreCode.SUCCESS && p == end && !(f.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        return 1;
                    }
                    break;
                }
                case SreCode.REPEAT: {
                    Repeat r = new Repeat();
                    r.count = -1;
                    r.pattern = pattern;
                    r.prev = repeat;
                    r.lastPtr = NO_PTR;
                    f.rep = r;
                    repeat = r;
                    ptr = p;
                    return call(f, J_REPEAT, pattern, p, pattern + code[pattern], f.toplevel);
                }
                case SreCode.MAX_UNTIL: {
                    Repeat r = repeat;
                    if (r == null) {
                        throw Errors.runtimeError("internal error in regular expression engine");
                    }
                    f.rep = r;
                    ptr = p;
                    f.count = r.count + 1;
                    if (f.count < u(code[r.pattern + 1])) {
                        r.count = f.count;
                        return call(f, J_MAX_UNTIL_1, pattern, p, r.pattern + 3, f.toplevel);
                    }
                    return maxUntilMore(f, pattern, p);
                }
                case SreCode.MIN_UNTIL: {
                    Repeat r = repeat;
                    if (r == null) {
                        throw Errors.runtimeError("internal error in regular expression engine");
                    }
                    f.rep = r;
                    ptr = p;
                    f.count = r.count + 1;
                    if (f.count < u(code[r.pattern + 1])) {
                        r.count = f.count;
                        return call(f, J_MIN_UNTIL_1, pattern, p, r.pattern + 3, f.toplevel);
                    }
                    repeat = r.prev;
                    saveLastmark(f);
                    f.chr = repeat != null ? 1 : 0;
                    if (repeat != null) {
                        markPush(f.lastmark);
                    }
                    return call(f, J_MIN_UNTIL_2, pattern, p, pattern, f.toplevel);
                }
                case SreCode.POSSESSIVE_REPEAT:
                    ptr = p;
                    f.count = 0;
                    return possessiveMin(f, pattern, p);
                case SreCode.ATOMIC_GROUP:
                    ptr = p;
                    return call(f, J_ATOMIC_GROUP, pattern, p, pattern + 1, false);
                case SreCode.GROUPREF:
                case SreCode.GROUPREF_IGNORE:
                case SreCode.GROUPREF_UNI_IGNORE:
                case SreCode.GROUPREF_LOC_IGNORE: {
                    int op = code[pattern - 1];
                    int g = code[pattern] * 2;
                    if (g >= lastmark) {
                        return 0;
                    }
                    int s = marks[g];
                    int e = marks[g + 1];
                    if (s < 0 || e < 0 || e < s) {
                        return 0;
                    }
                    while (s < e) {
                        if (p >= end || !sameChar(op, text[p], text[s])) {
                            return 0;
                        }
                        s++;
                        p++;
                    }
                    pattern++;
                    break;
                }
                case SreCode.GROUPREF_EXISTS: {
                    int g = code[pattern] * 2;
                    if (g >= lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g]) {
                        pattern += code[pattern + 1];
                    } else {
                        pattern += 2;
                    }
                    break;
                }
                case SreCode.ASSERT: {
                    long back = u(code[pattern + 1]);
                    if (p < back) {
                        return 0;
                    }
                    ptr = p - (int) back;
                    return call(f, J_ASSERT, pattern, p, pattern + 2, false);
                }
                case SreCode.ASSERT_NOT: {
                    long back = u(code[pattern + 1]);
                    if (p >= back) {
                        ptr = p - (int) back;
                        saveLastmark(f);
                        f.chr = repeat != null ? 1 : 0;
                        if (repeat != null) {
                            markPush(f.lastmark);
                        }
                        return call(f, J_ASSERT_NOT, pattern, p, pattern + 2, false);
                    }
                    pattern += code[pattern];
                    break;
                }
                case SreCode.FAILURE:
                    return 0;
                default:
                    throw illegal();
            }
        }
    }

    private boolean sameChar(int op, int a, int b) {
        switch (op) {
            case SreCode.GROUPREF_IGNORE:
                return SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
            case SreCode.GROUPREF_UNI_IGNORE:
                return SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
            case SreCode.GROUPREF_LOC_IGNORE:
                return SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
            default:
                return a == b;
        }
    }

    // ---- continuations after a child frame returns ----

    private int resume(Frame f, int ret) {
        int pattern = f.pattern;
        int p = f.ptr;
        Repeat r = f.rep;
        switch (f.resume) {
            case J_BRANCH:
                if (ret != 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return 1;
                }
                if (repeat != null) {
                    markPopKeep(f.lastmark);
                }
                restoreLastmark(f);
                return branch(f, pattern + code[pattern], p);
            case J_REPEAT_ONE_1:
            case J_REPEAT_ONE_2:
                if (ret != 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return 1;
                }
                if (repeat != null) {
                    markPopKeep(f.lastmark);
                }
                restoreLastmark(f);
                p--;
                f.count--;
                return f.resume == J_REPEAT_ONE_1 ? repeatOneLiteral(f, pattern, p) : repeatOneGeneral(f, pattern, p);
            case J_MIN_REPEAT_ONE:
                if (ret != 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return 1;
                }
                if (repeat != null) {
                    markPopKeep(f.lastmark);
                }
                restoreLastmark(f);
                ptr = p;
                if (count(pattern + 3, 1) == 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return 0;
                }
                p++;
                f.count++;
                return minRepeatOne(f, pattern, p);
            case J_REPEAT:
                repeat = r.prev;
                return ret != 0 ? 1 : 0;
            case J_MAX_UNTIL_1:
            case J_MIN_UNTIL_1:
                if (ret != 0) {
                    return 1;
                }
                r.count = f.count - 1;
                ptr = p;
                return 0;
            case J_MAX_UNTIL_2:
                r.lastPtr = dataPop();
                if (ret != 0) {
                    markPopDiscard(f.lastmark);
                    return 1;
                }
                markPop(f.lastmark);
                restoreLastmark(f);
                r.count = f.count - 1;
                ptr = p;
                return maxUntilTail(f, pattern, p);
            case J_MAX_UNTIL_3:
                repeat = r;
                if (ret != 0) {
                    return 1;
                }
                ptr = p;
                return 0;
            case J_MIN_UNTIL_2: {
                boolean pushed = f.chr != 0;
                repeat = r;
                if (ret != 0) {
                    if (pushed) {
                        markPopDiscard(f.lastmark);
                    }
                    return 1;
                }
                if (pushed) {
                    markPop(f.lastmark);
                }
                restoreLastmark(f);
                ptr = p;
                int max = code[r.pattern + 2];
                if ((f.count >= u(max) && max != SreCode.MAXREPEAT) || ptr == r.lastPtr) {
                    return 0;
                }
                r.count = f.count;
                dataPush(r.lastPtr);
                r.lastPtr = ptr;
                return call(f, J_MIN_UNTIL_3, pattern, p, r.pattern + 3, f.toplevel);
            }
            case J_MIN_UNTIL_3:
                r.lastPtr = dataPop();
                if (ret != 0) {
                    return 1;
                }
                r.count = f.count - 1;
                ptr = p;
                return 0;
            case J_POSS_REPEAT_1:
                if (ret != 0) {
                    f.count++;
                    return possessiveMin(f, pattern, p);
                }
                ptr = p;
                return 0;
            case J_POSS_REPEAT_2:
                if (ret != 0) {
                    markPopDiscard(f.lastmark);
                    f.count++;
                    return possessiveMore(f, pattern, p);
                }
                markPop(f.lastmark);
                restoreLastmark(f);
                ptr = p;
                return possessiveTail(f, pattern);
            case J_ATOMIC_GROUP:
                if (ret == 0) {
                    ptr = p;
                    return 0;
                }
                return dispatch(f, pattern + code[pattern], ptr);
            case J_ASSERT:
                if (ret == 0) {
                    return 0;
                }
                return dispatch(f, pattern + code[pattern], p);
            case J_ASSERT_NOT:
                if (ret != 0) {
                    if (f.chr != 0) {
                        markPopDiscard(f.lastmark);
                    }
                    return 0;
                }
                if (f.chr != 0) {
                    markPop(f.lastmark);
                }
                restoreLastmark(f);
                return dispatch(f, pattern + code[pattern], p);
            default:
                throw illegal();
        }
    }

    /** Tries the alternatives of a BRANCH from the one at {@code pattern}. */
    private int branch(Frame f, int pattern, int p) {
        for (; code[pattern] != 0; pattern += code[pattern]) {
            int first = code[pattern + 1];
            if (first == SreCode.LITERAL && (p >= end || text[p] != code[pattern + 2])) {
                continue;
            }
            if (first == SreCode.IN && (p >= end || !SreChars.inCharset(code, pattern + 3, text[p]))) {
                continue;
            }
            ptr = p;
            return call(f, J_BRANCH, pattern, p, pattern + 1, f.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(f.lastmark);
        }
        return 0;
    }

    /** REPEAT_ONE whose tail starts with a literal: back off to positions where it can match. */
    private int repeatOneLiteral(Frame f, int pattern, int p) {
        long min = u(code[pattern + 1]);
        while (f.count >= min && (p >= end || text[p] != f.chr)) {
            p--;
            f.count--;
        }
        if (f.count >= min) {
            ptr = p;
            return call(f, J_REPEAT_ONE_1, pattern, p, pattern + code[pattern], f.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(f.lastmark);
        }
        return 0;
    }

    private int repeatOneGeneral(Frame f, int pattern, int p) {
        if (f.count >= u(code[pattern + 1])) {
            ptr = p;
            return call(f, J_REPEAT_ONE_2, pattern, p, pattern + code[pattern], f.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(f.lastmark);
        }
        return 0;
    }

    private int minRepeatOne(Frame f, int pattern, int p) {
        int max = code[pattern + 2];
        if (max == SreCode.MAXREPEAT || f.count <= u(max)) {
            ptr = p;
            return call(f, J_MIN_REPEAT_ONE, pattern, p, pattern + code[pattern], f.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(f.lastmark);
        }
        return 0;
    }

    private int maxUntilMore(Frame f, int pattern, int p) {
        Repeat r = f.rep;
        int max = code[r.pattern + 2];
        if ((f.count < u(max) || max == SreCode.MAXREPEAT) && ptr != r.lastPtr) {
            r.count = f.count;
            saveLastmark(f);
            markPush(f.lastmark);
            dataPush(r.lastPtr);
            r.lastPtr = ptr;
            return call(f, J_MAX_UNTIL_2, pattern, p, r.pattern + 3, f.toplevel);
        }
        return maxUntilTail(f, pattern, p);
    }

    private int maxUntilTail(Frame f, int pattern, int p) {
        repeat = f.rep.prev;
        return call(f, J_MAX_UNTIL_3, pattern, p, pattern, f.toplevel);
    }

    private int possessiveMin(Frame f, int pattern, int p) {
        if (f.count < u(code[pattern + 1])) {
            return call(f, J_POSS_REPEAT_1, pattern, p, pattern + 3, false);
        }
        return possessiveMore(f, pattern, NO_PTR);
    }

    private int possessiveMore(Frame f, int pattern, int p) {
        int max = code[pattern + 2];
        if ((f.count < u(max) || max == SreCode.MAXREPEAT) && ptr != p) {
            saveLastmark(f);
            markPush(f.lastmark);
            p = ptr;
            return call(f, J_POSS_REPEAT_2, pattern, p, pattern + 3, false);
        }
        return possessiveTail(f, pattern);
    }

    private int possessiveTail(Frame f, int pattern) {
        return dispatch(f, pattern + code[pattern] + 1, ptr);
    }

    // ---- single-character helpers ----

    /** CPython: SRE(at). */
    private boolean at(int p, int atcode) {
        switch (atcode) {
            case SreCode.AT_BEGINNING:
            case SreCode.AT_BEGINNING_STRING:
                return p == 0;
            case SreCode.AT_BEGINNING_LINE:
                return p == 0 || text[p - 1] == '\n';
            case SreCode.AT_END:
                return (end - p == 1 && text[p] == '\n') || p == end;
            case SreCode.AT_END_LINE:
                return p == end || text[p] == '\n';
            case SreCode.AT_END_STRING:
                return p == end;
            case SreCode.AT_BOUNDARY:
            case SreCode.AT_NON_BOUNDARY:
            case SreCode.AT_LOC_BOUNDARY:
            case SreCode.AT_LOC_NON_BOUNDARY:
            case SreCode.AT_UNI_BOUNDARY:
            case SreCode.AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean that = p > 0 && isWord(atcode, text[p - 1]);
                boolean thisp = p < end && isWord(atcode, text[p]);
                boolean boundary = atcode == SreCode.AT_BOUNDARY || atcode == SreCode.AT_LOC_BOUNDARY
                        || atcode == SreCode.AT_UNI_BOUNDARY;
                return boundary ? thisp != that : thisp == that;
            }
            default:
                return false;
        }
    }

    private static boolean isWord(int atcode, int ch) {
        switch (atcode) {
            case SreCode.AT_LOC_BOUNDARY:
            case SreCode.AT_LOC_NON_BOUNDARY:
                return SreChars.isLocaleWord(ch);
            case SreCode.AT_UNI_BOUNDARY:
            case SreCode.AT_UNI_NON_BOUNDARY:
                return SreChars.isUnicodeWord(ch);
            default:
                return SreChars.isAsciiWord(ch);
        }
    }

    /** Whether the one-character item at {@code pc} matches {@code ch}. */
    private boolean itemMatches(int pc, int ch) {
        int arg = code[pc + 1];
        switch (code[pc]) {
            case SreCode.ANY:
                return ch != '\n';
            case SreCode.ANY_ALL:
                return true;
            case SreCode.LITERAL:
                return ch == arg;
            case SreCode.NOT_LITERAL:
                return ch != arg;
            case SreCode.LITERAL_IGNORE:
                return SreChars.lowerAscii(ch) == arg;
            case SreCode.NOT_LITERAL_IGNORE:
                return SreChars.lowerAscii(ch) != arg;
            case SreCode.LITERAL_UNI_IGNORE:
                return SreChars.lowerUnicode(ch) == arg;
            case SreCode.NOT_LITERAL_UNI_IGNORE:
                return SreChars.lowerUnicode(ch) != arg;
            case SreCode.LITERAL_LOC_IGNORE:
                return SreChars.charLocIgnore(arg, ch);
            case SreCode.NOT_LITERAL_LOC_IGNORE:
                return !SreChars.charLocIgnore(arg, ch);
            case SreCode.CATEGORY:
                return SreChars.category(arg, ch);
            case SreCode.IN:
                return SreChars.inCharset(code, pc + 2, ch);
            case SreCode.IN_IGNORE:
                return SreChars.inCharset(code, pc + 2, SreChars.lowerAscii(ch));
            case SreCode.IN_UNI_IGNORE:
                return SreChars.inCharset(code, pc + 2, SreChars.lowerUnicode(ch));
            case SreCode.IN_LOC_IGNORE:
                return SreChars.inCharsetLocIgnore(code, pc + 2, ch);
            default:
                throw illegal();
        }
    }

    /** How many times (up to maxcount) the one-character item at {@code pc} matches from {@link #ptr}. CPython: SRE(count). */
    private int count(int pc, int maxcount) {
        int p = ptr;
        int stop = end;
        if (maxcount != SreCode.MAXREPEAT && u(maxcount) < stop - p) {
            stop = p + maxcount;
        }
        final int[] text = this.text;
        switch (code[pc]) {
            case SreCode.ANY_ALL:
                p = stop;
                break;
            case SreCode.ANY:
                while (p < stop && text[p] != '\n') {
                    p++;
                }
                break;
            case SreCode.LITERAL: {
                int c = code[pc + 1];
                while (p < stop && text[p] == c) {
                    p++;
                }
                break;
            }
            case SreCode.NOT_LITERAL: {
                int c = code[pc + 1];
                while (p < stop && text[p] != c) {
                    p++;
                }
                break;
            }
            case SreCode.IN:
                while (p < stop && SreChars.inCharset(code, pc + 2, text[p])) {
                    p++;
                }
                break;
            default:
                while (p < stop && itemMatches(pc, text[p])) {
                    p++;
                }
                break;
        }
        return p - ptr;
    }
}
