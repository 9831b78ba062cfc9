package org.matcha.objects;

/** str.format and str.format_map. CPython: Objects/stringlib/unicode_format.h. */
final class StrFormat {
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
        return render(fmt.codePoints(), new State(args, kwargs), 2);
    }

    private static String render(int[] f, State st, int depth) {
        if (depth < 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < f.length) {
            int c = f[i];
            if (c == '}') {
                if (i + 1 < f.length && f[i + 1] == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.appendCodePoint(c);
                i++;
                continue;
            }
            if (i + 1 < f.length && f[i + 1] == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            // find the matching close brace, allowing nested fields in the spec
            int nest = 1;
            int j = i + 1;
            while (j < f.length && nest > 0) {
                if (f[j] == '{') {
                    nest++;
                } else if (f[j] == '}') {
                    nest--;
                }
                j++;
            }
            if (nest > 0) {
                throw Errors.valueError(j >= f.length && i + 1 >= f.length ? "Single '{' encountered in format string"
                        : "expected '}' before end of string");
            }
            out.append(field(f, i + 1, j - 1, st, depth));
            i = j;
        }
        return out.toString();
    }

    private static String field(int[] f, int from, int to, State st, int depth) {
        int i = from;
        // field name runs to '!' or ':' (brackets may contain them)
        while (i < to && f[i] != '!' && f[i] != ':') {
            if (f[i] == '[') {
                while (i < to && f[i] != ']') {
                    i++;
                }
            }
            i++;
        }
        i = Math.min(i, to);
        String name = new String(f, from, i - from);
        int conversion = 0;
        if (i < to && f[i] == '!') {
            if (i + 1 >= to) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = f[i + 1];
            i += 2;
            if (i < to && f[i] != ':') {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = "";
        if (i < to && f[i] == ':') {
            spec = render(java.util.Arrays.copyOfRange(f, i + 1, to), st, depth - 1);
        }
        PyObject value = resolve(name, st);
        switch (conversion) {
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
                throw Errors.valueError("Unknown conversion specifier " + new String(new int[] {conversion}, 0, 1));
        }
        return Abstract.format(value, PyStr.of(spec)).value;
    }

    private static PyObject resolve(String name, State st) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        PyObject value;
        if (first.isEmpty()) {
            if (st.manual) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            st.auto = true;
            value = positional(st, st.autoIndex++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (st.auto) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            st.manual = true;
            value = positional(st, Integer.parseInt(first));
        } else {
            value = Abstract.getItem(st.kwargs, PyStr.of(first));
        }
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
                value = Abstract.getAttr(value, name.substring(i + 1, j));
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
                PyObject k = key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                value = Abstract.getItem(value, k);
                i = j + 1;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static PyObject positional(State st, int index) {
        if (index >= st.args.length) {
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return st.args[index];
    }
}
