package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/**
 * _io.IncrementalNewlineDecoder: wraps a decoder (or none, for str input), records which line
 * endings were seen and, when translating, turns "\r\n" and "\r" into "\n". A "\r" at the end of
 * a chunk is held back until the next chunk shows whether "\n" follows.
 * CPython: Modules/_io/textio.c, _io_IncrementalNewlineDecoder_*.
 */
@PyClass(name = "_io.IncrementalNewlineDecoder")
public final class IncrementalNewlineDecoder extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.IncrementalNewlineDecoder", PyType.OBJECT,
            IncrementalNewlineDecoder::new);

    static final int SEEN_CR = 1;
    static final int SEEN_LF = 2;
    static final int SEEN_CRLF = 4;

    private final PyType type;
    private PyDict dict;
    PyObject decoder = PyNone.NONE;
    boolean translate;
    PyObject errors = PyStr.of("strict");
    boolean pendingCR;
    int seennl;
    boolean initialized;

    IncrementalNewlineDecoder(PyType type) {
        this.type = type;
    }

    /** The decoder StringIO and TextIOWrapper use internally. */
    static IncrementalNewlineDecoder create(PyObject decoder, boolean translate) {
        IncrementalNewlineDecoder d = new IncrementalNewlineDecoder(TYPE);
        d.decoder = decoder;
        d.translate = translate;
        d.initialized = true;
        return d;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new IncrementalNewlineDecoder(cls);
    }

    @PyMethod(sig = "(decoder, translate, errors='strict')")
    public void __init__(PyObject decoderArg, PyObject translateArg, PyObject errorsArg) {
        decoder = decoderArg;
        translate = Abstract.isTrue(translateArg);
        errors = errorsArg;
        pendingCR = false;
        seennl = 0;
        initialized = true;
    }

    private void checkInitialized() {
        if (!initialized) {
            throw Errors.valueError("IncrementalNewlineDecoder.__init__() not called");
        }
    }

    @PyMethod(sig = "(input, final=False)")
    public PyObject decode(PyObject input, boolean isFinal) {
        checkInitialized();
        PyObject output;
        if (decoder == PyNone.NONE) {
            output = input;
        } else {
            output = Abstract.call(Abstract.getAttr(decoder, "decode"), new PyObject[] {input, PyInt.of(isFinal ? 1 : 0)},
                    new String[] {"final"});
        }
        if (!(output instanceof PyStr s)) {
            throw Errors.typeError("decoder should return a string result, not '" + output.type().name + "'");
        }
        return PyStr.of(translateText(s.toString(), isFinal));
    }

    /** The newline bookkeeping on already-decoded text. CPython: _PyIncrementalNewlineDecoder_decode. */
    String translateText(String text, boolean isFinal) {
        String out = text;
        if (pendingCR && (isFinal || !out.isEmpty())) {
            out = "\r" + out;
            pendingCR = false;
        }
        if (!isFinal && !out.isEmpty() && out.charAt(out.length() - 1) == '\r') {
            out = out.substring(0, out.length() - 1);
            pendingCR = true;
        }
        int cr = 0;
        int lf = 0;
        int crlf = 0;
        boolean anyCR = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\r') {
                anyCR = true;
                if (i + 1 < out.length() && out.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (lf > 0) {
            seennl |= SEEN_LF;
        }
        if (cr > 0) {
            seennl |= SEEN_CR;
        }
        if (crlf > 0) {
            seennl |= SEEN_CRLF;
        }
        if (translate && anyCR) {
            out = out.replace("\r\n", "\n").replace('\r', '\n');
        }
        return out;
    }

    @PyMethod
    public PyObject getstate() {
        checkInitialized();
        PyObject buffer;
        long flag;
        if (decoder != PyNone.NONE) {
            PyObject state = IoSupport.callMethod(decoder, "getstate");
            if (!(state instanceof PyTuple t) || t.items.length != 2) {
                throw Errors.typeError("illegal decoder state");
            }
            buffer = t.items[0];
            flag = IoSupport.asLong(t.items[1]);
        } else {
            buffer = new PyBytes(new byte[0]);
            flag = 0;
        }
        flag <<= 1;
        if (pendingCR) {
            flag |= 1;
        }
        return PyTuple.of(buffer, PyInt.of(flag));
    }

    @PyMethod(sig = "(state, /)")
    public PyObject setstate(PyObject state) {
        checkInitialized();
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state argument must be a tuple");
        }
        if (t.items.length != 2) {
            throw Errors.typeError("setstate() argument must be a tuple of length 2");
        }
        long flag = IoSupport.asLong(t.items[1]);
        pendingCR = (flag & 1) != 0;
        if (decoder != PyNone.NONE) {
            IoSupport.callMethod(decoder, "setstate", PyTuple.of(t.items[0], PyInt.of(flag >> 1)));
        }
        return PyNone.NONE;
    }

    @PyMethod
    public PyObject reset() {
        checkInitialized();
        seennl = 0;
        pendingCR = false;
        if (decoder != PyNone.NONE) {
            IoSupport.callMethod(decoder, "reset");
        }
        return PyNone.NONE;
    }

    @PyGetter
    public PyObject newlines() {
        checkInitialized();
        return newlinesFor(seennl);
    }

    static PyObject newlinesFor(int seen) {
        PyStr cr = PyStr.of("\r");
        PyStr lf = PyStr.of("\n");
        PyStr crlf = PyStr.of("\r\n");
        return switch (seen) {
            case SEEN_CR -> cr;
            case SEEN_LF -> lf;
            case SEEN_CRLF -> crlf;
            case SEEN_CR | SEEN_LF -> PyTuple.of(cr, lf);
            case SEEN_CR | SEEN_CRLF -> PyTuple.of(cr, crlf);
            case SEEN_LF | SEEN_CRLF -> PyTuple.of(lf, crlf);
            case SEEN_CR | SEEN_LF | SEEN_CRLF -> PyTuple.of(cr, lf, crlf);
            default -> PyNone.NONE;
        };
    }
}
