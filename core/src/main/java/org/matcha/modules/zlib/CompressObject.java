package org.matcha.modules.zlib;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** zlib.Compress, made by zlib.compressobj(). CPython: zlibmodule.c zlib_Compress_*. */
@PyClass(name = "zlib.Compress")
public final class CompressObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("zlib.Compress", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    private final ZStream zst;
    /** Null once flush(Z_FINISH) ended the stream (CPython: is_initialised = 0). */
    private ZDeflate state;
    /** What deflate returned last in run(). */
    private int lastErr;

    CompressObject(ZStream zst, ZDeflate state) {
        this.zst = zst;
        this.state = state;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        throw Errors.typeError("cannot create 'zlib.Compress' instances");
    }

    /** Runs deflate with the given flush mode until it leaves output space unused. */
    private OutputBuffer run(int flush, String what) {
        OutputBuffer out = new OutputBuffer(zst, -1);
        int err;
        do {
            if (zst.availOut == 0) {
                out.grow();
            }
            err = state == null ? ZDeflate.Z_STREAM_ERROR : state.deflate(flush);
            if (err == ZDeflate.Z_STREAM_ERROR) {
                throw ZlibModule.zlibError(zst, err, what);
            }
        } while (zst.availOut == 0);
        lastErr = err;
        return out;
    }

    @PyMethod
    public PyObject compress(PyObject data) {
        byte[] in = PyBytes.asBytes(data);
        zst.setInput(in, 0, in.length);
        OutputBuffer out = run(ZDeflate.Z_NO_FLUSH, "while compressing data");
        return new PyBytes(out.finish());
    }

    @PyMethod(sig = "(mode=4, /)")
    public PyObject flush(int mode) {
        if (mode == ZDeflate.Z_NO_FLUSH) {
            return new PyBytes(new byte[0]);
        }
        zst.setInput(new byte[0], 0, 0);
        OutputBuffer out = run(mode, "while flushing");
        if (lastErr == ZDeflate.Z_STREAM_END && mode == ZDeflate.Z_FINISH) {
            state = null;
        } else if (lastErr != ZDeflate.Z_OK && lastErr != ZDeflate.Z_BUF_ERROR) {
            throw ZlibModule.zlibError(zst, lastErr, "while flushing");
        }
        return new PyBytes(out.finish());
    }

    @PyMethod
    public PyObject copy() {
        if (state == null) {
            throw Errors.valueError("Inconsistent stream state");
        }
        ZStream z = new ZStream();
        return new CompressObject(z, state.copy(z));
    }

    @PyMethod
    public PyObject __copy__() {
        return copy();
    }

    @PyMethod
    public PyObject __deepcopy__(PyObject memo) {
        return copy();
    }
}
