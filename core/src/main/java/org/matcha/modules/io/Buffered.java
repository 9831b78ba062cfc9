package org.matcha.modules.io;

import org.matcha.objects.Abstract;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/**
 * The shared engine of BufferedReader, BufferedWriter and BufferedRandom: a read-ahead buffer over
 * a raw stream. Writes go straight through to the raw stream after each write() (Matcha has no
 * reference counting to flush a forgotten file, so nothing may stay buffered). The three Python
 * types expose the subsets of these methods CPython gives them. CPython: Modules/_io/bufferedio.c.
 */
abstract class Buffered extends BufferedIOBase {
    PyObject raw;
    boolean detached;
    boolean initialized;
    int bufferSize = IoSupport.DEFAULT_BUFFER_SIZE;
    /** Read-ahead bytes readBuf[readPos, readEnd) not yet returned; they sit before raw's position. */
    byte[] readBuf = new byte[0];
    int readPos;
    int readEnd;

    protected Buffered(PyType type) {
        super(type);
    }

    /** CPython: _io_BufferedReader___init___impl and friends. */
    void init(PyObject rawArg, PyObject bufferSizeArg, boolean needRead, boolean needWrite, boolean needSeek) {
        initialized = false;
        detached = false;
        if (needSeek) {
            checkSeekable(rawArg);
        }
        if (needRead) {
            checkReadable(rawArg);
        }
        if (needWrite) {
            checkWritable(rawArg);
        }
        long size = IoSupport.asLong(bufferSizeArg);
        if (size <= 0) {
            throw Errors.valueError("buffer size must be strictly positive");
        }
        raw = rawArg;
        bufferSize = (int) Math.min(size, 1 << 24);
        readBuf = new byte[0];
        readPos = readEnd = 0;
        initialized = true;
    }

    void checkInitialized() {
        if (!initialized) {
            if (detached) {
                throw Errors.valueError("raw stream has been detached");
            }
            throw Errors.valueError("I/O operation on uninitialized object");
        }
    }

    /** The raw stream when it is a plain FileIO, whose methods can be called directly. */
    private FileIO fastRaw() {
        return raw instanceof FileIO f && f.type() == FileIO.TYPE ? f : null;
    }

    boolean rawClosed() {
        FileIO f = fastRaw();
        if (f != null) {
            return f.fd < 0;
        }
        return Abstract.isTrue(Abstract.getAttr(raw, "closed"));
    }

    void checkClosedWith(String message) {
        checkInitialized();
        if (rawClosed() && readEnd - readPos == 0) {
            throw Errors.valueError(message);
        }
    }

    int readahead() {
        return readEnd - readPos;
    }

    // ---- raw calls ----

    /** raw.readinto into buf[off, off+len); -1 when the raw stream returned None (no data yet). */
    private int rawRead(byte[] buf, int off, int len) {
        FileIO f = fastRaw();
        if (f != null) {
            if (f.fd < 0) {
                throw Errors.valueError("I/O operation on closed file");
            }
            return f.readSome(buf, off, len);
        }
        PyByteArray tmp = new PyByteArray(new byte[len]);
        PyObject r = IoSupport.callMethod(raw, "readinto", org.matcha.objects.PyMemoryView.of(tmp));
        if (r == PyNone.NONE) {
            return -1;
        }
        long n = IoSupport.asLong(r);
        if (n < 0 || n > len) {
            throw Errors.of(org.matcha.objects.ExceptionTypes.OSError,
                    "raw readinto() returned invalid length " + n + " (should have been between 0 and " + len + ")");
        }
        System.arraycopy(tmp.bufferArray(), 0, buf, off, (int) n);
        return (int) n;
    }

    private void rawWriteAll(byte[] data, int off, int len) {
        FileIO f = fastRaw();
        int done = 0;
        while (done < len) {
            int n;
            if (f != null) {
                n = f.writeAll(data, off + done, len - done);
            } else {
                PyObject r = IoSupport.callMethod(raw, "write",
                        new PyBytes(java.util.Arrays.copyOfRange(data, off + done, off + len)));
                if (r == PyNone.NONE) {
                    throw Errors.of(org.matcha.objects.ExceptionTypes.BlockingIOError,
                            "write could not complete without blocking");
                }
                n = (int) IoSupport.asLong(r);
                if (n < 0 || n > len - done) {
                    throw Errors.of(org.matcha.objects.ExceptionTypes.OSError, "raw write() returned invalid length "
                            + n + " (should have been between 0 and " + (len - done) + ")");
                }
            }
            if (n == 0) {
                break;
            }
            done += n;
        }
    }

