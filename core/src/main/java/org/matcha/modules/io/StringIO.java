package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/**
 * _io.StringIO: text in memory, positions counted in code points, with TextIOWrapper's newline
 * modes. CPython: Modules/_io/stringio.c.
 */
@PyClass(name = "_io.StringIO")
public class StringIO extends TextIOBase {
    public static final PyType TYPE = PyType.builtin("_io.StringIO", TextIOBase.TYPE, StringIO::new);

    private int[] buf = new int[0];
    private int size;
    private int pos;
    private boolean closedFlag;
    private boolean initialized;
    /** The newline argument (null for None). */
    private String readnl;
    private String writenl;
    private boolean readUniversal;
    private IncrementalNewlineDecoder decoder;

    protected StringIO(PyType type) {
        super(type);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    /** CPython: _io_StringIO___init___impl. */
    @PyMethod(sig = "(initial_value='', newline='\\n')")
    public void __init__(PyObject initial, PyObject newline) {
        String nl = null;
        if (newline != PyNone.NONE) {
            if (!(newline instanceof PyStr ns)) {
                throw Errors.typeError("newline must be str or None, not " + newline.type().name);
            }
            nl = ns.toString();
            if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw Errors.valueError("illegal newline value: " + Abstract.reprString(newline));
            }
        }
        if (initial != PyNone.NONE && !(initial instanceof PyStr)) {
            throw Errors.typeError("initial_value must be str or None, not " + initial.type().name);
        }
        readnl = nl;
        readUniversal = nl == null || nl.isEmpty();
        writenl = nl != null && nl.startsWith("\r") ? nl : null;
        decoder = readUniversal ? IncrementalNewlineDecoder.create(PyNone.NONE, nl == null) : null;
        buf = new int[0];
        size = 0;
        pos = 0;
        closedFlag = false;
        initialized = true;
        if (initial instanceof PyStr s && s.length() > 0) {
            writeString(s);
            pos = 0;
        }
    }

    private void checkInitialized() {
        if (!initialized) {
            throw Errors.valueError("I/O operation on uninitialized object");
        }
    }

    private void checkOpen() {
        checkInitialized();
        if (closedFlag) {
            throw IoSupport.closedFile();
        }
    }

