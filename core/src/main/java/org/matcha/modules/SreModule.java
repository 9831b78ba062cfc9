package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.modules.sre.SreCompiler;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;

/**
 * The _sre module: the regular expression engine under CPython's pure-Python re package, which
 * compiles patterns to SRE code words and hands them to {@link #compile}.
 * CPython: Modules/_sre/sre.c (module functions and constants).
 */
@PyModuleDef(name = "_sre")
public final class SreModule {
    private SreModule() {}

    public static void init(PyModule m) {
        SreCompiler.initModule(m);
    }

    @PyMethod
    public static int getcodesize() {
        return 4;
    }

    @PyMethod(sig = "(pattern, flags, code, groups, groupindex, indexgroup)")
    public static PyObject compile(PyObject pattern, PyObject flags, PyObject code, PyObject groups,
            PyObject groupindex, PyObject indexgroup) {
        return SreCompiler.compile(pattern, flags, code, groups, groupindex, indexgroup);
    }

    @PyMethod(sig = "(character, /)")
    public static boolean ascii_iscased(int character) {
        return SreCompiler.asciiIscased(character);
    }

    @PyMethod(sig = "(character, /)")
    public static boolean unicode_iscased(int character) {
        return SreCompiler.unicodeIscased(character);
    }

    @PyMethod(sig = "(character, /)")
    public static int ascii_tolower(int character) {
        return SreCompiler.asciiTolower(character);
    }

    @PyMethod(sig = "(character, /)")
    public static int unicode_tolower(int character) {
        return SreCompiler.unicodeTolower(character);
    }
}
