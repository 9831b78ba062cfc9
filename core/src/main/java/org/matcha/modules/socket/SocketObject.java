package org.matcha.modules.socket;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.modules.PosixErrors;
import org.matcha.objects.Abstract;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.objects.SlotHolder;
import org.matcha.vm.Interpreter;

/**
 * _socket.socket over {@link MemoryEndpoint}: socketpair() ends carry data; anything that needs
 * a network fails with the errno a machine without one gives. CPython: Modules/socketmodule.c.
 */
@PyClass(name = "_socket.socket")
public class SocketObject extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("_socket.socket", PyType.OBJECT, SocketObject::new);

    static final int ENOENT = 2;
    static final int EBADF = 9;
    static final int EAGAIN = 11;
    static final int EINVAL = 22;
    static final int EPIPE = 32;
    static final int ENOTSOCK = 88;
    static final int EOPNOTSUPP = 95;
    static final int EAFNOSUPPORT = 97;
    static final int EADDRNOTAVAIL = 99;
    static final int ENETUNREACH = 101;
    static final int ENOTCONN = 107;

    private final PyType type;
    private PyDict dict;
    private PyObject[] slots;
    int family = SocketModule.AF_INET;
    int sockType = SocketModule.SOCK_STREAM;
    int proto;
    /** Seconds; negative means None (blocking). CPython: sock_timeout. */
    double timeout = -1;
    MemoryEndpoint end;

    SocketObject(PyType type) {
        this.type = type;
        if (type.slotCount > 0) {
            slots = new PyObject[type.slotCount];
        }
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

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    static PyException oserror(int code) {
        return PosixErrors.oserror(code, null, null);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return cls.factory.apply(cls);
    }

    /** CPython: sock_initobj_impl. */
    @PyMethod(sig = "(family=-1, type=-1, proto=-1, fileno=None)")
    public void __init__(int familyArg, int typeArg, int protoArg, PyObject fileno) {
        if (fileno != PyNone.NONE) {
            if (fileno instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            long fd = Abstract.index(fileno).value;
            if (fd < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            MemoryEndpoint e = fd <= Integer.MAX_VALUE ? MemoryEndpoint.lookup((int) fd) : null;
            if (e == null) {
                throw oserror(fd <= 2 || fd < MemoryEndpoint.FIRST_FD ? ENOTSOCK : EBADF);
            }
            end = e;
            family = familyArg == -1 ? e.family : familyArg;
            sockType = typeArg == -1 ? e.type : typeArg;
            proto = protoArg == -1 ? e.proto : protoArg;
        } else {
            family = familyArg == -1 ? SocketModule.AF_INET : familyArg;
            sockType = typeArg == -1 ? SocketModule.SOCK_STREAM : typeArg;
            proto = protoArg == -1 ? 0 : protoArg;
            if (family != SocketModule.AF_INET && family != SocketModule.AF_INET6 && family != SocketModule.AF_UNIX) {
                throw oserror(EAFNOSUPPORT);
            }
            end = MemoryEndpoint.open(family, sockType & ~(SocketModule.SOCK_NONBLOCK | SocketModule.SOCK_CLOEXEC),
                    proto);
        }
        boolean nonblock = (sockType & SocketModule.SOCK_NONBLOCK) != 0;
        sockType &= ~(SocketModule.SOCK_NONBLOCK | SocketModule.SOCK_CLOEXEC);
        timeout = nonblock ? 0 : SocketModule.defaultTimeout;
    }

    /** The endpoint of an open socket, else EBADF. */
    private MemoryEndpoint open() {
        if (end == null || end.closed) {
            throw oserror(EBADF);
        }
        return end;
    }

    @PyGetter
    public int family() {
        return family;
    }

    @PyGetter(name = "type")
    public int sockType() {
        return sockType;
    }

    @PyGetter
    public int proto() {
        return proto;
    }

    @PyGetter
    public PyObject timeout() {
        return timeout < 0 ? PyNone.NONE : PyFloat.of(timeout);
    }

    @PyMethod
    public int fileno() {
        return end == null || end.closed ? -1 : end.fd;
    }

    @PyMethod
    public void close() {
        if (end != null && !end.closed) {
            end.close();
        }
        end = null;
    }

    @PyMethod
    public int detach() {
        int fd = fileno();
        end = null;
        return fd;
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<socket object, fd=" + fileno() + ", family=" + family + ", type=" + sockType + ", proto="
                + proto + ">");
    }

    // ---- blocking mode ----

    @PyMethod(sig = "(flag, /)")
    public void setblocking(PyObject flag) {
        timeout = Abstract.isTrue(flag) ? -1 : 0;
    }

    @PyMethod
    public boolean getblocking() {
        return timeout != 0;
    }

    @PyMethod(sig = "(value, /)")
    public void settimeout(PyObject value) {
        timeout = SocketModule.parseTimeout(value);
    }

    @PyMethod
    public PyObject gettimeout() {
        return timeout();
    }

    // ---- data ----

    private static byte[] bufferOf(PyObject data) {
        if (data instanceof PyBytes b) {
            return b.bytes;
        }
        if (data instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        if (data instanceof BufferExporter b) {
            return b.bufferCopy();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + data.type().name + "'");
    }

    /**
     * Waits until the endpoint can be read, as sock_call_ex does: at once for a non-blocking
     * socket (BlockingIOError), up to the timeout otherwise. Nothing else runs meanwhile, so the
     * wait only ends by timing out; a blocking socket waits for ever, as CPython would.
     */
    private void awaitReadable(MemoryEndpoint e) {
        if (e.readable()) {
            return;
        }
        if (timeout == 0) {
            throw oserror(EAGAIN);
        }
        if (timeout > 0) {
            Interpreter.current().host.sleepNanos((long) Math.ceil(timeout * 1e9));
            throw Errors.of(ExceptionTypes.TimeoutError, "timed out");
        }
        while (true) {
            Interpreter.current().host.sleepNanos(1_000_000_000L);
        }
    }

    /** Queues data at the peer; returns the count sent. CPython: sock_send_impl. */
    private int sendBytes(byte[] b) {
        MemoryEndpoint e = open();
        if (e.peer == null) {
            throw oserror(e.family == SocketModule.AF_UNIX || e.type != SocketModule.SOCK_DGRAM ? ENOTCONN
                    : EINVAL);
        }
        if (e.writeShut || e.peer.closed || e.peer.readShut) {
            throw oserror(EPIPE);
        }
        e.peer.deliver(b, 0, b.length);
        return b.length;
    }

    @PyMethod(sig = "(data, flags=0, /)")
    public int send(PyObject data, int flags) {
        return sendBytes(bufferOf(data));
    }

    @PyMethod(sig = "(data, flags=0, /)")
    public void sendall(PyObject data, int flags) {
        sendBytes(bufferOf(data));
    }

    private int recvInto(byte[] out, int off, int n, int flags) {
        if (n < 0) {
            throw Errors.valueError("negative buffersize in recv");
        }
        MemoryEndpoint e = open();
        if (e.peer == null && !e.readShut) {
            throw oserror(ENOTCONN);
        }
        if (n == 0) {
            return 0;
        }
        awaitReadable(e);
        return e.take(out, off, n, (flags & SocketModule.MSG_PEEK) != 0);
    }

    @PyMethod(sig = "(bufsize, flags=0, /)")
    public PyObject recv(int bufsize, int flags) {
        if (bufsize < 0) {
            throw Errors.valueError("negative buffersize in recv");
        }
        byte[] out = new byte[Math.min(bufsize, 1 << 20)];
        int k = recvInto(out, 0, out.length, flags);
        return new PyBytes(k == out.length ? out : java.util.Arrays.copyOf(out, k));
    }

    @PyMethod(sig = "(buffer, nbytes=0, flags=0)")
    public int recv_into(PyObject buffer, int nbytes, int flags) {
        if (!(buffer instanceof BufferExporter target) || buffer instanceof PyBytes || target.bufferReadonly()) {
            throw Errors.typeError("recv_into() argument 'buffer' must be read-write bytes-like object, not "
                    + buffer.type().name);
        }
        if (nbytes < 0) {
            throw Errors.valueError("negative buffersize in recv_into");
        }
        int size = target.bufferLength();
        if (nbytes > size) {
            throw Errors.valueError("buffer too small for requested bytes");
        }
        byte[] tmp = new byte[nbytes == 0 ? size : nbytes];
        int k = recvInto(tmp, 0, tmp.length, flags);
        System.arraycopy(tmp, 0, target.bufferArray(), target.bufferOffset(), k);
        return k;
    }

    @PyMethod(sig = "(how, /)")
    public void shutdown(int how) {
        MemoryEndpoint e = open();
        if (how < 0 || how > 2) {
            throw oserror(EINVAL);
        }
        if (e.peer == null) {
            throw oserror(ENOTCONN);
        }
        if (how != SocketModule.SHUT_WR) {
            e.readShut = true;
        }
        if (how != SocketModule.SHUT_RD) {
            e.writeShut = true;
        }
    }

    // ---- addresses: there is no network ----

    private PyObject unboundAddress() {
        if (family == SocketModule.AF_UNIX) {
            return PyStr.of("");
        }
        if (family == SocketModule.AF_INET6) {
            return PyTuple.of(PyStr.of("::"), PyInt.of(0), PyInt.of(0), PyInt.of(0));
        }
        return PyTuple.of(PyStr.of("0.0.0.0"), PyInt.of(0));
    }

    @PyMethod
    public PyObject getsockname() {
        open();
        return unboundAddress();
    }

    @PyMethod
    public PyObject getpeername() {
        MemoryEndpoint e = open();
        if (e.peer == null) {
            throw oserror(ENOTCONN);
        }
        return unboundAddress();
    }

    /** Checks an address's shape for the family, as getsockaddrarg does, before failing. */
    private void checkAddress(PyObject address, String caller) {
        if (family == SocketModule.AF_UNIX) {
            if (!(address instanceof PyStr) && !(address instanceof PyBytes) && !(address instanceof PyByteArray)) {
                throw Errors.typeError(caller + "(): AF_UNIX address must be str or bytes, not "
                        + address.type().name);
            }
            return;
        }
        if (!(address instanceof PyTuple t)) {
            throw Errors.typeError(caller + "(): AF_INET" + (family == SocketModule.AF_INET6 ? "6" : "")
                    + " address must be tuple, not " + address.type().name);
        }
        if (t.items.length < 2 || t.items.length > (family == SocketModule.AF_INET6 ? 4 : 2)) {
            throw Errors.typeError(family == SocketModule.AF_INET6
                    ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                    : "AF_INET address must be a pair (host, port)");
        }
        long port = Abstract.index(t.items[1]).value;
        if (port < 0 || port > 65535) {
            throw Errors.overflow(caller + "(): port must be 0-65535.");
        }
        SocketModule.resolve(t.items[0], family);
    }

    @PyMethod(sig = "(address, /)")
    public void connect(PyObject address) {
        open();
        checkAddress(address, "connect");
        throw oserror(family == SocketModule.AF_UNIX ? ENOENT : ENETUNREACH);
    }

    @PyMethod(sig = "(address, /)")
    public int connect_ex(PyObject address) {
        try {
            connect(address);
            return 0;
        } catch (PyException ex) {
            if (ex.value.type().isSubtype(ExceptionTypes.OSError) && !ex.value.type().isSubtype(SocketModule.gaierror)) {
                PyObject errno = Abstract.getAttr(ex.value, "errno");
                if (errno instanceof PyInt i) {
                    return (int) i.value;
                }
            }
            throw ex;
        }
    }

    @PyMethod(sig = "(address, /)")
    public void bind(PyObject address) {
        open();
        checkAddress(address, "bind");
        throw oserror(family == SocketModule.AF_UNIX ? EOPNOTSUPP : EADDRNOTAVAIL);
    }

    @PyMethod(sig = "(backlog=128, /)")
    public void listen(int backlog) {
        open();
        throw oserror(EOPNOTSUPP);
    }

    @PyMethod
    public PyObject _accept() {
        open();
        throw oserror(EINVAL);
    }

    // ---- options ----

    @PyMethod(sig = "(level, optname, value, optlen=None, /)")
    public void setsockopt(int level, int optname, PyObject value, PyObject optlen) {
        open();
    }

    @PyMethod(sig = "(level, optname, buflen=None, /)")
    public PyObject getsockopt(int level, int optname, PyObject buflen) {
        MemoryEndpoint e = open();
        if (buflen != PyNone.NONE) {
            return new PyBytes(new byte[(int) Abstract.index(buflen).value]);
        }
        if (level == SocketModule.SOL_SOCKET) {
            switch (optname) {
                case SocketModule.SO_TYPE:
                    return PyInt.of(e.type);
                case SocketModule.SO_DOMAIN:
                    return PyInt.of(e.family);
                case SocketModule.SO_PROTOCOL:
                    return PyInt.of(e.proto);
                case SocketModule.SO_RCVBUF:
                case SocketModule.SO_SNDBUF:
                    return PyInt.of(212992);
                default:
                    return PyInt.of(0);
            }
        }
        return PyInt.of(0);
    }
}