    long rawSeek(long pos, int whence) {
        FileIO f = fastRaw();
        PyObject r = f != null ? f.seek(PyInt.of(pos), whence)
                : IoSupport.callMethod(raw, "seek", PyInt.of(pos), PyInt.of(whence));
        long n = IoSupport.asLong(r);
        if (n < 0) {
            throw Errors.of(org.matcha.objects.ExceptionTypes.OSError,
                    "Raw stream returned invalid position " + n);
        }
        return n;
    }

    long rawTell() {
        FileIO f = fastRaw();
        PyObject r = f != null ? f.tell() : IoSupport.callMethod(raw, "tell");
        long n = IoSupport.asLong(r);
        if (n < 0) {
            throw Errors.of(org.matcha.objects.ExceptionTypes.OSError,
                    "Raw stream returned invalid position " + n);
        }
        return n;
    }

    /** Gives read-ahead bytes back to the raw stream so its position is the logical one. */
    void dropReadahead() {
        if (readahead() > 0) {
            rawSeek(-readahead(), 1);
        }
        readPos = readEnd = 0;
    }

    /** Refills the (empty) read buffer; the count read, 0 at EOF, -1 for "no data" (None). */
    private int fill() {
        if (readBuf.length < bufferSize) {
            readBuf = new byte[bufferSize];
        }
        readPos = 0;
        readEnd = 0;
        int n = rawRead(readBuf, 0, bufferSize);
        if (n > 0) {
            readEnd = n;
        }
        return n;
    }

    // ---- reading ----

    PyObject doRead(PyObject sizeArg) {
        checkInitialized();
        long n = IoSupport.optionalSize(sizeArg);
        if (n < -1) {
            throw Errors.valueError("read length must be non-negative or -1");
        }
        checkClosedWith("read of closed file");
        if (n == -1) {
            return readAll();
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long remaining = n;
        while (remaining > 0) {
            if (readahead() == 0) {
                int got = fill();
                if (got <= 0) {
                    if (got < 0 && out.size() == 0) {
                        return PyNone.NONE;
                    }
                    break;
                }
            }
            int take = (int) Math.min(remaining, readahead());
            out.write(readBuf, readPos, take);
            readPos += take;
            remaining -= take;
        }
        return new PyBytes(out.toByteArray());
    }

    private PyObject readAll() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(readBuf, readPos, readahead());
        readPos = readEnd = 0;
        FileIO f = fastRaw();
        if (f != null) {
            byte[] rest = ((PyBytes) f.readall()).bytes;
            out.write(rest, 0, rest.length);
            return new PyBytes(out.toByteArray());
        }
        PyObject readall = Abstract.lookupAttrOrNull(raw, "readall");
        if (readall != null) {
            PyObject r = Abstract.call(readall);
            if (r != PyNone.NONE && !(r instanceof PyBytes)) {
                throw Errors.typeError("readall() should return bytes");
            }
            if (r == PyNone.NONE) {
                return out.size() == 0 ? PyNone.NONE : new PyBytes(out.toByteArray());
            }
            byte[] rest = ((PyBytes) r).bytes;
            out.write(rest, 0, rest.length);
            return new PyBytes(out.toByteArray());
        }
        byte[] chunk = new byte[bufferSize];
        while (true) {
            int n = rawRead(chunk, 0, chunk.length);
            if (n < 0) {
                return out.size() == 0 ? PyNone.NONE : new PyBytes(out.toByteArray());
            }
            if (n == 0) {
                break;
            }
            out.write(chunk, 0, n);
        }
        return new PyBytes(out.toByteArray());
    }

    PyObject doRead1(PyObject sizeArg) {
        checkInitialized();
        long n = IoSupport.optionalSize(sizeArg);
        if (n < 0) {
            n = bufferSize;
        }
        checkClosedWith("read of closed file");
        if (n == 0) {
            return new PyBytes(new byte[0]);
        }
        if (readahead() == 0) {
            int got = fill();
            if (got <= 0) {
                return new PyBytes(new byte[0]);
            }
        }
        int take = (int) Math.min(n, readahead());
        PyBytes r = IoSupport.bytes(readBuf, readPos, take);
        readPos += take;
        return r;
    }

    PyObject doReadinto(PyObject buffer, boolean once) {
        checkInitialized();
        BufferExporter target = IoSupport.writableBuffer(buffer);
        checkClosedWith("readinto of closed file");
        int len = target.bufferLength();
        byte[] tmp = new byte[len];
        int written = 0;
        while (written < len) {
            if (readahead() == 0) {
                if (once && written > 0) {
                    break;
                }
                int got = fill();
                if (got <= 0) {
                    break;
                }
            }
            int take = Math.min(len - written, readahead());
            System.arraycopy(readBuf, readPos, tmp, written, take);
            readPos += take;
            written += take;
            if (once) {
                break;
            }
        }
        IoSupport.copyInto(target, tmp, 0, written);
        return PyInt.of(written);
    }

