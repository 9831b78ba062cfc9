package org.matcha.modules.sre;

import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;

/**
 * The module-level side of _sre: its constants, {@code compile} (code words to a Pattern) and the
 * case helpers Lib/re/_compiler.py calls. CPython: Modules/_sre/sre.c (_sre_compile_impl,
 * _sre_ascii_iscased_impl, ...).
 */
public final class SreCompiler {
    private SreCompiler() {}

    public static void initModule(PyModule m) {
        m.add("MAGIC", PyInt.of(SreCode.MAGIC));
        m.add("CODESIZE", PyInt.of(4));
        m.add("MAXREPEAT", PyInt.of(SreCode.MAXREPEAT_VALUE));
        m.add("MAXGROUPS", PyInt.of(SreCode.MAXGROUPS));
        m.add("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        for (org.matcha.objects.PyType t : new org.matcha.objects.PyType[] {SrePattern.TYPE, SreMatch.TYPE, SreScanner.TYPE}) {
            clinicNames(t);
        }
    }

    /** Argument Clinic names methods by their bare name in messages ("match() missing required argument"). */
    private static void clinicNames(org.matcha.objects.PyType t) {
        PyDict d = t.dict();
        for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
            if (d.valueAt(i) instanceof org.matcha.objects.PyMethodDescriptor md) {
                md.fn.spec.setFunctionName(md.fn.name);
            }
        }
    }

    public static PyObject compile(PyObject pattern, PyObject flags, PyObject code, PyObject groups,
            PyObject groupindex, PyObject indexgroup) {
        int f = Args.toInt(flags);
        if (!(code instanceof PyList list)) {
            throw Errors.typeError("compile() argument 'code' must be list, not " + code.type().name);
        }
        long g = Args.toLong(groups);
        if (!(groupindex instanceof PyDict gi)) {
            throw Errors.typeError("compile() argument 'groupindex' must be dict, not " + groupindex.type().name);
        }
        if (!(indexgroup instanceof PyTuple ig)) {
            throw Errors.typeError("compile() argument 'indexgroup' must be tuple, not " + indexgroup.type().name);
        }
        PyObject[] words = Abstract.toArray(list);
        int[] c = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            PyInt v = Abstract.index(words[i]);
            if (v.big != null || v.value < 0 || v.value > 0xFFFFFFFFL) {
                throw Errors.overflow("regular expression code size limit exceeded");
            }
            c[i] = (int) v.value;
        }
        if (g < 0 || g > SreCode.MAXGROUPS) {
            throw Errors.runtimeError("invalid SRE code");
        }
        boolean named = Abstract.len(gi) > 0;
        return new SrePattern(pattern, f, c, (int) g, named ? gi : null,
                named && ig.items.length > 0 ? ig : null);
    }

    /** A READONLY member attribute: reading calls {@code get}, writing or deleting says "readonly attribute". */
    static void member(org.matcha.objects.PyType type, String name,
            java.util.function.Function<PyObject, PyObject> get) {
        type.addGetSet(name, get, (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        });
    }

    /** CPython: _sre.ascii_iscased — an ASCII letter. */
    public static boolean asciiIscased(int ch) {
        return ch < 128 && ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    }

    /** CPython: _sre.unicode_iscased — a character that lowercasing or uppercasing changes. */
    public static boolean unicodeIscased(int ch) {
        return ch != SreChars.lowerUnicode(ch) || ch != SreChars.upperUnicode(ch);
    }

    public static int asciiTolower(int ch) {
        return SreChars.lowerAscii(ch);
    }

    public static int unicodeTolower(int ch) {
        return SreChars.lowerUnicode(ch);
    }
}
