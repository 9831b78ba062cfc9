package org.matcha.lexer;

import java.util.ArrayList;

/**
 * The f-strings the lexer is inside, innermost last. Each f-string is in one of three modes:
 * its literal text, a replacement field's expression, or a format spec; fields nest inside
 * format specs. PEP 701's tokenizer modes, restricted to what 3.11 accepts.
 */
final class FStringStack {
    static final int LITERAL = 0;
    static final int EXPR = 1;
    static final int SPEC = 2;

    static final class Frame {
        final char quote;
        final boolean triple;
        final boolean raw;
        /** Char index of the f-string's prefix, where 3.11 reports most f-string errors. */
        final int start;
        int mode = LITERAL;
        /** Paren depth when the current replacement field opened; '}' at this depth closes it. */
        int fieldParenBase;
        /** Saved (mode, fieldParenBase) pairs of enclosing fields, for fields nested in specs. */
        final ArrayList<int[]> outer = new ArrayList<>();

        Frame(char quote, boolean triple, boolean raw, int start) {
            this.quote = quote;
            this.triple = triple;
            this.raw = raw;
            this.start = start;
        }
    }

    private final ArrayList<Frame> frames = new ArrayList<>();

    Frame top() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }

    int depth() {
        return frames.size();
    }

    void push(char quote, boolean triple, boolean raw, int start, int parenDepth) {
        frames.add(new Frame(quote, triple, raw, start));
    }

    void pop() {
        frames.remove(frames.size() - 1);
    }

    /** '{' in literal text or a format spec opens a replacement field. */
    void openField(int parenDepth) {
        Frame f = top();
        f.outer.add(new int[] {f.mode, f.fieldParenBase});
        f.mode = EXPR;
        f.fieldParenBase = parenDepth;
    }

    /** ':' at the field's own depth starts its format spec. */
    void startSpec() {
        top().mode = SPEC;
    }

    /** '}' ends the current field; the enclosing mode resumes. */
    void closeField() {
        Frame f = top();
        int[] saved = f.outer.remove(f.outer.size() - 1);
        f.mode = saved[0];
        f.fieldParenBase = saved[1];
    }

    /**
     * 3.11 lexes an f-string as one STRING token, so a string inside a replacement field that
     * uses an enclosing f-string's quote ends that f-string there; report what 3.11 reports.
     */
    void checkNestedQuote(Lexer lexer, char quote, boolean triple, int at) {
        for (int k = 0; k < frames.size(); k++) {
            Frame f = frames.get(k);
            if (f.quote == quote && (!f.triple || triple)) {
                // what 3.11's fstring_find_expr finds at the end of the shortened f-string
                String msg;
                char open = lexer.openBracketAbove(f.fieldParenBase);
                if (k < frames.size() - 1) {
                    msg = "f-string: unterminated string";
                } else if (f.mode == EXPR && open != 0) {
                    msg = "f-string: unmatched '" + open + "'";
                } else {
                    msg = "f-string: expecting '}'";
                }
                throw lexer.cursorError(msg, f.start, f.start);
            }
        }
    }
}