    PyObject doPeek(PyObject sizeArg) {
        checkInitialized();
        checkClosedWith("peek of closed file");
        if (readahead() == 0) {
            fill();
        }
        return IoSupport.bytes(readBuf, readPos, readahead());
    }

    /** CPython: _buffered_readline. */
    PyObject doReadline(PyObject sizeArg) {
        checkInitialized();
        long limit = IoSupport.optionalSize(sizeArg);
        checkClosedWith("readline of closed file");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (readahead() == 0 && fill() <= 0) {
                break;
            }
            int i = readPos;
            int stop = readEnd;
            if (limit >= 0) {
                stop = (int) Math.min(stop, readPos + (limit - out.size()));
            }
            boolean found = false;
            while (i < stop) {
                if (readBuf[i++] == '\n') {
                    found = true;
                    break;
                }
            }
            out.write(readBuf, readPos, i - readPos);
            readPos = i;
            if (found) {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    // ---- writing ----

    PyObject doWrite(PyObject b) {
        checkInitialized();
        byte[] data = IoSupport.bytesLike(b);
        if (rawClosed()) {
            throw Errors.valueError("write to closed file");
        }
        dropReadahead();
        rawWriteAll(data, 0, data.length);
        return PyInt.of(data.length);
    }

    PyObject doFlush() {
        checkInitialized();
        if (rawClosed()) {
            throw Errors.valueError("flush of closed file");
        }
        return PyNone.NONE;
    }

    // ---- positioning ----

    PyObject doTell() {
        checkInitialized();
        long pos = rawTell() - readahead();
        return PyInt.of(Math.max(pos, 0));
    }

    PyObject doSeek(PyObject target, int whence) {
        checkInitialized();
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("whence value " + whence + " unsupported");
        }
        checkClosedWith("seek of closed file");
        if (target instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long pos = IoSupport.asLong(target);
        if (whence == 1) {
            pos -= readahead();
        }
        readPos = readEnd = 0;
        return PyInt.of(rawSeek(pos, whence));
    }

    PyObject doTruncate(PyObject pos) {
        checkInitialized();
        checkClosedWith("truncate of closed file");
        dropReadahead();
        return pos == PyNone.NONE ? IoSupport.callMethod(raw, "truncate") : IoSupport.callMethod(raw, "truncate", pos);
    }

    // ---- state ----

    /** Flushes, then closes the raw stream, keeping the first error. CPython: _io__Buffered_close_impl. */
    PyObject doClose() {
        checkInitialized();
        if (rawClosed()) {
            return PyNone.NONE;
        }
        PyException first = null;
        try {
            IoSupport.callMethod(this, "flush");
        } catch (PyException e) {
            first = e;
        }
        readPos = readEnd = 0;
        try {
            IoSupport.callMethod(raw, "close");
        } catch (PyException e) {
            if (first != null) {
                e.value.context = first.value;
            }
            first = e;
        }
        if (first != null) {
            throw first;
        }
        return PyNone.NONE;
    }

    PyObject doDetach() {
        checkInitialized();
        IoSupport.callMethod(this, "flush");
        dropReadaheadQuietly();
        PyObject r = raw;
        raw = null;
        initialized = false;
        detached = true;
        return r;
    }

    private void dropReadaheadQuietly() {
        try {
            dropReadahead();
        } catch (PyException e) {
            readPos = readEnd = 0;
        }
    }

    PyObject rawCall(String name) {
        checkInitialized();
        return IoSupport.callMethod(raw, name);
    }

    PyObject closedAttr() {
        checkInitialized();
        return Abstract.getAttr(raw, "closed");
    }

    PyObject nameAttr() {
        checkInitialized();
        return Abstract.getAttr(raw, "name");
    }

    PyObject modeAttr() {
        checkInitialized();
        return Abstract.getAttr(raw, "mode");
    }

    PyObject rawAttr() {
        checkInitialized();
        return raw;
    }

    /** CPython: buffered_repr. */
    PyObject repr() {
        String typeName = type().name;
        if (!initialized) {
            return PyStr.of("<" + typeName + ">");
        }
        String name = IoSupport.nameRepr(this);
        return PyStr.of(name == null ? "<" + typeName + ">" : "<" + typeName + " name=" + name + ">");
    }

    PyObject next() {
        checkInitialized();
        PyObject line = type() == BufferedReader.TYPE || type() == BufferedRandom.TYPE ? doReadline(PyNone.NONE)
                : IoSupport.callMethod(this, "readline");
        if (line == PyNone.NONE || Abstract.len(line) == 0) {
            throw Errors.stopIteration(null);
        }
        return line;
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }
}
