package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Errors;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/** sys.stdin, sys.stdout and sys.stderr over the host's streams. CPython: io.TextIOWrapper (the parts used). */
@PyClass(name = "TextIOWrapper")
public final class HostStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT);
    final int fd;
    private final String name;

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

    @PyMethod
    public long write(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("write() argument must be str, not " + s.type().name);
        }
        if (fd == 0) {
            throw Errors.of(org.matcha.objects.ExceptionTypes.OSError, "not writable");
        }
        writeText(str.value);
        return str.length();
    }

    @PyMethod
    public void flush() {
        Interpreter.current().host.flush();
    }

    @PyMethod(sig = "(size=-1, /)")
    public PyObject readline(long size) {
        String line = Interpreter.current().host.readLine();
        return PyStr.of(line == null ? "" : line);
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
