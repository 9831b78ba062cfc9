package org.matcha.modules.io;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/** The _io module behind Lib/io.py and the builtin open(). CPython: Modules/_io/_iomodule.c. */
@PyModuleDef(name = "_io")
public final class IoModule {
    private IoModule() {}

    /** io.UnsupportedOperation(message), for streams outside this package (sys's host streams). */
    public static org.matcha.objects.PyException unsupportedOperation(String message) {
        return IoSupport.unsupported(message);
    }

    public static void init(PyModule m) {
        m.add("DEFAULT_BUFFER_SIZE", PyInt.of(IoSupport.DEFAULT_BUFFER_SIZE));
        m.add("UnsupportedOperation", IoSupport.unsupportedOperation());
        m.add("BlockingIOError", ExceptionTypes.BlockingIOError);
        m.add("_IOBase", IOBase.TYPE);
        m.add("_RawIOBase", RawIOBase.TYPE);
        m.add("_BufferedIOBase", BufferedIOBase.TYPE);
        m.add("_TextIOBase", TextIOBase.TYPE);
        m.add("FileIO", FileIO.TYPE);
        m.add("BytesIO", BytesIO.TYPE);
        m.add("StringIO", StringIO.TYPE);
        m.add("BufferedReader", BufferedReader.TYPE);
        m.add("BufferedWriter", BufferedWriter.TYPE);
        m.add("BufferedRandom", BufferedRandom.TYPE);
        m.add("BufferedRWPair", BufferedRWPair.TYPE);
        m.add("TextIOWrapper", TextIOWrapper.TYPE);
        m.add("IncrementalNewlineDecoder", IncrementalNewlineDecoder.TYPE);
    }

    /** CPython: _io_open_impl. */
    @PyMethod(sig = "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)")
    public static PyObject open(PyObject file, PyObject modeArg, int buffering, PyObject encoding, PyObject errors,
            PyObject newline, boolean closefd, PyObject opener) {
        return Opener.open(file, modeArg, buffering, encoding, errors, newline, closefd, opener);
    }

    /** CPython: _io_open_code_impl (no hook installed: open(path, "rb")). */
    @PyMethod(sig = "(path)")
    public static PyObject open_code(PyObject path) {
        if (!(path instanceof PyStr)) {
            throw Errors.typeError("open_code() argument 'path' must be str, not " + path.type().name);
        }
        return Opener.open(path, PyStr.of("rb"), -1, PyNone.NONE, PyNone.NONE, PyNone.NONE, true, PyNone.NONE);
    }

    /** CPython: _io_text_encoding_impl (UTF-8 mode is off; no EncodingWarning without -X warn_default_encoding). */
    @PyMethod(sig = "(encoding, stacklevel=2, /)")
    public static PyObject text_encoding(PyObject encoding, int stacklevel) {
        if (encoding == PyNone.NONE) {
            return PyStr.of("locale");
        }
        return encoding;
    }
}
