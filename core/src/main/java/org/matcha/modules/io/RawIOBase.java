package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Errors;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** _io._RawIOBase: read() and readall() over the subclass's readinto(). CPython: iobase.c, rawiobase_*. */
@PyClass(name = "_io._RawIOBase")
public class RawIOBase extends IOBase {
    public static final PyType TYPE = PyType.builtin("_io._RawIOBase", IOBase.TYPE, RawIOBase::new);

    static {
        TYPE.sharesBaseLayout = true;
    }

    protected RawIOBase(PyType type) {
        super(type);
    }

    /** CPython: _io__RawIOBase_read_impl. */
    @PyMethod(name = "read", sig = "(size=-1, /)")
    public static PyObject baseRead(IOBase self, PyObject sizeArg) {
        long n = IoSupport.optionalSize(sizeArg);
        if (n < 0) {
            return IoSupport.callMethod(self, "readall");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.memory();
        }
        PyByteArray b = new PyByteArray(new byte[(int) n]);
        PyObject res = IoSupport.callMethod(self, "readinto", b);
        if (res == PyNone.NONE) {
            return PyNone.NONE;
        }
        long got = IoSupport.asLong(res);
        if (got < 0 || got > n) {
            throw Errors.valueError("readinto returned " + got + " outside buffer size " + n);
        }
        return IoSupport.bytes(b.bufferArray(), 0, (int) got);
    }

    /** CPython: _io__RawIOBase_readall_impl. */
    @PyMethod(name = "readall")
    public static PyObject baseReadall(IOBase self) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            PyObject data = IoSupport.callMethod(self, "read", PyInt.of(IoSupport.DEFAULT_BUFFER_SIZE));
            if (data == PyNone.NONE) {
                if (out.size() == 0) {
                    return PyNone.NONE;
                }
                break;
            }
            if (!(data instanceof PyBytes b)) {
                throw Errors.typeError("read() should return bytes");
            }
            if (b.bytes.length == 0) {
                break;
            }
            out.write(b.bytes, 0, b.bytes.length);
        }
        return new PyBytes(out.toByteArray());
    }
}
