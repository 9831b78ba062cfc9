package org.matcha.objects;

/** str.format and str.format_map. CPython: Objects/stringlib/unicode_format.h. */
public final class StrFormat {
    private StrFormat() {}

    private static final class State {
        final PyObject[] args;
        final PyObject kwargs;
        int autoIndex;
        boolean manual;
        boolean auto;

        State(PyObject[] args, PyObject kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }
    }

    static String format(PyStr fmt, PyObject[] args, PyObject kwargs) {
        return render(parseCached(fmt), new State(args, kwargs), 2);
    }

    /** A format string's text and its chunks. */
    private record Parsed(String text, Chunk[] chunks) {}

    /**
     * The last format strings parsed, in a small direct-mapped table by text, so that a format
     * applied in a loop is parsed once. Entries are immutable: a racing reader sees a whole one.
     */
    private static final Parsed[] PARSED = new Parsed[64];

    private static Chunk[] parseCached(PyStr fmt) {
        if (fmt.cps != null) {   // lone surrogates: code points are not the Java text
            return parse(fmt.cps).toArray(new Chunk[0]);
        }
        String text = fmt.value;
        int slot = text.hashCode() & (PARSED.length - 1);
        Parsed p = PARSED[slot];
        if (p != null && p.text.equals(text)) {
            return p.chunks;
        }
        Chunk[] chunks = parse(fmt.codePoints()).toArray(new Chunk[0]);
        PARSED[slot] = new Parsed(text, chunks);
        return chunks;
    }

    /**
     * One piece of a format string: literal text, then a replacement field when fieldName is not
     * null (spec is the raw format spec, conversion 0 when absent). An escaped brace ends a piece
     * after its single brace, as CPython's MarkupIterator does.
     */
    public record Chunk(String literal, String fieldName, String spec, int conversion) {}

