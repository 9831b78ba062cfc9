package org.matcha.objects;

/**
 * The Python signature of a builtin, and the binding of vectorcall-style arguments (positional
 * values, then keyword values named by kwnames) to it. Missing optional parameters bind to Java
 * null. CPython: Python/getargs.c and the code Argument Clinic generates.
 */
public final class ArgSpec {
    public static final int POSONLY = 0;
    public static final int POS = 1;
    public static final int VARARGS = 2;
    public static final int KWONLY = 3;
    public static final int VARKW = 4;

    String fname;
    /** The name in "invalid keyword argument for X()" (sorted() forwards its keywords to sort()). */
    public String keywordOwner;
    final String[] names;
    final int[] kinds;
    final boolean[] required;
    private final int positional;
    private final int varargs;
    private final int varkw;
    private final boolean simple;

    /** CPython's __text_signature__ ("($module, obj, /)"), or null when there is none. */
    public String textSignature;

    /** Sets the __text_signature__; used by the generated code. */
    public ArgSpec withText(String text) {
        this.textSignature = text;
        return this;
    }

    /** The builtin's __doc__, or null. */
    public String doc;

    /** Sets the __doc__; used by the generated code. */
    public ArgSpec withDoc(String doc) {
        this.doc = doc;
        return this;
    }

    /** Renames the function in messages: Argument Clinic methods say "match()", not "re.Pattern.match()". */
    public void setFunctionName(String name) {
        this.fname = name;
    }

    /**
     * Decodes the compact parameter list the generated code passes (one string constant instead of
     * three array literals): parameters separated by ',', each its kind digit, '?' when it is
     * optional, then its name; "" for none. "0object,1?key" is (object, /, key=...).
     */
    public static ArgSpec of(String fname, String params, String text, String doc) {
        int n = 0;
        for (int i = 0; i < params.length(); i++) {
            if (params.charAt(i) == ',') {
                n++;
            }
        }
        n = params.isEmpty() ? 0 : n + 1;
        String[] names = new String[n];
        int[] kinds = new int[n];
        boolean[] required = new boolean[n];
        int start = 0;
        for (int i = 0; i < n; i++) {
            int end = params.indexOf(',', start);
            if (end < 0) {
                end = params.length();
            }
            kinds[i] = params.charAt(start) - '0';
            required[i] = params.charAt(start + 1) != '?';
            names[i] = params.substring(required[i] ? start + 1 : start + 2, end);
            start = end + 1;
        }
        ArgSpec spec = new ArgSpec(fname, names, kinds, required);
        spec.textSignature = text;
        spec.doc = doc;
        return spec;
    }

