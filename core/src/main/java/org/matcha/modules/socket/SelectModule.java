package org.matcha.modules.socket;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyTuple;
import org.matcha.vm.Interpreter;

/**
 * select.select over in-memory sockets and files. A socketpair end is readable when data or end
 * of stream waits and always writable; files are always ready, as regular files are. Nothing can
 * become ready while we wait (one thread, no network), so an empty wait just sleeps out the
 * timeout. No poll or epoll: selectors then picks SelectSelector. CPython: Modules/selectmodule.c.
 */
@PyModuleDef(name = "select")
public final class SelectModule {
    private SelectModule() {}

    public static void init(PyModule m) {
        m.add("error", ExceptionTypes.OSError);
    }

    /** The descriptor of an int or of an object with fileno(). CPython: PyObject_AsFileDescriptor. */
    private static int fdOf(PyObject o) {
        long fd;
        if (o instanceof PyInt i) {
            fd = i.value;
        } else {
            PyObject meth = Abstract.lookupAttrOrNull(o, "fileno");
            if (meth == null) {
                throw Errors.typeError("argument must be an int, or have a fileno() method.");
            }
            PyObject r = Abstract.call(meth);
            if (!(r instanceof PyInt ri)) {
                throw Errors.typeError("fileno() returned a non-integer");
            }
            fd = ri.value;
        }
        if (fd < 0) {
            throw Errors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return (int) fd;
    }

    private static PyObject[] items(PyObject seq) {
        try {
            return Abstract.toArray(seq);
        } catch (org.matcha.objects.PyException e) {
            if (e.value.type().isSubtype(ExceptionTypes.TypeError)) {
                throw Errors.typeError("arguments 1-3 must be sequences");
            }
            throw e;
        }
    }

    private static boolean ready(int fd, boolean write) {
        MemoryEndpoint e = MemoryEndpoint.lookup(fd);
        if (e != null) {
            return write || e.readable();
        }
        if (fd >= MemoryEndpoint.FIRST_FD) {
            throw SocketObject.oserror(SocketObject.EBADF);
        }
        return true;
    }

    @PyMethod(sig = "(rlist, wlist, xlist, timeout=None, /)")
    public static PyObject select(PyObject rlist, PyObject wlist, PyObject xlist, PyObject timeout) {
        double secs;
        if (timeout == PyNone.NONE) {
            secs = -1;
        } else {
            if (!(timeout instanceof PyFloat) && !(timeout instanceof PyInt)
                    && timeout.type().lookup("__float__") == null && timeout.type().lookup("__index__") == null) {
                throw Errors.typeError("timeout must be a float or None");
            }
            secs = org.matcha.objects.Args.toDouble(timeout);
            if (Double.isNaN(secs)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (secs < 0) {
                throw Errors.valueError("timeout must be non-negative");
            }
        }
        PyObject[] r = items(rlist);
        PyObject[] w = items(wlist);
        PyObject[] x = items(xlist);
        int[] rfd = new int[r.length];
        int[] wfd = new int[w.length];
        for (int i = 0; i < r.length; i++) {
            rfd[i] = fdOf(r[i]);
        }
        for (int i = 0; i < w.length; i++) {
            wfd[i] = fdOf(w[i]);
        }
        for (PyObject o : x) {
            fdOf(o);
        }
        PyList rr = new PyList();
        PyList wr = new PyList();
        for (int i = 0; i < r.length; i++) {
            if (ready(rfd[i], false)) {
                rr.append(r[i]);
            }
        }
        for (int i = 0; i < w.length; i++) {
            if (ready(wfd[i], true)) {
                wr.append(w[i]);
            }
        }
        if (rr.size == 0 && wr.size == 0 && secs != 0) {
            if (secs > 0) {
                Interpreter.current().host.sleepNanos((long) Math.ceil(secs * 1e9));
            } else {
                while (true) {
                    Interpreter.current().host.sleepNanos(1_000_000_000L);
                }
            }
        }
        return PyTuple.of(rr, wr, new PyList());
    }
}
