package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** _io.BufferedReader: a read buffer over a readable raw stream. CPython: Modules/_io/bufferedio.c. */
@PyClass(name = "_io.BufferedReader")
public class BufferedReader extends Buffered {
    public static final PyType TYPE = PyType.builtin("_io.BufferedReader", BufferedIOBase.TYPE, BufferedReader::new);

    protected BufferedReader(PyType type) {
        super(type);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    @PyMethod(sig = "(raw, buffer_size=8192)")
    public void __init__(PyObject raw, PyObject bufferSize) {
        init(raw, bufferSize, true, false, false);
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read(PyObject size) {
        return doRead(size);
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read1(PyObject size) {
        return doRead1(size);
    }

    @PyMethod(sig = "(buffer, /)")
    public PyObject readinto(PyObject buffer) {
        return doReadinto(buffer, false);
    }

    @PyMethod(sig = "(buffer, /)")
    public PyObject readinto1(PyObject buffer) {
        return doReadinto(buffer, true);
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject readline(PyObject size) {
        return doReadline(size);
    }

    @PyMethod(sig = "(size=0, /)")
    public PyObject peek(PyObject size) {
        return doPeek(size);
    }

    @PyMethod
    public PyObject __next__() {
        return next();
    }

    @PyMethod
    public PyObject flush() {
        return doFlush();
    }

    @PyMethod
    public PyObject close() {
        return doClose();
    }

    @PyMethod
    public PyObject detach() {
        return doDetach();
    }

    @PyMethod(sig = "(target, whence=0, /)")
    public PyObject seek(PyObject target, int whence) {
        return doSeek(target, whence);
    }

    @PyMethod
    public PyObject tell() {
        return doTell();
    }

    @PyMethod(sig = "(pos=None, /)")
    public PyObject truncate(PyObject pos) {
        return doTruncate(pos);
    }

    @PyMethod
    public boolean seekable() {
        return Abstract.isTrue(rawCall("seekable"));
    }

    @PyMethod
    public boolean readable() {
        return Abstract.isTrue(rawCall("readable"));
    }

    @PyMethod
    public boolean writable() {
        return Abstract.isTrue(rawCall("writable"));
    }

    @PyMethod
    public PyObject fileno() {
        return rawCall("fileno");
    }

    @PyMethod
    public boolean isatty() {
        return Abstract.isTrue(rawCall("isatty"));
    }

    @PyGetter
    public PyObject closed() {
        return closedAttr();
    }

    @PyGetter
    public PyObject name() {
        return nameAttr();
    }

    @PyGetter
    public PyObject mode() {
        return modeAttr();
    }

    @PyGetter(name = "raw")
    public PyObject rawGetter() {
        return rawAttr();
    }

    @PyMethod(sig = "(source, /)")
    public PyObject _dealloc_warn(PyObject source) {
        return PyNone.NONE;
    }

    @PyMethod
    public PyObject __getstate__() {
        throw Errors.typeError("cannot pickle '" + type().name + "' object");
    }

    @PyMethod
    public PyObject __repr__() {
        return repr();
    }
}