    private void ensureCapacity(long wanted) {
        if (wanted > Integer.MAX_VALUE - 8) {
            throw Errors.memory();
        }
        if (wanted > buf.length) {
            long grown = Math.max(wanted, (long) buf.length + (buf.length >> 1) + 16);
            buf = java.util.Arrays.copyOf(buf, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
    }

    /** CPython: write_str (newline translation, then a write at pos, padding with NULs). */
    private int writeString(PyStr s) {
        int original = s.length();
        String text = s.toString();
        if (decoder != null) {
            text = decoder.translateText(text, true);
        }
        if (writenl != null) {
            text = text.replace("\n", writenl);
        }
        int[] cps = PyStr.of(text).codePoints();
        if (cps.length == 0) {
            return original;
        }
        long end = (long) pos + cps.length;
        ensureCapacity(end);
        if (pos > size) {
            java.util.Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(cps, 0, buf, pos, cps.length);
        pos = (int) end;
        if (pos > size) {
            size = pos;
        }
        return original;
    }

    @PyMethod
    public PyObject getvalue() {
        checkOpen();
        return PyStr.ofCodePoints(buf, 0, size);
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read(PyObject sizeArg) {
        checkOpen();
        long n = IoSupport.optionalSize(sizeArg);
        int available = Math.max(0, size - pos);
        int take = n < 0 ? available : (int) Math.min(n, available);
        if (take <= 0) {
            return PyStr.of("");
        }
        PyStr r = PyStr.ofCodePoints(buf, pos, pos + take);
        pos += take;
        return r;
    }

    /** The end of the line starting at start (exclusive), honouring the newline mode. */
    private int lineEnd(int start, int stop) {
        int i = start;
        if (readUniversal && readnl == null) {
            while (i < stop) {
                if (buf[i++] == '\n') {
                    return i;
                }
            }
            return stop;
        }
        if (readUniversal) {
            while (i < stop) {
                int c = buf[i++];
                if (c == '\n') {
                    return i;
                }
                if (c == '\r') {
                    if (i < stop && buf[i] == '\n') {
                        i++;
                    }
                    return i;
                }
            }
            return stop;
        }
        int[] nl = PyStr.of(readnl).codePoints();
        while (i < stop) {
            boolean match = i + nl.length <= stop;
            for (int k = 0; match && k < nl.length; k++) {
                match = buf[i + k] == nl[k];
            }
            if (match) {
                return i + nl.length;
            }
            i++;
        }
        return stop;
    }

    private PyStr nextLine(long limit) {
        if (pos >= size) {
            return PyStr.of("");
        }
        int stop = limit < 0 ? size : (int) Math.min(size, pos + limit);
        int end = lineEnd(pos, stop);
        PyStr r = PyStr.ofCodePoints(buf, pos, end);
        pos = end;
        return r;
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject readline(PyObject sizeArg) {
        checkOpen();
        return nextLine(IoSupport.optionalSize(sizeArg));
    }

    @PyMethod
    public PyObject __next__() {
        checkOpen();
        PyObject line;
        if (type() == TYPE) {
            line = nextLine(-1);
        } else {
            line = IoSupport.callMethod(this, "readline");
            if (!(line instanceof PyStr)) {
                throw Errors.of(ExceptionTypes.OSError,
                        "readline() should have returned a str object, not '" + line.type().name + "'");
            }
        }
        if (((PyStr) line).length() == 0) {
            throw Errors.stopIteration(null);
        }
        return line;
    }

    @PyMethod(sig = "(s, /)")
    public PyObject write(PyObject s) {
        checkOpen();
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("string argument expected, got '" + s.type().name + "'");
        }
        return PyInt.of(writeString(str));
    }

    /** CPython: _io_StringIO_seek_impl. */
    @PyMethod(sig = "(pos, whence=0, /)")
    public PyObject seek(PyObject posArg, int whence) {
        if (posArg instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long target = IoSupport.asLong(posArg);
        checkOpen();
        if (whence != 0 && whence != 1 && whence != 2) {
            throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (target < 0 && whence == 0) {
            throw Errors.valueError("Negative seek position " + target);
        }
        if (whence != 0 && target != 0) {
            throw Errors.of(ExceptionTypes.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 1) {
            target = pos;
        } else if (whence == 2) {
            target = size;
        }
        if (target > Integer.MAX_VALUE - 8) {
            throw Errors.overflow("new position too large");
        }
        pos = (int) target;
        return PyInt.of(pos);
    }

    @PyMethod
    public PyObject tell() {
        checkOpen();
        return PyInt.of(pos);
    }

    @PyMethod(sig = "(pos=None, /)")
    public PyObject truncate(PyObject posArg) {
        checkOpen();
        long n = posArg == PyNone.NONE ? pos : IoSupport.asLong(posArg);
        if (n < 0) {
            throw Errors.valueError("Negative size value " + n);
        }
        if (n < size) {
            size = (int) n;
        }
        return PyInt.of(n);
    }

    @PyMethod
    public boolean readable() {
        checkOpen();
        return true;
    }

    @PyMethod
    public boolean writable() {
        checkOpen();
        return true;
    }

    @PyMethod
    public boolean seekable() {
        checkOpen();
        return true;
    }

    @PyMethod
    public PyObject close() {
        closedFlag = true;
        buf = new int[0];
        size = 0;
        return PyNone.NONE;
    }

    @PyGetter
    public PyObject closed() {
        checkInitialized();
        return PyBool.of(closedFlag);
    }

    @PyGetter
    public PyObject line_buffering() {
        checkOpen();
        return PyBool.FALSE;
    }

    @PyGetter
    public PyObject newlines() {
        checkOpen();
        return decoder == null ? PyNone.NONE : IncrementalNewlineDecoder.newlinesFor(decoder.seennl);
    }

    @PyMethod
    public PyObject __getstate__() {
        checkOpen();
        PyDict d = dict();
        return PyTuple.of(getvalue(), readnl == null ? PyNone.NONE : PyStr.of(readnl), PyInt.of(pos),
                d == null ? PyNone.NONE : d.copyDict());
    }
}