    public ArgSpec(String fname, String[] names, int[] kinds, boolean[] required) {
        this.fname = fname;
        this.names = names;
        this.kinds = kinds;
        this.required = required;
        int pos = 0;
        int va = -1;
        int vk = -1;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == POSONLY || kinds[i] == POS) {
                pos++;
            } else if (kinds[i] == VARARGS) {
                va = i;
            } else if (kinds[i] == VARKW) {
                vk = i;
            }
        }
        positional = pos;
        varargs = va;
        varkw = vk;
        simple = va < 0 && vk < 0 && pos == names.length;
    }

    public PyObject[] bind(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (simple && nkw == 0 && npos == names.length) {
            return args;
        }
        PyObject[] out = new PyObject[names.length];
        if (npos > positional && varargs < 0) {
            throw tooMany(npos);
        }
        int take = Math.min(npos, positional);
        System.arraycopy(args, 0, out, 0, take);
        if (varargs >= 0) {
            PyObject[] rest = new PyObject[Math.max(0, npos - positional)];
            System.arraycopy(args, take, rest, 0, rest.length);
            out[varargs] = PyTuple.of(rest);
        }
        PyDict extra = varkw >= 0 ? new PyDict() : null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int slot = -1;
            for (int i = 0; i < names.length; i++) {
                if ((kinds[i] == POS || kinds[i] == KWONLY) && names[i].equals(name)) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                if (extra != null) {
                    extra.setItem(PyStr.of(name), value);
                    continue;
                }
                boolean anyKeyword = false;
                for (int kind : kinds) {
                    anyKeyword |= kind == POS || kind == KWONLY;
                }
                if (!anyKeyword) {
                    throw Errors.typeError(fname + "() takes no keyword arguments");
                }
                throw Errors.typeError("'" + name + "' is an invalid keyword argument for "
                        + (keywordOwner != null ? keywordOwner : fname) + "()");
            }
            if (out[slot] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + name
                        + "') and position (" + (slot + 1) + ")");
            }
            out[slot] = value;
        }
        if (varkw >= 0) {
            out[varkw] = extra;
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null && required[i]) {
                if (kinds[i] == KWONLY) {
                    throw Errors.typeError(fname + "() missing required keyword-only argument: '" + names[i] + "'");
                }
                if (kinds[i] == POSONLY && !anyNamed()) {
                    throw notEnough(npos);
                }
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    private boolean anyNamed() {
        for (int k : kinds) {
            if (k == POS) {
                return true;
            }
        }
        return false;
    }

    private int requiredPositional() {
        int n = 0;
        for (int i = 0; i < names.length; i++) {
            if ((kinds[i] == POSONLY || kinds[i] == POS) && required[i]) {
                n++;
            }
        }
        return n;
    }

    /**
     * METH_NOARGS and METH_O functions of a module other than builtins name themselves
     * "time.sleep()" in their errors. CPython: _PyObject_FunctionStr.
     */
    void qualifyCallingConventionName(String module) {
        if ((names.length == 0 || isSingleObject()) && fname.indexOf('.') < 0) {
            fname = module + "." + fname;
        }
    }

    /** A lone required positional-only parameter: CPython's METH_O calling convention. */
    private boolean isSingleObject() {
        return names.length == 1 && kinds[0] == POSONLY && required[0];
    }

    /** Only positional-only parameters (and keyword-only ones): checked by _PyArg_CheckPositional. */
    private boolean allPositionalOnly() {
        for (int k : kinds) {
            if (k == POS || k == VARARGS || k == VARKW) {
                return false;
            }
        }
        return true;
    }

    /** The function name without its type ("replace", not "str.replace"), as getargs.c prints it. */
    private String bareName() {
        return fname.substring(fname.lastIndexOf('.') + 1);
    }

    /** CPython: _PyArg_CheckPositional's "NAME expected N arguments, got M". */
    private PyException expectedExactly(int given) {
        return Errors.typeError(bareName() + " expected " + positional + " argument" + (positional == 1 ? "" : "s")
                + ", got " + given);
    }

    private PyException tooMany(int given) {
        int min = requiredPositional();
        int maxArgs = names.length - (varkw >= 0 ? 1 : 0);
        if (positional == 0) {
            if (maxArgs > 0) {
                return Errors.typeError(bareName() + "() takes no positional arguments");
            }
            return Errors.typeError(fname + "() takes no arguments (" + given + " given)");
        }
        if (min == positional && !isSingleObject() && allPositionalOnly()) {
            return expectedExactly(given);
        }
        if (min == positional) {
            return Errors.typeError(fname + "() takes exactly " + (positional == 1 ? "one argument" : positional
                    + " arguments") + " (" + given + " given)");
        }
        if (!allPositionalOnly()) {
            // CPython: _PyArg_UnpackKeywords; with keyword-only parameters, more positionals than the
            // positional parameters but not more than all parameters is "N positional arguments"
            if (given <= maxArgs) {
                return Errors.typeError(bareName() + "() takes at most " + positional + " positional argument"
                        + (positional == 1 ? "" : "s") + " (" + given + " given)");
            }
            int most = Math.max(maxArgs, positional);
            return Errors.typeError(bareName() + "() takes at most " + most + " argument" + (most == 1 ? "" : "s")
                    + " (" + given + " given)");
        }
        return Errors.typeError(bareName() + " expected at most " + positional + " argument"
                + (positional == 1 ? "" : "s") + ", got " + given);
    }

    private PyException notEnough(int given) {
        int min = requiredPositional();
        if (min == positional && !isSingleObject() && allPositionalOnly()) {
            return expectedExactly(given);
        }
        if (min == positional) {
            return Errors.typeError(fname + "() takes exactly " + (positional == 1 ? "one argument" : positional
                    + " arguments") + " (" + given + " given)");
        }
        return Errors.typeError(bareName() + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                + ", got " + given);
    }
}
