package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** One entry of a traceback: a frame and the instruction it was executing. CPython: Python/traceback.c. */
@PyClass(name = "traceback")
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT);
    public final Frame frame;
    public final int lasti;
    public PyTraceback next;

    public PyTraceback(Frame frame, int lasti, PyTraceback next) {
        this.frame = frame;
        this.lasti = lasti;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lineno() {
        return frame.code.lineOf(lasti);
    }

    @PyGetter
    public PyObject tb_frame() {
        return frame;
    }

    @PyGetter
    public int tb_lineno() {
        return lineno();
    }

    @PyGetter
    public int tb_lasti() {
        return lasti * 2;
    }

    /** tb_next is writable (unittest trims its own frames). CPython: tb_next_set. */
    public static void installGetSets() {
        TYPE.addGetSet("tb_next", t -> ((PyTraceback) t).next == null ? PyNone.NONE : ((PyTraceback) t).next,
                (t, v) -> {
                    if (v == null) {
                        throw Errors.typeError("can't delete tb_next attribute");
                    }
                    if (v == PyNone.NONE) {
                        ((PyTraceback) t).next = null;
                        return;
                    }
                    if (!(v instanceof PyTraceback n)) {
                        throw Errors.typeError("expected traceback object or None, got '" + v.type().name + "'");
                    }
                    for (PyTraceback c = n; c != null; c = c.next) {
                        if (c == t) {
                            throw Errors.valueError("traceback loop detected");
                        }
                    }
                    ((PyTraceback) t).next = n;
                });
    }
}
