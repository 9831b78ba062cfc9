package org.matcha.ast;

import java.math.BigInteger;
import java.util.List;
import org.matcha.objects.FloatRepr;
import org.matcha.objects.StrRepr;

/**
 * {@code ast.dump(node, include_attributes=True)} exactly as CPython 3.11 prints it
 * (Lib/ast.py dump): every field by name, None-valued optional fields omitted, then the
 * position attributes.
 */
public final class AstDump {
    private AstDump() {}

    /** CPython 3.11 limits AST conversion depth to 3 × the recursion limit (ast2obj). */
    static final int MAX_DEPTH = 3000;

    /** Raised for trees deeper than CPython converts ("maximum recursion depth exceeded"). */
    public static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    public static String dump(Node node) {
        StringBuilder out = new StringBuilder(4096);
        format(node, out, 0);
        return out.toString();
    }

    private static void format(Object value, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TooDeep();
        }
        if (value instanceof Node node) {
            out.append(node.typeName()).append('(');
            String[] names = node.fieldNames();
            boolean first = true;
            for (int i = 0; i < names.length; i++) {
                Object v = node.field(i);
                if (v == null && node.fieldOptional(i)) {
                    continue;
                }
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(names[i]).append('=');
                format(v, out, depth + 1);
            }
            if (node.positioned()) {
                if (!first) {
                    out.append(", ");
                }
                out.append("lineno=").append(node.lineno)
                   .append(", col_offset=").append(node.colOffset)
                   .append(", end_lineno=").append(node.endLineno)
                   .append(", end_col_offset=").append(node.endColOffset);
            }
            out.append(')');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                format(list.get(i), out, depth);
            }
            out.append(']');
        } else {
            out.append(constantRepr(value));
        }
    }

    /** repr() of a value a Constant node (or an int/str field) can hold. */
    public static String constantRepr(Object value) {
        if (value == null) {
            return "None";
        } else if (value instanceof String s) {
            return StrRepr.repr(s);
        } else if (value instanceof CodePoints cp) {
            return StrRepr.repr(cp.codePoints());
        } else if (value instanceof byte[] b) {
            return StrRepr.reprBytes(b);
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        } else if (value instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (value instanceof AstConstant.Imaginary im) {
            // CPython complex_repr with a +0.0 real part: repr of the imaginary part without ".0"
            String r = FloatRepr.repr(im.imag());
            if (r.endsWith(".0")) {
                r = r.substring(0, r.length() - 2);
            }
            return r + "j";
        } else if (value == AstConstant.ELLIPSIS) {
            return "Ellipsis";
        }
        throw new IllegalArgumentException("not an AST constant: " + value.getClass().getName());
    }
}