    /** Splits a format string into chunks. CPython: MarkupIterator_next. */
    public static java.util.List<Chunk> parse(int[] f) {
        java.util.List<Chunk> out = new java.util.ArrayList<>();
        int[] pos = {0};
        while (pos[0] < f.length) {
            int start = pos[0];
            int c = 0;
            boolean markupFollows = false;
            while (pos[0] < f.length) {
                c = f[pos[0]++];
                if (c == '{' || c == '}') {
                    markupFollows = true;
                    break;
                }
            }
            boolean atEnd = pos[0] >= f.length;
            int len = pos[0] - start;
            if (c == '}' && markupFollows && (atEnd || f[pos[0]] != '}')) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markupFollows) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (!atEnd && markupFollows) {
                if (f[pos[0]] == c) {
                    pos[0]++; // an escaped brace: literal text only
                    markupFollows = false;
                } else {
                    len--;
                }
            }
            String literal = new String(f, start, len);
            out.add(markupFollows ? field(f, pos, literal) : new Chunk(literal, null, null, 0));
        }
        return out;
    }

    /** The replacement field after a '{', up to and including its '}'. CPython: parse_field. */
    private static Chunk field(int[] f, int[] pos, String literal) {
        int c = 0;
        int nameStart = pos[0];
        boolean terminated = false;
        while (pos[0] < f.length) {
            c = f[pos[0]++];
            if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos[0] < f.length && f[pos[0]] != ']') {
                    pos[0]++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                terminated = true;
                break;
            }
        }
        String name = new String(f, nameStart, Math.max(0, pos[0] - 1 - nameStart));
        if (!terminated || c == '}') {
            if (!terminated) {
                throw Errors.valueError("expected '}' before end of string");
            }
            return new Chunk(literal, name, "", 0);
        }
        int conversion = 0;
        if (c == '!') {
            if (pos[0] >= f.length) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = f[pos[0]++];
            if (pos[0] < f.length) {
                c = f[pos[0]++];
                if (c == '}') {
                    return new Chunk(literal, name, "", conversion);
                }
                if (c != ':') {
                    throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = pos[0];
        int count = 1;
        while (pos[0] < f.length) {
            c = f[pos[0]++];
            if (c == '{') {
                count++;
            } else if (c == '}' && --count == 0) {
                return new Chunk(literal, name, new String(f, specStart, pos[0] - 1 - specStart), conversion);
            }
        }
        throw Errors.valueError("unmatched '{' in format spec");
    }

    private static String render(Chunk[] chunks, State st, int depth) {
        if (depth <= 0) {   // CPython: build_string, entered with depth 2
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        for (Chunk chunk : chunks) {
            out.append(chunk.literal);
            if (chunk.fieldName != null) {
                out.append(renderField(chunk, st, depth));
            }
        }
        return out.toString();
    }

    private static String renderField(Chunk chunk, State st, int depth) {
        // CPython: output_markup resolves the field and converts it before expanding the spec
        PyObject value = resolve(chunk.fieldName, st);
        switch (chunk.conversion) {
            case 0:
                break;
            case 'r':
                value = Abstract.repr(value);
                break;
            case 's':
                value = Abstract.str(value);
                break;
            case 'a':
                value = PyStr.of(StrRepr.asciiEscape(Abstract.reprString(value)));
                break;
            default:
                throw Errors.valueError("Unknown conversion specifier "
                        + new String(new int[] {chunk.conversion}, 0, 1));
        }
        // CPython: output_markup expands the spec only when it holds a '{' (format_spec_needs_expanding)
        String spec = chunk.spec.indexOf('{') < 0 ? chunk.spec
                : render(parse(chunk.spec.codePoints().toArray()).toArray(new Chunk[0]), st, depth - 1);
        return Abstract.format(value, PyStr.of(spec)).value;
    }

    /** A field name split into its first part and its .attribute / [key] accessors. */
    public record FieldName(String first, java.util.List<Accessor> rest) {}

    /** ".name" (attribute) or "[key]" (item; digits make an int key). */
    public record Accessor(boolean isAttribute, String name) {
        /** CPython: FieldNameIterator_next, get_integer (a key of decimal digits is an int index). */
        public PyObject key() {
            return !isAttribute && allDecimal(name) ? PyInt.of(decimalIndex(name)) : PyStr.of(name);
        }
    }

    /** CPython: field_name_split and FieldNameIterator_next. */
    public static FieldName splitFieldName(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        java.util.List<Accessor> rest = new java.util.ArrayList<>();
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                rest.add(new Accessor(true, name.substring(i + 1, j)));
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i);
                if (j < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, j);
                if (key.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                rest.add(new Accessor(false, key));
                i = j + 1;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return new FieldName(first, rest);
    }

    private static PyObject resolve(String name, State st) {
        // CPython: the argument is looked up before the accessors after it are parsed (FieldNameIterator_next)
        int cut = 0;
        while (cut < name.length() && name.charAt(cut) != '.' && name.charAt(cut) != '[') {
            cut++;
        }
        String first = name.substring(0, cut);
        PyObject value;
        if (first.isEmpty()) {
            if (st.manual) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            st.auto = true;
            value = positional(st, st.autoIndex++);
        } else if (allDecimal(first)) {
            if (st.auto) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            st.manual = true;
            value = positional(st, fieldIndex(first));
        } else {
            value = Abstract.getItem(st.kwargs, PyStr.of(first));
        }
        for (Accessor a : splitFieldName(name).rest) {
            value = a.isAttribute ? Abstract.getAttr(value, a.name) : Abstract.getItem(value, a.key());
        }
        return value;
    }

    private static boolean allDecimal(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UnicodeProperties.decimal(cp) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** A field number; CPython: get_integer (which fails on a Py_ssize_t overflow). */
    private static int fieldIndex(String digits) {
        long v = decimalIndex(digits);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    private static long decimalIndex(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); ) {
            int cp = digits.codePointAt(i);
            i += Character.charCount(cp);
            int d = UnicodeProperties.decimal(cp);
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static PyObject positional(State st, int index) {
        if (st.args == null) {
            throw Errors.valueError("Format string contains positional fields");
        }
        if (index >= st.args.length) {
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return st.args[index];
    }
}
