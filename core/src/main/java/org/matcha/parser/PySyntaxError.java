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
     * The error as the interpreter prints an uncaught SyntaxError.
     * CPython: Lib/traceback.py TracebackException._format_syntax_error.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(filename == null ? "<string>" : filename)
           .append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String rtext = stripTrailingNewlines(text);
            int spaces = 0;
            while (spaces < rtext.length() && " \n\f".indexOf(rtext.charAt(spaces)) >= 0) {
                spaces++;
            }
            String ltext = rtext.substring(spaces);
            out.append("    ").append(ltext).append('\n');
            if (offset > 0) {
                int end = (endOffset == 0) ? offset : endOffset;
                if (end == offset || end == -1) {
                    end = offset + 1;
                }
                int colno = offset - 1 - spaces;
                int endColno = end - 1 - spaces;
                if (colno >= 0) {
                    out.append("    ");
                    for (int i = 0; i < colno && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        out.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    for (int i = colno; i < endColno; i++) {
                        out.append('^');
                    }
                    out.append('\n');
                }
            }
        }
        out.append(type).append(": ").append(msg == null ? "<no detail available>" : msg).append('\n');
        return out.toString();
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }
}
