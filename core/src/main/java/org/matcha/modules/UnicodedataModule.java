package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.UnicodeData;

/**
 * The unicodedata module: the Unicode 14.0 character database, from tables generated at build
 * time (codegen's UnicodeDataGenerator, from ICU4J). The functions are those of {@link UcdType}
 * for the current version; {@code ucd_3_2_0} is a UCD answering for Unicode 3.2 (see UcdType).
 * CPython: Modules/unicodedata.c.
 */
@PyModuleDef(name = "unicodedata")
public final class UnicodedataModule {
    private UnicodedataModule() {}

    public static void init(PyModule m) {
        m.add("unidata_version", PyStr.of(UnicodeData.UNIDATA_VERSION));
        m.add("UCD", UcdType.TYPE);
        m.add("ucd_3_2_0", new UcdType(true));
    }

    @PyMethod(sig = "(chr, default=NULL, /)")
    public static PyObject decimal(PyObject chr, PyObject dflt) {
        return UcdType.CURRENT.decimal(chr, dflt);
    }

    @PyMethod(sig = "(chr, default=NULL, /)")
    public static PyObject digit(PyObject chr, PyObject dflt) {
        return UcdType.CURRENT.digit(chr, dflt);
    }

    @PyMethod(sig = "(chr, default=NULL, /)")
    public static PyObject numeric(PyObject chr, PyObject dflt) {
        return UcdType.CURRENT.numeric(chr, dflt);
    }

    @PyMethod(sig = "(chr, /)")
    public static PyObject category(PyObject chr) {
        return UcdType.CURRENT.category(chr);
    }

    @PyMethod(sig = "(chr, /)")
    public static PyObject bidirectional(PyObject chr) {
        return UcdType.CURRENT.bidirectional(chr);
    }

    @PyMethod(sig = "(chr, /)")
    public static PyObject combining(PyObject chr) {
        return UcdType.CURRENT.combining(chr);
    }

    @PyMethod(sig = "(chr, /)")
    public static PyObject mirrored(PyObject chr) {
        return UcdType.CURRENT.mirrored(chr);
    }

    @PyMethod(sig = "(chr, /)")
    public static PyObject east_asian_width(PyObject chr) {
        return UcdType.CURRENT.east_asian_width(chr);
    }

    @PyMethod(sig = "(chr, /)")
    public static PyObject decomposition(PyObject chr) {
        return UcdType.CURRENT.decomposition(chr);
    }

    @PyMethod(sig = "(form, unistr, /)")
    public static PyObject is_normalized(PyObject form, PyObject unistr) {
        return UcdType.CURRENT.is_normalized(form, unistr);
    }

    @PyMethod(sig = "(form, unistr, /)")
    public static PyObject normalize(PyObject form, PyObject unistr) {
        return UcdType.CURRENT.normalize(form, unistr);
    }

    @PyMethod(sig = "(chr, default=NULL, /)")
    public static PyObject name(PyObject chr, PyObject dflt) {
        return UcdType.CURRENT.name(chr, dflt);
    }

    @PyMethod(sig = "(name, /)")
    public static PyObject lookup(PyObject name) {
        return UcdType.CURRENT.lookup(name);
    }
}
