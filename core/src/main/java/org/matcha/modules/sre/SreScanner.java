package org.matcha.modules.sre;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one subject (finditer and re.Scanner use it).
 * CPython: Modules/_sre/sre.c (scanner_match, scanner_search).
 */
@PyClass(name = "_sre.SRE_Scanner")
public final class SreScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin("_sre.SRE_Scanner", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        SreCompiler.member(TYPE, "pattern", o -> ((SreScanner) o).pattern);
    }

    private final SrePattern pattern;
    private final SreSubject subject;
    private final SreMatcher state;
    private boolean exhausted;

    SreScanner(SrePattern pattern, SreSubject subject, SreMatcher state) {
        this.pattern = pattern;
        this.subject = subject;
        this.state = state;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod
    public PyObject match() {
        return next(false);
    }

    @PyMethod
    public PyObject search() {
        return next(true);
    }

    private PyObject next(boolean search) {
        if (exhausted) {
            return PyNone.NONE;
        }
        state.reset();
        state.ptr = state.start;
        boolean found = search ? state.search() : state.match();
        if (!found) {
            exhausted = true;
            return PyNone.NONE;
        }
        SreMatch m = new SreMatch(pattern, subject, state);
        state.mustAdvance = state.ptr == state.start;
        state.start = state.ptr;
        return m;
    }
}
