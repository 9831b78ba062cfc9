package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** One entry of a traceback: a frame and the instruction it was executing. CPython: Python/traceback.c. */
@PyClass(name = "traceback")
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        // CPython: tb_next_set: a traceback object or None, and no cycles
        TYPE.addGetSet("tb_next", o -> ((PyTraceback) o).tb_next(), (o, v) -> ((PyTraceback) o).setNext(v));
    }

    public final Frame frame;
    public final int lasti;
    public PyTraceback next;
    /** The line given to types.TracebackType(...); -1 when it comes from the frame's code. */
    private int givenLine = -1;

    public PyTraceback(Frame frame, int lasti, PyTraceback next) {
        this.frame = frame;
        if (frame != null) {
            frame.escaped = true;
        }
        this.lasti = lasti;
        this.next = next;
    }

    /** CPython: tb_new: types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno). */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(tb_next, tb_frame, tb_lasti, tb_lineno)")
    public static PyObject __new__(PyType cls, PyObject tbNext, PyObject tbFrame, PyObject tbLasti,
            PyObject tbLineno) {
        if (tbNext != PyNone.NONE && !(tbNext instanceof PyTraceback)) {
            throw Errors.typeError("expected traceback object or None, got '" + tbNext.type().name + "'");
        }
        if (!(tbFrame instanceof Frame f)) {
            throw Errors.typeError("TracebackType() argument 'tb_frame' must be frame, not "
                    + tbFrame.type().name);
        }
        int lasti = Args.toInt(tbLasti);
        PyTraceback tb = new PyTraceback(f, Math.max(0, lasti / 2), tbNext instanceof PyTraceback n ? n : null);
        tb.givenLine = Args.toInt(tbLineno);
        return tb;
    }

    private void setNext(PyObject v) {
        if (v == null) {
            throw Errors.typeError("can't delete tb_next attribute");
        }
        if (v == PyNone.NONE) {
            next = null;
            return;
        }
        if (!(v instanceof PyTraceback n)) {
            throw Errors.typeError("expected traceback object, got '" + v.type().name + "'");
        }
        for (PyTraceback t = n; t != null; t = t.next) {
            if (t == this) {
                throw Errors.valueError("traceback loop detected");
            }
        }
        next = n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lineno() {
        return givenLine >= 0 ? givenLine : frame.code.lineOf(lasti);
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

    public PyObject tb_next() {
        return next == null ? PyNone.NONE : next;
    }
}
