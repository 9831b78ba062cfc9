package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** One entry of a traceback: a frame and the instruction it was executing. CPython: Python/traceback.c. */
@PyClass(name = "traceback")
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT);
    public final Frame frame;
    public final int lasti;
    public final PyTraceback next;

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

    @PyGetter
    public PyObject tb_next() {
        return next == null ? PyNone.NONE : next;
    }
}
