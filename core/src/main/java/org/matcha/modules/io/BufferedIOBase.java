package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** _io._BufferedIOBase: readinto() over read(), the rest unsupported. CPython: bufferedio.c, bufferediobase_*. */
@PyClass(name = "_io._BufferedIOBase")
public class BufferedIOBase extends IOBase {
    public static final PyType TYPE = PyType.builtin("_io._BufferedIOBase", IOBase.TYPE, BufferedIOBase::new);

    static {
        TYPE.sharesBaseLayout = true;
    }

    protected BufferedIOBase(PyType type) {
        super(type);
    }

    @PyMethod(name = "read", sig = "(*args)")
    public static PyObject baseRead(IOBase self, PyObject[] args) {
        throw IoSupport.unsupported("read");
    }

    @PyMethod(name = "read1", sig = "(*args)")
    public static PyObject baseRead1(IOBase self, PyObject[] args) {
        throw IoSupport.unsupported("read1");
    }

    @PyMethod(name = "write", sig = "(*args)")
    public static PyObject baseWrite(IOBase self, PyObject[] args) {
        throw IoSupport.unsupported("write");
    }

    @PyMethod(name = "detach")
    public static PyObject baseDetach(IOBase self) {
        throw IoSupport.unsupported("detach");
    }

    @PyMethod(name = "readinto", sig = "(buffer, /)")
    public static PyObject baseReadinto(IOBase self, PyObject buffer) {
        return readintoGeneric(self, buffer, "read");
    }

    @PyMethod(name = "readinto1", sig = "(buffer, /)")
    public static PyObject baseReadinto1(IOBase self, PyObject buffer) {
        return readintoGeneric(self, buffer, "read1");
    }

    /** CPython: _bufferediobase_readinto_generic. */
    private static PyObject readintoGeneric(IOBase self, PyObject buffer, String method) {
        BufferExporter target = IoSupport.writableBuffer(buffer);
        int len = target.bufferLength();
        PyObject data = IoSupport.callMethod(self, method, PyInt.of(len));
        if (!(data instanceof PyBytes b)) {
            throw Errors.typeError("read() should return bytes");
        }
        if (b.bytes.length > len) {
            throw Errors.valueError("read() returned too much data: " + len + " bytes requested, "
                    + b.bytes.length + " returned");
        }
        IoSupport.copyInto(target, b.bytes, 0, b.bytes.length);
        return PyInt.of(b.bytes.length);
    }
}
