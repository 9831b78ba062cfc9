package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** _io._TextIOBase: everything unsupported, encoding/newlines/errors None. CPython: textio.c, textiobase_*. */
@PyClass(name = "_io._TextIOBase")
public class TextIOBase extends IOBase {
    public static final PyType TYPE = PyType.builtin("_io._TextIOBase", IOBase.TYPE, TextIOBase::new);

    static {
        TYPE.sharesBaseLayout = true;
        for (String name : new String[] {"encoding", "newlines", "errors"}) {
            TYPE.addGetSet(name, self -> PyNone.NONE, null);
        }
    }

    protected TextIOBase(PyType type) {
        super(type);
    }

    @PyMethod(name = "detach")
    public static PyObject baseDetach(IOBase self) {
        throw IoSupport.unsupported("detach");
    }

    @PyMethod(name = "read", sig = "(*args)")
    public static PyObject baseRead(IOBase self, PyObject[] args) {
        throw IoSupport.unsupported("read");
    }

    @PyMethod(name = "readline", sig = "(*args)")
    public static PyObject baseReadline(IOBase self, PyObject[] args) {
        throw IoSupport.unsupported("readline");
    }

    @PyMethod(name = "write", sig = "(*args)")
    public static PyObject baseWrite(IOBase self, PyObject[] args) {
        throw IoSupport.unsupported("write");
    }
}
