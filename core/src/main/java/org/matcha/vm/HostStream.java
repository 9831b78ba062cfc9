package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/**
 * sys.stdin, sys.stdout and sys.stderr over the host's streams, unbuffered so that output reaches
 * the page or terminal at once. CPython: the io.TextIOWrapper that create_stdio makes (the file
 * protocol: read/readline/iteration, write/writelines, buffer, with-statement, close).
 */
@PyClass(name = "TextIOWrapper")
public final class HostStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT);
    final int fd;
    private final String name;
    private boolean closed;
    /** Text read from the host but not yet returned (a readline(size) or read(size) stopped inside a line). */
    private String pending = "";
    private HostBuffer buffer;

    HostStream(int fd, String name) {
        this.fd = fd;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void writeText(String s) {
        Host h = Interpreter.current().host;
        if (fd == 2) {
            h.writeStderr(s);
        } else {
            h.writeStdout(s);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (fd != 0) {
            throw org.matcha.modules.io.IoModule.unsupportedOperation("not readable");
        }
    }

    @PyMethod
    public long write(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("write() argument must be str, not " + s.type().name);
        }
        checkOpen();
        if (fd == 0) {
            throw org.matcha.modules.io.IoModule.unsupportedOperation("not writable");
        }
        writeText(str.value);
        return str.length();
    }

    @PyMethod(sig = "(lines, /)")
    public void writelines(PyObject lines) {
        PyObject it = Abstract.iter(lines);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            write(line);
        }
    }

    @PyMethod
    public void flush() {
        checkOpen();
        Interpreter.current().host.flush();
    }

    /** The next line from the host including its newline; "" at end of input. */
    private String nextLine() {
        if (!pending.isEmpty()) {
            String p = pending;
            pending = "";
            return p;
        }
        String line = Interpreter.current().host.readLine();
        return line == null ? "" : line;
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject readline(long size) {
        checkReadable();
        String line = nextLine();
        if (size >= 0 && line.length() > size) {
            pending = line.substring((int) size);
            line = line.substring(0, (int) size);
        }
        return PyStr.of(line);
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject read(long size) {
        checkReadable();
        StringBuilder sb = new StringBuilder();
        while (size < 0 || sb.length() < size) {
            String line = nextLine();
            if (line.isEmpty()) {
                break;
            }
            sb.append(line);
        }
        if (size >= 0 && sb.length() > size) {
            pending = sb.substring((int) size);
            sb.setLength((int) size);
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod(sig = "(hint=-1, /)")
    public PyObject readlines(long hint) {
        checkReadable();
        PyList lines = new PyList();
        long total = 0;
        for (String line = nextLine(); !line.isEmpty(); line = nextLine()) {
            lines.append(PyStr.of(line));
            total += line.length();
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return lines;
    }

    @PyMethod
    public PyObject __iter__() {
        checkOpen();
        return this;
    }

    @PyMethod
    public PyObject __next__() {
        PyObject line = readline(-1);
        if (((PyStr) line).length() == 0) {
            throw Errors.stopIteration(null);
        }
        return line;
    }

    @PyMethod
    public PyObject __enter__() {
        checkOpen();
        return this;
    }

    @PyMethod(sig = "(*args)")
    public void __exit__(PyObject[] args) {
        close();
    }

    @PyMethod
    public void close() {
        if (!closed && fd != 0) {
            Interpreter.current().host.flush();
        }
        closed = true;
    }

    @PyGetter
    public boolean closed() {
        return closed;
    }

    @PyMethod
    public boolean seekable() {
        checkOpen();
        return false;
    }

    @PyGetter
    public PyObject mode() {
        return PyStr.of(fd == 0 ? "r" : "w");
    }

    @PyGetter
    public PyObject errors() {
        return PyStr.of(fd == 2 ? "backslashreplace" : "strict");
    }

    @PyGetter
    public boolean line_buffering() {
        return fd == 2;
    }

    @PyGetter
    public boolean write_through() {
        return false;
    }

    @PyGetter
    public PyObject newlines() {
        return PyNone.NONE;
    }

    /** The binary layer (sys.stdout.buffer.write(b"...")): the same host stream, as bytes. */
    @PyGetter
    public PyObject buffer() {
        if (buffer == null) {
            buffer = new HostBuffer(this);
        }
        return buffer;
    }

    /** Accepted for compatibility; the host streams are always UTF-8 and unbuffered. */
    @PyMethod(sig = "(*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)")
    public void reconfigure(PyObject encoding, PyObject errors, PyObject newline, PyObject lineBuffering,
            PyObject writeThrough) {
        checkOpen();
    }

    /** sys.stdout.buffer and friends. CPython: the BufferedWriter/BufferedReader under the text layer. */
    @PyClass(name = "BufferedWriter")
    public static final class HostBuffer extends PyObject {
        public static final PyType TYPE = PyType.builtin("HostBuffer", PyType.OBJECT);
        private final HostStream text;

        HostBuffer(HostStream text) {
            this.text = text;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod(sig = "(data, /)")
        public long write(PyObject data) {
            text.checkOpen();
            if (text.fd == 0) {
                throw org.matcha.modules.io.IoModule.unsupportedOperation("write");
            }
            byte[] b = PyBytes.asBytes(data);
            Interpreter.current().fds.write(text.fd, b, 0, b.length);
            return b.length;
        }

        @PyMethod(sig = "(size=-1, /)")
        public PyObject read(long size) {
            text.checkReadable();
            PyStr s = (PyStr) text.read(size);
            return new PyBytes(s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @PyMethod(sig = "(size=-1, /)")
        public PyObject readline(long size) {
            PyStr s = (PyStr) text.readline(size);
            return new PyBytes(s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @PyMethod
        public void flush() {
            text.flush();
        }

        @PyMethod
        public long fileno() {
            return text.fd;
        }

        @PyMethod
        public boolean isatty() {
            return false;
        }

        @PyGetter
        public boolean closed() {
            return text.closed;
        }

        @PyGetter(name = "name")
        public PyObject nameAttr() {
            return text.nameAttr();
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<_io." + (text.fd == 0 ? "BufferedReader" : "BufferedWriter") + " name='"
                    + text.name + "'>");
        }
    }

    @PyMethod
    public boolean isatty() {
        return false;
    }

    @PyMethod
    public long fileno() {
        return fd;
    }

    @PyMethod
    public boolean writable() {
        return fd != 0;
    }

    @PyMethod
    public boolean readable() {
        return fd == 0;
    }

    @PyGetter(name = "name")
    public PyObject nameAttr() {
        return PyStr.of(name);
    }

    @PyGetter
    public PyObject encoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<_io.TextIOWrapper name='" + name + "' mode='" + (fd == 0 ? "r" : "w")
                + "' encoding='utf-8'>");
    }
}
