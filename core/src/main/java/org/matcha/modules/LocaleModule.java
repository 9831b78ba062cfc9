package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/**
 * The _locale module behind Lib/locale.py: Matcha has the C locale (with UTF-8 text) only, the
 * locale a browser or WASI program gets. Asking for another raises locale.Error as CPython does
 * for a locale that is not installed. CPython: Modules/_localemodule.c.
 */
@PyModuleDef(name = "_locale")
public final class LocaleModule {
    private LocaleModule() {}

    static final int CHAR_MAX = 127;
    static final PyType ERROR = ExceptionTypes.newModuleException("locale.Error", ExceptionTypes.Exception);

    public static void init(PyModule m) {
        String[] categories = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
            "LC_ALL"};
        int[] values = {0, 1, 2, 3, 4, 5, 6};
        for (int i = 0; i < categories.length; i++) {
            m.add(categories[i], PyInt.of(values[i]));
        }
        m.add("CHAR_MAX", PyInt.of(CHAR_MAX));
        m.add("CODESET", PyInt.of(14));
        m.add("RADIXCHAR", PyInt.of(0x10000));
        m.add("THOUSEP", PyInt.of(0x10001));
        m.add("Error", ERROR);
    }

    /** CPython: _locale_setlocale_impl; only "C", "POSIX" and "" (the environment's, which is C). */
    @PyMethod(sig = "(category, locale=None, /)")
    public static PyObject setlocale(long category, PyObject locale) {
        if (category < 0 || category > 6) {
            throw new PyException(PyBaseException.create(ERROR, PyStr.of("invalid locale category")));
        }
        if (locale != PyNone.NONE) {
            String name = Args.toJavaString(locale, "setlocale", "locale");
            if (!name.isEmpty() && !name.equals("C") && !name.equals("POSIX") && !name.equals("C.UTF-8")
                    && !name.equals("C.utf8")) {
                throw new PyException(PyBaseException.create(ERROR, PyStr.of("unsupported locale setting")));
            }
        }
        return PyStr.of("C");
    }

    @PyMethod
    public static PyObject localeconv() {
        PyDict d = new PyDict();
        for (String key : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point",
            "mon_thousands_sep"}) {
            d.setItem(key, PyStr.of(""));
        }
        d.setItem("mon_grouping", new PyList());
        d.setItem("positive_sign", PyStr.of(""));
        d.setItem("negative_sign", PyStr.of(""));
        for (String key : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
            "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.setItem(key, PyInt.of(CHAR_MAX));
        }
        d.setItem("decimal_point", PyStr.of("."));
        d.setItem("thousands_sep", PyStr.of(""));
        d.setItem("grouping", new PyList());
        return d;
    }

    @PyMethod
    public static PyObject getencoding() {
        return PyStr.of("UTF-8");
    }

    @PyMethod(sig = "(key, /)")
    public static PyObject nl_langinfo(long key) {
        if (key == 14) {
            return PyStr.of("UTF-8");
        }
        if (key == 0x10000) {
            return PyStr.of(".");
        }
        if (key == 0x10001) {
            return PyStr.of("");
        }
        throw Errors.valueError("unsupported langinfo constant");
    }

    /** In the C locale, collation is code-point order. */
    @PyMethod(sig = "(os1, os2, /)")
    public static long strcoll(PyObject a, PyObject b) {
        int c = Args.toJavaString(a, "strcoll", "os1").compareTo(Args.toJavaString(b, "strcoll", "os2"));
        return Integer.signum(c);
    }

    @PyMethod(sig = "(string, /)")
    public static PyObject strxfrm(PyObject s) {
        if (!(s instanceof PyStr)) {
            throw Errors.typeError("strxfrm() argument must be str, not " + s.type().name);
        }
        return s;
    }
}
