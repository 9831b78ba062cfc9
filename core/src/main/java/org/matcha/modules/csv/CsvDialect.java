package org.matcha.modules.csv;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** _csv.Dialect: validated, read-only formatting parameters. CPython: Modules/_csv.c dialect_new. */
@PyClass(name = "_csv.Dialect")
public final class CsvDialect extends PyObject {
    public static final PyType TYPE = PyType.builtin("_csv.Dialect", PyType.OBJECT);

    /** A code point, or NOT_SET for None. */
    static final int NOT_SET = -1;
    private static final String[] NAMES = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    final int delimiter;
    final boolean doublequote;
    final int escapechar;
    final String lineterminator;
    final int quotechar;
    final int quoting;
    final boolean skipinitialspace;
    final boolean strict;

    private CsvDialect(int delimiter, boolean doublequote, int escapechar, String lineterminator, int quotechar,
            int quoting, boolean skipinitialspace, boolean strict) {
        this.delimiter = delimiter;
        this.doublequote = doublequote;
        this.escapechar = escapechar;
        this.lineterminator = lineterminator;
        this.quotechar = quotechar;
        this.quoting = quoting;
        this.skipinitialspace = skipinitialspace;
        this.strict = strict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython: dialect_new; each setting comes from a keyword, else the given dialect, else the default. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (args.length > 1) {
            throw Errors.typeError("Dialect() takes at most 1 positional argument (" + args.length + " given)");
        }
        PyObject base = args.length == 1 ? args[0] : null;
        if (kwargs != null) {
            for (PyObject k : Abstract.toArray(kwargs)) {
                String name = k.toString();
                if (!java.util.Arrays.asList(NAMES).contains(name)) {
                    throw Errors.typeError("'" + name + "' is an invalid keyword argument for this function");
                }
            }
            PyObject d = kwargs.getItem("dialect");
            if (d != null) {
                base = d;
            }
        }
        if (base instanceof PyStr) {
            base = CsvModule.get_dialect(base);
        }
        boolean noOverrides = kwargs == null || kwargs.size() == 0
                || kwargs.size() == 1 && kwargs.getItem("dialect") != null;
        if (base instanceof CsvDialect d && noOverrides && cls == TYPE) {
            return d;
        }
        int delimiter = charSetting("delimiter", setting(base, kwargs, "delimiter"), ',', false);
        boolean doublequote = boolSetting(setting(base, kwargs, "doublequote"), true);
        int escapechar = charSetting("escapechar", setting(base, kwargs, "escapechar"), NOT_SET, true);
        PyObject lt = setting(base, kwargs, "lineterminator");
        String lineterminator = "\r\n";
        if (lt != null) {
            if (!(lt instanceof PyStr s)) {
                throw Errors.typeError("\"lineterminator\" must be a string");
            }
            lineterminator = s.toString();
        }
        int quotechar = charSetting("quotechar", setting(base, kwargs, "quotechar"), '"', true);
        PyObject q = setting(base, kwargs, "quoting");
        int quoting = CsvModule.QUOTE_MINIMAL;
        if (q != null) {
            if (!(q instanceof PyInt qi)) {
                throw Errors.typeError("\"quoting\" must be an integer");
            }
            long v = qi.longValue();
            if (v < 0 || v > 3) {
                throw Errors.typeError("bad \"quoting\" value");
            }
            quoting = (int) v;
        }
        boolean skipinitialspace = boolSetting(setting(base, kwargs, "skipinitialspace"), false);
        boolean strict = boolSetting(setting(base, kwargs, "strict"), false);
        if (quotechar == NOT_SET && q == null) {
            quoting = CsvModule.QUOTE_NONE;
        }
        if (quoting != CsvModule.QUOTE_NONE && quotechar == NOT_SET) {
            throw Errors.typeError("quotechar must be set if quoting enabled");
        }
        return new CsvDialect(delimiter, doublequote, escapechar, lineterminator, quotechar, quoting,
                skipinitialspace, strict);
    }

    /** The keyword value, else the attribute of the base dialect, else null for the default. */
    private static PyObject setting(PyObject base, PyDict kwargs, String name) {
        PyObject v = kwargs == null ? null : kwargs.getItem(name);
        if (v == null && base != null) {
            v = Abstract.lookupAttrOrNull(base, name);
        }
        return v;
    }

    private static boolean boolSetting(PyObject v, boolean dflt) {
        return v == null ? dflt : Abstract.isTrue(v);
    }

    /** CPython: _set_char_or_none / _set_char. */
    private static int charSetting(String name, PyObject v, int dflt, boolean noneAllowed) {
        if (v == null) {
            return dflt;
        }
        if (v == PyNone.NONE && noneAllowed) {
            return NOT_SET;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("\"" + name + "\" must be string" + (noneAllowed ? " or None" : "") + ", not "
                    + v.type().name);
        }
        int[] cps = s.codePoints();
        if (cps.length != 1) {
            throw Errors.typeError("\"" + name + "\" must be a 1-character string");
        }
        return cps[0];
    }

    private static PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.of(new String(new int[] {c}, 0, 1));
    }

    @PyGetter
    public PyObject delimiter() {
        return charOrNone(delimiter);
    }

    @PyGetter
    public boolean doublequote() {
        return doublequote;
    }

    @PyGetter
    public PyObject escapechar() {
        return charOrNone(escapechar);
    }

    @PyGetter
    public PyObject lineterminator() {
        return PyStr.of(lineterminator);
    }

    @PyGetter
    public PyObject quotechar() {
        return charOrNone(quotechar);
    }

    @PyGetter
    public long quoting() {
        return quoting;
    }

    @PyGetter
    public boolean skipinitialspace() {
        return skipinitialspace;
    }

    @PyGetter
    public boolean strict() {
        return strict;
    }

    @PyMethod(sig = "(protocol, /)")
    public PyObject __reduce_ex__(PyObject protocol) {
        throw Errors.typeError("cannot pickle '_csv.Dialect' instances");
    }
}
