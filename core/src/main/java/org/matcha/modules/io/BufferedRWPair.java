package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** _io.BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams. CPython: bufferedio.c, bufferedrwpair_*. */
@PyClass(name = "_io.BufferedRWPair")
public class BufferedRWPair extends BufferedIOBase {
    public static final PyType TYPE = PyType.builtin("_io.BufferedRWPair", BufferedIOBase.TYPE, BufferedRWPair::new);

    private BufferedReader reader;
    private BufferedWriter writer;

    protected BufferedRWPair(PyType type) {
        super(type);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    @PyMethod(sig = "(reader, writer, buffer_size=8192, /)")
    public void __init__(PyObject readerRaw, PyObject writerRaw, PyObject bufferSize) {
        checkReadable(readerRaw);
        checkWritable(writerRaw);
        BufferedReader r = (BufferedReader) BufferedReader.TYPE.factory.apply(BufferedReader.TYPE);
        r.init(readerRaw, bufferSize, true, false, false);
        BufferedWriter w = (BufferedWriter) BufferedWriter.TYPE.factory.apply(BufferedWriter.TYPE);
        w.init(writerRaw, bufferSize, false, true, false);
        reader = r;
        writer = w;
    }

    private BufferedReader reader() {
        if (reader == null) {
            throw Errors.valueError("I/O operation on uninitialized object");
        }
        return reader;
    }

    private BufferedWriter writer() {
        if (writer == null) {
            throw Errors.valueError("I/O operation on uninitialized object");
        }
        return writer;
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read(PyObject size) {
        return reader().doRead(size);
    }

    @PyMethod(sig = "(size=0, /)")
    public PyObject peek(PyObject size) {
        return reader().doPeek(size);
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read1(PyObject size) {
        return reader().doRead1(size);
    }

    @PyMethod(sig = "(buffer, /)")
    public PyObject readinto(PyObject buffer) {
        return reader().doReadinto(buffer, false);
    }

    @PyMethod(sig = "(buffer, /)")
    public PyObject readinto1(PyObject buffer) {
        return reader().doReadinto(buffer, true);
    }

    @PyMethod(sig = "(buffer, /)")
    public PyObject write(PyObject buffer) {
        return writer().doWrite(buffer);
    }

    @PyMethod
    public PyObject flush() {
        return writer().doFlush();
    }

    @PyMethod
    public boolean readable() {
        return Abstract.isTrue(reader().rawCall("readable"));
    }

    @PyMethod
    public boolean writable() {
        return Abstract.isTrue(writer().rawCall("writable"));
    }

    @PyMethod
    public boolean isatty() {
        return Abstract.isTrue(writer().rawCall("isatty")) || Abstract.isTrue(reader().rawCall("isatty"));
    }

    /** Closes the writer, then the reader, keeping the first error. */
    @PyMethod
    public PyObject close() {
        PyException first = null;
        try {
            writer().doClose();
        } catch (PyException e) {
            first = e;
        }
        try {
            reader().doClose();
        } catch (PyException e) {
            if (first == null) {
                first = e;
            } else {
                e.value.context = first.value;
                first = e;
            }
        }
        if (first != null) {
            throw first;
        }
        return PyNone.NONE;
    }

    @PyGetter
    public PyObject closed() {
        return writer().closedAttr();
    }
}
