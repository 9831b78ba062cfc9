package org.matcha.modules.zlib;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;
import org.matcha.objects.TypeBuilder;

/** The zlib module over our own deflate and inflate (zlib 1.2.13's algorithms). CPython: Modules/zlibmodule.c. */
@PyModuleDef(name = "zlib")
public final class ZlibModule {
    private ZlibModule() {}

    static final int MAX_WBITS = 15;
    static final int DEF_MEM_LEVEL = 8;
    static final int DEF_BUF_SIZE = 16384;
    private static PyType errorType;

    public static void init(PyModule m) {
        m.add("error", errorType());
        m.add("MAX_WBITS", PyInt.of(MAX_WBITS));
        m.add("DEFLATED", PyInt.of(8));
        m.add("DEF_MEM_LEVEL", PyInt.of(DEF_MEM_LEVEL));
        m.add("DEF_BUF_SIZE", PyInt.of(DEF_BUF_SIZE));
        m.add("Z_NO_COMPRESSION", PyInt.of(0));
        m.add("Z_BEST_SPEED", PyInt.of(1));
        m.add("Z_BEST_COMPRESSION", PyInt.of(9));
        m.add("Z_DEFAULT_COMPRESSION", PyInt.of(-1));
        m.add("Z_FILTERED", PyInt.of(1));
        m.add("Z_HUFFMAN_ONLY", PyInt.of(2));
        m.add("Z_RLE", PyInt.of(3));
        m.add("Z_FIXED", PyInt.of(4));
        m.add("Z_DEFAULT_STRATEGY", PyInt.of(0));
        m.add("Z_NO_FLUSH", PyInt.of(0));
        m.add("Z_PARTIAL_FLUSH", PyInt.of(1));
        m.add("Z_SYNC_FLUSH", PyInt.of(2));
        m.add("Z_FULL_FLUSH", PyInt.of(3));
        m.add("Z_FINISH", PyInt.of(4));
        m.add("Z_BLOCK", PyInt.of(5));
        m.add("Z_TREES", PyInt.of(6));
        m.add("ZLIB_VERSION", PyStr.of("1.2.13"));
        m.add("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
    }

    static PyType errorType() {
        if (errorType == null) {
            PyDict ns = new PyDict();
            ns.setItem("__module__", PyStr.of("zlib"));
            errorType = TypeBuilder.build(PyType.TYPE, "error", new PyObject[] {ExceptionTypes.Exception}, ns, null);
        }
        return errorType;
    }

    static PyException error(String message) {
        return Errors.of(errorType(), message);
    }

    /** CPython: zlibmodule.c zlib_error. */
    static PyException zlibError(ZStream zst, int err, String msg) {
        String zmsg = zst.msg;
        if (zmsg == null) {
            if (err == -5) {
                zmsg = "incomplete or truncated stream";
            } else if (err == -2) {
                zmsg = "inconsistent stream state";
            } else if (err == -3) {
                zmsg = "invalid input data";
            }
        }
        if (zmsg == null) {
            return error("Error " + err + " " + msg);
        }
        return error("Error " + err + " " + msg + ": " + zmsg);
    }

    /** An `unsigned int(bitwise=True)` argument: any int, reduced modulo 2**32. */
    static int bitwiseUInt(PyObject o) {
        PyInt i = Abstract.index(o);
        return i.big != null ? i.big.intValue() : (int) i.value;
    }

    @PyMethod(sig = "(data, value=1, /)")
    public static PyObject adler32(PyObject data, PyObject value) {
        byte[] b = PyBytes.asBytes(data);
        return PyInt.of(Checksums.adler32(bitwiseUInt(value), b, 0, b.length) & 0xffffffffL);
    }

    @PyMethod(sig = "(data, value=0, /)")
    public static PyObject crc32(PyObject data, PyObject value) {
        byte[] b = PyBytes.asBytes(data);
        return PyInt.of(Checksums.crc32(bitwiseUInt(value), b, 0, b.length) & 0xffffffffL);
    }

    /** CPython: zlibmodule.c zlib_compress_impl. */
    @PyMethod(sig = "(data, /, level=-1, wbits=15)")
    public static PyObject compress(PyObject data, int level, int wbits) {
        byte[] in = PyBytes.asBytes(data);
        ZStream zst = new ZStream();
        ZDeflate d = ZDeflate.init(zst, level, 8, wbits, DEF_MEM_LEVEL, 0);
        if (d == null) {
            throw error("Bad compression level");
        }
        OutputBuffer out = new OutputBuffer(zst, -1);
        zst.setInput(in, 0, in.length);
        int err;
        do {
            if (zst.availOut == 0) {
                out.grow();
            }
            err = d.deflate(ZDeflate.Z_FINISH);
            if (err == ZDeflate.Z_STREAM_ERROR) {
                throw zlibError(zst, err, "while compressing data");
            }
        } while (zst.availOut == 0);
        if (err != ZDeflate.Z_STREAM_END) {
            throw zlibError(zst, err, "while compressing data");
        }
        return new PyBytes(out.finish());
    }

    /** CPython: zlibmodule.c zlib_decompress_impl. */
    @PyMethod(sig = "(data, /, wbits=15, bufsize=16384)")
    public static PyObject decompress(PyObject data, int wbits, long bufsize) {
        byte[] in = PyBytes.asBytes(data);
        if (bufsize < 0) {
            throw Errors.valueError("bufsize must be non-negative");
        }
        if (bufsize == 0) {
            bufsize = 1;
        }
        ZStream zst = new ZStream();
        zst.setInput(in, 0, in.length);
        ZInflate inf = ZInflate.init(zst, wbits);
        if (inf == null) {
            throw zlibError(zst, -2, "while preparing to decompress data");
        }
        OutputBuffer out = new OutputBuffer(zst, -1, (int) Math.min(bufsize, 1 << 20));
        int err;
        do {
            if (zst.availOut == 0) {
                out.grow();
            }
            err = inf.inflate(true);
            if (err != ZInflate.Z_OK && err != ZInflate.Z_BUF_ERROR && err != ZInflate.Z_STREAM_END) {
                throw zlibError(zst, err, "while decompressing data");
            }
        } while (zst.availOut == 0);
        if (err != ZInflate.Z_STREAM_END) {
            throw zlibError(zst, err, "while decompressing data");
        }
        return new PyBytes(out.finish());
    }

    /** CPython: zlibmodule.c zlib_compressobj_impl. */
    @PyMethod(sig = "(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=NULL)")
    public static PyObject compressobj(int level, int method, int wbits, int memLevel, int strategy,
            PyObject zdict) {
        byte[] dict = zdict == null ? null : PyBytes.asBytes(zdict);
        ZStream zst = new ZStream();
        ZDeflate d = ZDeflate.init(zst, level, method, wbits, memLevel, strategy);
        if (d == null) {
            throw Errors.valueError("Invalid initialization option");
        }
        if (dict != null && d.setDictionary(dict) != ZDeflate.Z_OK) {
            throw Errors.valueError("Invalid dictionary");
        }
        return new CompressObject(zst, d);
    }

    /** CPython: zlibmodule.c zlib_decompressobj_impl. */
    @PyMethod(sig = "(wbits=15, zdict=NULL)")
    public static PyObject decompressobj(int wbits, PyObject zdict) {
        byte[] dict = null;
        if (zdict != null) {
            if (!(zdict instanceof PyBytes) && !(zdict instanceof org.matcha.objects.BufferExporter)) {
                throw Errors.typeError("zdict argument must support the buffer protocol");
            }
            dict = PyBytes.asBytes(zdict);
        }
        ZStream zst = new ZStream();
        ZInflate inf = ZInflate.init(zst, wbits);
        if (inf == null) {
            throw Errors.valueError("Invalid initialization option");
        }
        DecompressObject obj = new DecompressObject(zst, inf, dict);
        if (dict != null && wbits < 0) {
            obj.setZdict();
        }
        return obj;
    }
}
