package org.matcha.vm;

import java.util.ArrayList;
import java.util.List;
import org.matcha.ast.AstExpr;
import org.matcha.ast.BinOp;
import org.matcha.ast.Expression;
import org.matcha.ast.Subscript;
import org.matcha.objects.Abstract;
import org.matcha.objects.ExceptionGroupMethods;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.parser.Parser;
import org.matcha.parser.WarningSink;

/**
 * Formats an uncaught exception as CPython 3.11 prints it: chained exceptions, source lines,
 * the ~~~^^^ position markers, repeated-frame folding and notes.
 * CPython: Python/pythonrun.c print_exception_recursive, Python/traceback.c, Lib/traceback.py.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final int RECURSIVE_CUTOFF = 3;

    public static String format(PyBaseException exc) {
        StringBuilder out = new StringBuilder();
        List<PyObject> seen = new ArrayList<>();
        chain(exc, out, seen, "");
        return out.toString();
    }

    /**
     * The default sys.unraisablehook's report: the given traceback and the exception alone, with no
     * chained exceptions. CPython: write_unraisable_exc_file.
     */
    public static String formatUnraisable(PyBaseException exc, PyObject traceback) {
        StringBuilder out = new StringBuilder();
        withTraceback(exc, traceback, out, "");
        return out.toString();
    }

    /** One exception without its chain: its traceback (when there is one), then the exception line. */
    private static void withTraceback(PyBaseException exc, PyObject traceback, StringBuilder out, String indent) {
        if (traceback instanceof PyTraceback tb) {
            out.append(indent).append("Traceback (most recent call last):\n");
            entries(tb, out, indent);
        }
        exceptionOnly(exc, out, indent);
    }

    private static boolean contains(List<PyObject> seen, PyObject o) {
        for (PyObject x : seen) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    private static void chain(PyBaseException exc, StringBuilder out, List<PyObject> seen, String indent) {
        seen.add(exc);
        if (exc.cause instanceof PyBaseException cause && !contains(seen, cause)) {
            chain(cause, out, seen, indent);
            out.append(indent).append("\n").append(indent)
                    .append("The above exception was the direct cause of the following exception:\n")
                    .append(indent).append("\n");
        } else if (!exc.suppressContext && exc.context instanceof PyBaseException ctx && !contains(seen, ctx)) {
            chain(ctx, out, seen, indent);
            out.append(indent).append("\n").append(indent)
                    .append("During handling of the above exception, another exception occurred:\n")
                    .append(indent).append("\n");
        }
        if (ExceptionGroupMethods.isGroup(exc)) {
            group(exc, out, seen, indent.isEmpty() ? "" : indent, 0);
            return;
        }
        withTraceback(exc, exc.traceback, out, indent);
    }

    /** An exception group as a tree. CPython: print_exception_group. */
    private static void group(PyBaseException eg, StringBuilder out, List<PyObject> seen, String margin, int depth) {
        String m = depth == 0 ? "  " : margin;
        if (eg.traceback instanceof PyTraceback tb) {
            out.append(depth == 0 ? "  + " : "").append("Exception Group Traceback (most recent call last):\n");
            entries(tb, out, m + "| ");
        } else if (depth == 0) {
            out.append("  + Exception Group Traceback (most recent call last):\n");
        }
        exceptionOnly(eg, out, m + "| ");
        PyObject[] excs = ((PyTuple) eg.getAttr("exceptions")).items;
        int n = excs.length;
        for (int i = 0; i < n && i < 15; i++) {
            String head = i == 0 ? m + "+-+" : m + "  +";
            out.append(head).append("---------------- ").append(i + 1).append(" ----------------\n");
            PyBaseException sub = (PyBaseException) excs[i];
            StringBuilder inner = new StringBuilder();
            if (ExceptionGroupMethods.isGroup(sub)) {
                String im = m + "    ";
                if (sub.traceback instanceof PyTraceback tb2) {
                    inner.append(im).append("| Exception Group Traceback (most recent call last):\n");
                    entries(tb2, inner, im + "| ");
                } else {
                    inner.append(im).append("| Exception Group Traceback (most recent call last):\n");
                }
                exceptionOnly(sub, inner, im + "| ");
                PyObject[] subExcs = ((PyTuple) sub.getAttr("exceptions")).items;
                for (int j = 0; j < subExcs.length; j++) {
                    inner.append(j == 0 ? im + "+-+" : im + "  +").append("---------------- ").append(j + 1)
                            .append(" ----------------\n");
                    StringBuilder leaf = new StringBuilder();
                    chain((PyBaseException) subExcs[j], leaf, seen, "");
                    indentLines(leaf.toString(), im + "    | ", inner);
                }
                inner.append(im).append("  +------------------------------------\n");
                out.append(inner);
            } else {
                StringBuilder leaf = new StringBuilder();
                chain(sub, leaf, seen, "");
                indentLines(leaf.toString(), m + "  | ", out);
            }
        }
        out.append(m).append("  +------------------------------------\n");
    }

    private static void indentLines(String text, String prefix, StringBuilder out) {
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            out.append(prefix).append(line).append('\n');
        }
    }

    private static void entries(PyTraceback tb, StringBuilder out, String indent) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String file = t.frame.code.filename;
            int line = t.lineno();
            String name = t.frame.code.name;
            if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                count++;
            } else {
                if (count > RECURSIVE_CUTOFF) {
                    repeated(out, indent, count - RECURSIVE_CUTOFF);
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 1;
            }
            if (count <= RECURSIVE_CUTOFF) {
                entry(t, out, indent);
            }
        }
        if (count > RECURSIVE_CUTOFF) {
            repeated(out, indent, count - RECURSIVE_CUTOFF);
        }
    }

    private static void repeated(StringBuilder out, String indent, int n) {
        out.append(indent).append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                .append("]\n");
    }

    private static void entry(PyTraceback t, StringBuilder out, String indent) {
        String file = t.frame.code.filename;
        int line = t.lineno();
        out.append(indent).append("  File \"").append(file).append("\", line ").append(line).append(", in ")
                .append(t.frame.code.name).append('\n');
        String src = SourceCache.line(file, line);
        if (src == null) {
            return;
        }
        String stripped = src.strip();
        if (stripped.isEmpty()) {
            return;
        }
        out.append(indent).append("    ").append(stripped).append('\n');
        int[] pos = t.frame.code.positions;
        int i = t.lasti * 4;
        if (i + 3 >= pos.length) {
            return;
        }
        int startLine = pos[i];
        int endLine = pos[i + 1];
        int colByte = pos[i + 2];
        int endColByte = pos[i + 3];
        if (startLine != line || colByte < 0 || endColByte < 0) {
            return;
        }
        int leading = src.length() - src.stripLeading().length();
        int start = byteToChar(src, colByte);
        int end;
        int[] anchors = null;
        if (startLine == endLine) {
            end = byteToChar(src, endColByte);
            if (end <= start) {
                return;
            }
            anchors = anchors(src.substring(start, Math.min(end, src.length())));
        } else {
            end = leading + stripped.length();
        }
        if (end - start < stripped.length() || (anchors != null && anchors[1] - anchors[0] > 0)) {
            StringBuilder carets = new StringBuilder();
            carets.append(indent).append("    ");
            repeat(carets, ' ', displayWidth(src, Math.min(leading, src.length()), Math.min(start, src.length())));
            // CPython 3.11 counts East Asian wide characters as two columns
            String seg = src.substring(Math.min(start, src.length()), Math.min(end, src.length()));
            if (anchors != null) {
                repeat(carets, '~', displayWidth(seg, 0, anchors[0]));
                repeat(carets, '^', displayWidth(seg, anchors[0], anchors[1]));
                repeat(carets, '~', displayWidth(seg, anchors[1], seg.length()) + Math.max(0, end - start - seg.length()));
            } else {
                repeat(carets, '^', displayWidth(seg, 0, seg.length()) + Math.max(0, end - start - seg.length()));
            }
            out.append(carets).append('\n');
        }
    }

    /** Columns of s[from, to): wide (East Asian W/F) characters take two. CPython: traceback._display_width. */
    static int displayWidth(String s, int from, int to) {
        int w = 0;
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            char c = s.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            int cp = Character.isHighSurrogate(c) && i + 1 < s.length() ? Character.toCodePoint(c, s.charAt(i + 1)) : c;
            w += isWide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    private static void repeat(StringBuilder b, char c, int n) {
        for (int i = 0; i < n; i++) {
            b.append(c);
        }
    }

    static int byteToChar(String line, int byteOffset) {
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(byteOffset, bytes.length);
        return new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8).length();
    }

    /** Primary/secondary split for binary operators and subscripts. CPython: _extract_caret_anchors_from_line_segment. */
    private static int[] anchors(String segment) {
        AstExpr e;
        try {
            Expression tree = Parser.parseExpression(segment, "<segment>", WarningSink.IGNORE);
            e = tree.body;
        } catch (RuntimeException ex) {
            return null;
        }
        if (e instanceof BinOp bo) {
            int operatorStart = byteToChar(segment, bo.left.endColOffset);
            int operatorEnd = byteToChar(segment, bo.right.colOffset);
            String op = segment.substring(operatorStart, operatorEnd);
            int offset = op.length() - op.stripLeading().length();
            int left = operatorStart + offset;
            int right = left + 1;
            if (offset + 1 < op.length() && !Character.isWhitespace(op.charAt(offset + 1))) {
                right++;
            }
            while (left < segment.length() && (Character.isWhitespace(segment.charAt(left))
                    || segment.charAt(left) == ')' || segment.charAt(left) == '#')) {
                left++;
                right++;
            }
            return new int[] {left, right};
        }
        if (e instanceof Subscript s) {
            int left = byteToChar(segment, s.value.endColOffset);
            int right = byteToChar(segment, s.slice.endColOffset) + 1;
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new int[] {left, right};
        }
        return null;
    }

    static String typeName(PyType t) {
        String mod = t.moduleName();
        if (mod.equals("builtins") || mod.equals("__main__")) {
            return t.qualname;
        }
        return mod + "." + t.qualname;
    }

    private static void exceptionOnly(PyBaseException exc, StringBuilder out, String indent) {
        PyType t = exc.type();
        if (t.isSubtype(ExceptionTypes.SyntaxError)) {
            PyObject holder = exc.getAttr("__matcha_syntax_error__");
            if (holder instanceof CompileSupport.SyntaxErrorHolder h) {
                for (String line : h.error.format().split("\n")) {
                    out.append(indent).append(line).append('\n');
                }
                notes(exc, out, indent);
                return;
            }
            syntaxErrorLocation(exc, out, indent);
        }
        String name = typeName(t);
        String msg;
        try {
            msg = Abstract.strString(exc);
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        if (t.isSubtype(ExceptionTypes.SyntaxError)) {
            PyObject m = exc.getAttr("msg");
            if (m != null && m != PyNone.NONE) {
                msg = Abstract.strString(m);
            }
        }
        out.append(indent).append(name);
        if (!msg.isEmpty()) {
            out.append(": ").append(msg.replace("\n", "\n" + indent));
        }
        String suggestion = Suggestions.forException(exc);
        if (suggestion != null) {
            out.append(". Did you mean: '").append(suggestion).append("'?");
        }
        out.append('\n');
        notes(exc, out, indent);
    }

    private static void syntaxErrorLocation(PyBaseException exc, StringBuilder out, String indent) {
        PyObject file = Abstract.lookupAttrOrNull(exc, "filename");
        PyObject lineno = Abstract.lookupAttrOrNull(exc, "lineno");
        if (file instanceof PyStr f && lineno instanceof PyInt l) {
            out.append(indent).append("  File \"").append(f.value).append("\", line ").append(l.toDecimalString())
                    .append('\n');
            PyObject text = Abstract.lookupAttrOrNull(exc, "text");
            if (text instanceof PyStr tx) {
                String s = tx.value.strip();
                out.append(indent).append("    ").append(s).append('\n');
            }
        }
    }

    private static void notes(PyBaseException exc, StringBuilder out, String indent) {
        PyObject notes = exc.getAttr("__notes__");
        if (notes == null) {
            return;
        }
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                PyObject n = l.items[i];
                String s = n instanceof PyStr ps ? ps.value : safeStr(n);
                for (String line : s.split("\n", -1)) {
                    out.append(indent).append(line).append('\n');
                }
            }
        } else {
            out.append(indent).append(safeRepr(notes)).append('\n');
        }
    }

    private static String safeStr(PyObject o) {
        try {
            return Abstract.strString(o);
        } catch (PyException e) {
            return "<note str() failed>";
        }
    }

    private static String safeRepr(PyObject o) {
        try {
            return Abstract.reprString(o);
        } catch (PyException e) {
            return "<__notes__ repr() failed>";
        }
    }
}
