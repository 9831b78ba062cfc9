package org.matcha.modules.zlib;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** zlib.Decompress, made by zlib.decompressobj(). CPython: zlibmodule.c zlib_Decompress_*. */
@PyClass(name = "zlib.Decompress")
public final class DecompressObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("zlib.Decompress", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    private final ZStream zst;
    private ZInflate state;
    private final byte[] zdict;
    private byte[] unusedData = new byte[0];
    private byte[] unconsumedTail = new byte[0];
    private boolean eof;

    DecompressObject(ZStream zst, ZInflate state, byte[] zdict) {
        this.zst = zst;
        this.state = state;
        this.zdict = zdict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        throw Errors.typeError("cannot create 'zlib.Decompress' instances");
    }

    /** CPython: zlibmodule.c set_inflate_zdict. */
    void setZdict() {
        int err = state.setDictionary(zdict);
        if (err != ZInflate.Z_OK) {
            throw ZlibModule.zlibError(zst, err, "while setting zdict");
        }
    }

    /** CPython: zlibmodule.c save_unconsumed_input. */
    private void saveUnconsumedInput(byte[] data, int err) {
        if (err == ZInflate.Z_STREAM_END && zst.availIn > 0) {
            byte[] n = java.util.Arrays.copyOf(unusedData, unusedData.length + zst.availIn);
            System.arraycopy(zst.in, zst.nextIn, n, unusedData.length, zst.availIn);
            unusedData = n;
            zst.availIn = 0;
        }
        if (zst.availIn > 0 || unconsumedTail.length > 0) {
            unconsumedTail = java.util.Arrays.copyOfRange(data, zst.nextIn, data.length);
        }
    }

    /** The inflate loop shared by decompress() and flush(); returns zlib's last result. */
    private int run(byte[] data, OutputBuffer out, long maxLength, boolean finish) {
        if (state == null) {
            // the stream was ended by flush(): zlib's inflate on an ended stream says Z_STREAM_ERROR
            return ZInflate.Z_STREAM_ERROR;
        }
        zst.setInput(data, 0, data.length);
        int err;
        do {
            if (zst.availOut == 0) {
                if (maxLength > 0 && out.size() >= maxLength) {
                    return ZInflate.Z_OK;
                }
                out.grow();
            }
            err = state.inflate(finish);
            if (err == ZInflate.Z_NEED_DICT && zdict != null) {
                setZdict();
                continue;
            }
            if (err != ZInflate.Z_OK && err != ZInflate.Z_BUF_ERROR && err != ZInflate.Z_STREAM_END) {
                return err;
            }
        } while (zst.availOut == 0 || err == ZInflate.Z_NEED_DICT);
        return err;
    }

    @PyMethod(sig = "(data, /, max_length=0)")
    public PyObject decompress(PyObject data, long maxLength) {
        byte[] in = PyBytes.asBytes(data);
        if (maxLength < 0) {
            throw Errors.valueError("max_length must be non-negative");
        }
        OutputBuffer out = new OutputBuffer(zst, maxLength == 0 ? -1 : maxLength);
        int err = run(in, out, maxLength, false);
        saveUnconsumedInput(in, err);
        if (err == ZInflate.Z_STREAM_END) {
            eof = true;
        } else if (err != ZInflate.Z_OK && err != ZInflate.Z_BUF_ERROR) {
            throw ZlibModule.zlibError(zst, err, "while decompressing data");
        }
        return new PyBytes(out.finish());
    }

    @PyMethod(sig = "(length=16384, /)")
    public PyObject flush(long length) {
        if (length <= 0) {
            throw Errors.valueError("length must be greater than zero");
        }
        if (state == null) {
            return new PyBytes(new byte[0]);
        }
        byte[] in = unconsumedTail;
        OutputBuffer out = new OutputBuffer(zst, -1, (int) Math.min(length, 1 << 20));
        int err = run(in, out, 0, true);
        saveUnconsumedInput(in, err);
        if (err == ZInflate.Z_STREAM_END) {
            eof = true;
            state = null;
        }
        return new PyBytes(out.finish());
    }

    @PyMethod
    public PyObject copy() {
        if (state == null) {
            throw Errors.valueError("Inconsistent stream state");
        }
        ZStream z = new ZStream();
        DecompressObject d = new DecompressObject(z, state.copy(z), zdict);
        d.unusedData = unusedData;
        d.unconsumedTail = unconsumedTail;
        d.eof = eof;
        return d;
    }

    @PyMethod
    public PyObject __copy__() {
        return copy();
    }

    @PyMethod
    public PyObject __deepcopy__(PyObject memo) {
        return copy();
    }

    @PyGetter
    public PyObject unused_data() {
        return new PyBytes(unusedData);
    }

    @PyGetter
    public PyObject unconsumed_tail() {
        return new PyBytes(unconsumedTail);
    }

    @PyGetter
    public PyObject eof() {
        return PyBool.of(eof);
    }
}
