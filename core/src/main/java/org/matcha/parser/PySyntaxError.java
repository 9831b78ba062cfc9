package org.matcha.parser;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) raised by the lexer or parser,
 * carrying CPython's SyntaxError attributes. Offsets are 1-based character offsets, as in
 * {@code SyntaxError.offset}. Never fills in a Java stack trace: bad input is ordinary here.
 */
public class PySyntaxError extends RuntimeException {
    public final String type;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The offending source line including its newline, or null. */
    public final String text;

    public PySyntaxError(String type, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        super(msg);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /**
     * The error as {@code python3 FILE} prints an uncaught SyntaxError on stderr (the tail after
     * "Traceback"). CPython 3.11: Python/pythonrun.c print_exception_file_and_line and
     * print_error_text, which differ from Lib/traceback.py: tabs are stripped from the start of
     * the line, the caret line is all spaces, an IndentationError gets a single caret, a range
     * that ends on a later line runs to the end of the line, and lengths are counted in UTF-8 bytes.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(filename == null ? "<string>" : filename)
           .append("\", line ").append(lineno).append('\n');
        if (text != null) {
            appendErrorText(out, offset, caretEnd(), text);
        }
        out.append(type);
        if (msg != null && !msg.isEmpty()) {
            out.append(": ").append(msg);
        }
        return out.append('\n').toString();
    }

    /** The 1-based end offset the caret run stops before, as print_exception_file_and_line adjusts it. */
    private int caretEnd() {
        if (type.equals("IndentationError") || type.equals("TabError")) {
            return -1;
        }
        int lineBytes = utf8Length(text, 0, text.length());
        if (endLineno > lineno) {
            return lineBytes;
        }
        return Math.min(endOffset, lineBytes + 1);
    }

    /** pythonrun.c print_error_text: the source line without its indentation, then the carets. */
    private static void appendErrorText(StringBuilder out, int offset, int end, String text) {
        int carets = (end > 0 && end > offset) ? end - offset : 1;
        int col = offset - 1;
        int start = 0;
        while (start < text.length() && " \t\f".indexOf(text.charAt(start)) >= 0) {
            start++;
            col--;
        }
        int len = utf8Length(text, start, text.length());
        if (text.endsWith("\n") && len > 0) {
            len--;
        }
        if (col > len) {
            col = len;
        }
        // skip past newlines embedded in the text that lie before the offset
        while (true) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                break;
            }
            int inl = utf8Length(text, start, nl);
            if (inl >= col) {
                break;
            }
            inl += 1;
            start = nl + 1;
            len -= inl;
            col -= inl;
        }
        out.append("    ").append(text, start, text.length());
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
        if (col < 0) {
            return;
        }
        out.append("    ");
        for (int i = 0; i < col; i++) {
            out.append(' ');
        }
        for (int i = 0; i < carets; i++) {
            out.append('^');
        }
        out.append('\n');
    }

    /** The number of bytes chars [from, to) of s take in UTF-8 (C code measures with strlen). */
    private static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
