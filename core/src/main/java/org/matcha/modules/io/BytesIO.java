package org.matcha.modules.io;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyMemoryView;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/** _io.BytesIO: a growable byte buffer with a file position. CPython: Modules/_io/bytesio.c. */
@PyClass(name = "_io.BytesIO")
public class BytesIO extends BufferedIOBase {
    public static final PyType TYPE = PyType.builtin("_io.BytesIO", BufferedIOBase.TYPE, BytesIO::new);

    byte[] buf = new byte[0];
    int size;
    int pos;
    boolean closedFlag;

    protected BytesIO(PyType type) {
        super(type);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    @PyMethod(sig = "(initial_bytes=None)")
    public void __init__(PyObject initial) {
        size = 0;
        pos = 0;
        buf = new byte[0];
        if (initial != PyNone.NONE) {
            byte[] data = IoSupport.bytesLike(initial);
            buf = data.clone();
            size = data.length;
        }
    }

    private void checkOpen() {
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

    @PyMethod
    public PyObject getvalue() {
        checkOpen();
        return IoSupport.bytes(buf, 0, size);
    }

    /** A view of the contents. CPython: _io_BytesIO_getbuffer_impl (later resizes do not show in it). */
    @PyMethod
    public PyObject getbuffer() {
        checkOpen();
        byte[] snapshot = buf;
        int length = size;
        BytesIO owner = this;
        PyObject exporter = new Exported(snapshot, length, owner);
        return PyMemoryView.of(exporter);
    }

    /** The exporter behind getbuffer(): the buffer's array as it was. */
    private static final class Exported extends PyObject implements BufferExporter {
        private final byte[] array;
        private final int length;
        private final BytesIO owner;

        Exported(byte[] array, int length, BytesIO owner) {
            this.array = array;
            this.length = length;
            this.owner = owner;
        }

        @Override
        public PyType type() {
            return owner.type();
        }

        @Override
        public byte[] bufferArray() {
            return array;
        }

        @Override
        public int bufferLength() {
            return length;
        }

        @Override
        public boolean bufferReadonly() {
            return false;
        }
    }

    private int available() {
        return Math.max(0, size - pos);
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read(PyObject sizeArg) {
        checkOpen();
        long n = IoSupport.optionalSize(sizeArg);
        int take = n < 0 ? available() : (int) Math.min(n, available());
        PyBytes r = IoSupport.bytes(buf, Math.min(pos, size), take);
        pos += take;
        return r;
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read1(PyObject sizeArg) {
        return read(sizeArg);
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject readline(PyObject sizeArg) {
        checkOpen();
        long limit = IoSupport.optionalSize(sizeArg);
        return new PyBytes(nextLine(limit));
    }

    private byte[] nextLine(long limit) {
        int start = Math.min(pos, size);
        int end = start;
        int stop = limit < 0 ? size : (int) Math.min(size, start + limit);
        while (end < stop) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        pos = Math.max(pos, end);
        if (end < start) {
            return new byte[0];
        }
        return java.util.Arrays.copyOfRange(buf, start, end);
    }

    @PyMethod(sig = "(size=None, /)")
    public PyObject readlines(PyObject hintArg) {
        checkOpen();
        long hint = IoSupport.optionalSize(hintArg);
        PyList result = new PyList();
        long total = 0;
        while (true) {
            byte[] line = nextLine(-1);
            if (line.length == 0) {
                break;
            }
            result.append(new PyBytes(line));
            total += line.length;
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return result;
    }

    @PyMethod(sig = "(buffer, /)")
    public PyObject readinto(PyObject buffer) {
        checkOpen();
        BufferExporter target = IoSupport.writableBuffer(buffer);
        int n = Math.min(target.bufferLength(), available());
        IoSupport.copyInto(target, buf, Math.min(pos, size), n);
        pos += n;
        return PyInt.of(n);
    }

    @PyMethod(sig = "(b, /)")
    public PyObject write(PyObject b) {
        checkOpen();
        byte[] data = IoSupport.bytesLike(b);
        if (data.length == 0) {
            return PyInt.of(0);
        }
        long end = (long) pos + data.length;
        ensureCapacity(end);
        if (pos > size) {
            java.util.Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(data, 0, buf, pos, data.length);
        pos = (int) end;
        if (pos > size) {
            size = pos;
        }
        return PyInt.of(data.length);
    }

    @PyMethod(sig = "(lines, /)")
    public PyObject writelines(PyObject lines) {
        checkOpen();
        PyObject it = Abstract.iter(lines);
        PyObject line;
        while ((line = Abstract.next(it)) != null) {
            write(line);
        }
        return PyNone.NONE;
    }

    /** CPython: _io_BytesIO_seek_impl. */
    @PyMethod(sig = "(pos, whence=0, /)")
    public PyObject seek(PyObject posArg, int whence) {
        if (posArg instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long target = IoSupport.asLong(posArg);
        checkOpen();
        if (target < 0 && whence == 0) {
            throw Errors.valueError("negative seek value " + target);
        }
        if (whence == 1) {
            target = Math.max(0, target + pos);
        } else if (whence == 2) {
            target = Math.max(0, target + size);
        } else if (whence != 0) {
            throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
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

    @PyMethod(sig = "(size=None, /)")
    public PyObject truncate(PyObject sizeArg) {
        checkOpen();
        long n = sizeArg == PyNone.NONE ? pos : IoSupport.asLong(sizeArg);
        if (n < 0) {
            throw Errors.valueError("negative size value " + n);
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
    public boolean isatty() {
        checkOpen();
        return false;
    }

    @PyMethod
    public PyObject flush() {
        checkOpen();
        return PyNone.NONE;
    }

    @PyMethod
    public PyObject close() {
        closedFlag = true;
        buf = new byte[0];
        size = 0;
        return PyNone.NONE;
    }

    @PyGetter
    public PyObject closed() {
        return PyBool.of(closedFlag);
    }

    @PyMethod
    public PyObject __next__() {
        checkOpen();
        byte[] line = nextLine(-1);
        if (line.length == 0) {
            throw Errors.stopIteration(null);
        }
        return new PyBytes(line);
    }

    @PyMethod
    public PyObject __getstate__() {
        checkOpen();
        PyDict d = dict();
        return PyTuple.of(getvalue(), PyInt.of(pos), d == null ? PyNone.NONE : d.copyDict());
    }

    @PyMethod
    public long __sizeof__() {
        return 88 + buf.length;
    }
}
