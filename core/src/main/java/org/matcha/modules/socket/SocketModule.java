package org.matcha.modules.socket;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.objects.TypeBuilder;

/**
 * _socket for a machine with no network (the browser, WASI): the socket type, constants and
 * address helpers as on Linux; socketpair() gives connected in-memory ends; whatever needs a
 * network fails with the errno or gaierror such a machine gives. CPython: Modules/socketmodule.c.
 */
@PyModuleDef(name = "_socket")
public final class SocketModule {
    private SocketModule() {}

    static final int AF_UNSPEC = 0;
    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_NONBLOCK = 2048;
    static final int SOCK_CLOEXEC = 524288;
    static final int SOL_SOCKET = 1;
    static final int SO_TYPE = 3;
    static final int SO_SNDBUF = 7;
    static final int SO_RCVBUF = 8;
    static final int SO_PROTOCOL = 38;
    static final int SO_DOMAIN = 39;
    static final int MSG_PEEK = 2;
    static final int SHUT_RD = 0;
    static final int SHUT_WR = 1;
    static final int EAI_NONAME = -2;

    /** Seconds, negative for None. CPython: defaulttimeout. */
    static double defaultTimeout = -1;

    static PyType herror;
    static PyType gaierror;

    private static final String CONSTANTS = "AF_UNSPEC=0 AF_UNIX=1 AF_INET=2 AF_INET6=10 AF_NETLINK=16 AF_PACKET=17 "
            + "SOCK_STREAM=1 SOCK_DGRAM=2 SOCK_RAW=3 SOCK_RDM=4 SOCK_SEQPACKET=5 SOCK_NONBLOCK=2048 "
            + "SOCK_CLOEXEC=524288 SOL_SOCKET=1 SO_DEBUG=1 SO_REUSEADDR=2 SO_TYPE=3 SO_ERROR=4 SO_DONTROUTE=5 "
            + "SO_BROADCAST=6 SO_SNDBUF=7 SO_RCVBUF=8 SO_KEEPALIVE=9 SO_OOBINLINE=10 SO_LINGER=13 SO_REUSEPORT=15 "
            + "SO_RCVLOWAT=18 SO_SNDLOWAT=19 SO_RCVTIMEO=20 SO_SNDTIMEO=21 SO_ACCEPTCONN=30 SO_PROTOCOL=38 "
            + "SO_DOMAIN=39 SOMAXCONN=4096 MSG_OOB=1 MSG_PEEK=2 MSG_DONTROUTE=4 MSG_CTRUNC=8 MSG_TRUNC=32 "
            + "MSG_DONTWAIT=64 MSG_EOR=128 MSG_WAITALL=256 MSG_NOSIGNAL=16384 MSG_CMSG_CLOEXEC=1073741824 "
            + "SHUT_RD=0 SHUT_WR=1 SHUT_RDWR=2 IPPROTO_IP=0 IPPROTO_ICMP=1 IPPROTO_TCP=6 IPPROTO_UDP=17 "
            + "IPPROTO_IPV6=41 IPPROTO_RAW=255 SOL_IP=0 SOL_TCP=6 SOL_UDP=17 TCP_NODELAY=1 TCP_MAXSEG=2 "
            + "TCP_KEEPIDLE=4 TCP_KEEPINTVL=5 TCP_KEEPCNT=6 IP_TOS=1 IP_TTL=2 IP_MULTICAST_TTL=33 "
            + "IP_MULTICAST_LOOP=34 IP_ADD_MEMBERSHIP=35 IPV6_V6ONLY=26 IPV6_JOIN_GROUP=20 INADDR_ANY=0 "
            + "INADDR_BROADCAST=4294967295 INADDR_LOOPBACK=2130706433 INADDR_NONE=4294967295 "
            + "AI_PASSIVE=1 AI_CANONNAME=2 AI_NUMERICHOST=4 AI_V4MAPPED=8 AI_ALL=16 AI_ADDRCONFIG=32 "
            + "AI_NUMERICSERV=1024 NI_NUMERICHOST=1 NI_NUMERICSERV=2 NI_NOFQDN=4 NI_NAMEREQD=8 NI_DGRAM=16 "
            + "NI_MAXHOST=1025 NI_MAXSERV=32 EAI_BADFLAGS=-1 EAI_NONAME=-2 EAI_AGAIN=-3 EAI_FAIL=-4 EAI_FAMILY=-6 "
            + "EAI_SOCKTYPE=-7 EAI_SERVICE=-8 EAI_MEMORY=-10 EAI_SYSTEM=-11 EAI_OVERFLOW=-12 EAI_NODATA=-5 "
            + "EAI_ADDRFAMILY=-9";

    public static void init(PyModule m) {
        for (String kv : CONSTANTS.split(" ")) {
            int eq = kv.indexOf('=');
            m.add(kv.substring(0, eq), PyInt.of(Long.parseLong(kv.substring(eq + 1))));
        }
        m.add("socket", SocketObject.TYPE);
        m.add("SocketType", SocketObject.TYPE);
        m.add("error", ExceptionTypes.OSError);
        m.add("timeout", ExceptionTypes.TimeoutError);
        herror = newException("herror");
        gaierror = newException("gaierror");
        m.add("herror", herror);
        m.add("gaierror", gaierror);
        m.add("has_ipv6", org.matcha.objects.PyBool.TRUE);
    }

    private static PyType newException(String name) {
        PyDict ns = new PyDict();
        ns.setItem("__module__", PyStr.of("socket"));
        return TypeBuilder.build(PyType.TYPE, name, new PyObject[] {ExceptionTypes.OSError}, ns, null);
    }

    static PyException gaiError(int code, String message) {
        PyObject exc = Abstract.call(gaierror, PyInt.of(code), PyStr.of(message));
        return new PyException((org.matcha.objects.PyBaseException) exc);
    }

    /** A timeout argument: None, or non-negative seconds. CPython: socket_parse_timeout. */
    static double parseTimeout(PyObject value) {
        if (value == PyNone.NONE) {
            return -1;
        }
        double d;
        if (value instanceof PyFloat f) {
            d = f.value;
        } else if (value instanceof PyInt i) {
            d = i.big != null ? i.big.doubleValue() : i.value;
        } else if (value.type().lookup("__float__") != null || value.type().lookup("__index__") != null) {
            d = org.matcha.objects.Args.toDouble(value);
        } else {
            throw Errors.typeError("'" + value.type().name + "' object cannot be interpreted as an integer");
        }
        if (Double.isNaN(d)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (d < 0) {
            throw Errors.valueError("Timeout value out of range");
        }
        return d;
    }

    @PyMethod
    public static PyObject getdefaulttimeout() {
        return defaultTimeout < 0 ? PyNone.NONE : PyFloat.of(defaultTimeout);
    }

    @PyMethod(sig = "(timeout, /)")
    public static void setdefaulttimeout(PyObject timeout) {
        defaultTimeout = parseTimeout(timeout);
    }

    /** Two connected in-memory ends. CPython: socket_socketpair. */
    @PyMethod(sig = "(family=1, type=1, proto=0, /)")
    public static PyObject socketpair(int family, int type, int proto) {
        if (family != AF_UNIX) {
            throw SocketObject.oserror(SocketObject.EOPNOTSUPP);
        }
        int baseType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        MemoryEndpoint a = MemoryEndpoint.open(family, baseType, proto);
        MemoryEndpoint b = MemoryEndpoint.open(family, baseType, proto);
        a.peer = b;
        b.peer = a;
        return PyTuple.of(wrap(a, type), wrap(b, type));
    }

    private static SocketObject wrap(MemoryEndpoint e, int type) {
        SocketObject s = new SocketObject(SocketObject.TYPE);
        s.end = e;
        s.family = e.family;
        s.sockType = e.type;
        s.proto = e.proto;
        s.timeout = (type & SOCK_NONBLOCK) != 0 ? 0 : defaultTimeout;
        return s;
    }

    @PyMethod
    public static PyObject gethostname() {
        return PyStr.of("localhost");
    }

    @PyMethod(sig = "(fd, /)")
    public static void close(int fd) {
        MemoryEndpoint e = MemoryEndpoint.lookup(fd);
        if (e == null) {
            throw SocketObject.oserror(SocketObject.EBADF);
        }
        e.close();
    }

    // ---- byte order ----

    private static long unsigned(PyObject x, String name, int bits) {
        PyInt i = Abstract.index(x);
        if (i.big != null ? i.big.signum() < 0 : i.value < 0) {
            throw Errors.overflow(bits == 16 ? name + ": can't convert negative Python int to C 16-bit unsigned integer"
                    : "can't convert negative value to unsigned int");
        }
        if (i.big != null && bits == 32) {
            throw Errors.overflow("Python int too large to convert to C unsigned long");
        }
        if (i.big != null || i.value >= (1L << bits)) {
            throw Errors.overflow(bits == 16 ? name + ": Python int too large to convert to C 16-bit unsigned integer"
                    : "int larger than 32 bits");
        }
        return i.value;
    }

    private static long swap16(long v) {
        return ((v & 0xff) << 8) | ((v >> 8) & 0xff);
    }

    private static long swap32(long v) {
        return ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >> 8) & 0xff00) | ((v >> 24) & 0xff);
    }

    @PyMethod(sig = "(x, /)")
    public static PyObject htons(PyObject x) {
        return PyInt.of(swap16(unsigned(x, "htons", 16)));
    }

    @PyMethod(sig = "(x, /)")
    public static PyObject ntohs(PyObject x) {
        return PyInt.of(swap16(unsigned(x, "ntohs", 16)));
    }

    @PyMethod(sig = "(x, /)")
    public static PyObject htonl(PyObject x) {
        return PyInt.of(swap32(unsigned(x, "htonl", 32)));
    }

    @PyMethod(sig = "(x, /)")
    public static PyObject ntohl(PyObject x) {
        return PyInt.of(swap32(unsigned(x, "ntohl", 32)));
    }

    // ---- addresses ----

    @PyMethod(sig = "(string, /)")
    public static PyObject inet_aton(PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw Errors.typeError("inet_aton() argument 1 must be str, not " + string.type().name);
        }
        byte[] b = InetAddresses.aton(s.value);
        if (b == null) {
            throw Errors.of(ExceptionTypes.OSError, "illegal IP address string passed to inet_aton");
        }
        return new PyBytes(b);
    }

    @PyMethod(sig = "(packed_ip, /)")
    public static PyObject inet_ntoa(PyObject packed) {
        byte[] b = bytesLike(packed, "inet_ntoa() argument 1");
        if (b.length != 4) {
            throw Errors.of(ExceptionTypes.OSError, "packed IP wrong length for inet_ntoa");
        }
        return PyStr.of(InetAddresses.ntop4(b));
    }

    private static byte[] bytesLike(PyObject o, String what) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof org.matcha.objects.PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        if (o instanceof org.matcha.objects.BufferExporter b) {
            return b.bufferCopy();
        }
        throw Errors.typeError(what + " must be bytes-like object, not " + o.type().name);
    }

    @PyMethod(sig = "(af, ip_string, /)")
    public static PyObject inet_pton(int af, PyObject ipString) {
        if (!(ipString instanceof PyStr s)) {
            throw Errors.typeError("inet_pton() argument 2 must be str, not " + ipString.type().name);
        }
        byte[] b;
        if (af == AF_INET) {
            b = InetAddresses.pton4(s.value);
        } else if (af == AF_INET6) {
            b = InetAddresses.pton6(s.value);
        } else {
            throw SocketObject.oserror(SocketObject.EAFNOSUPPORT);
        }
        if (b == null) {
            throw Errors.of(ExceptionTypes.OSError, "illegal IP address string passed to inet_pton");
        }
        return new PyBytes(b);
    }

    @PyMethod(sig = "(af, packed_ip, /)")
    public static PyObject inet_ntop(int af, PyObject packed) {
        byte[] b = bytesLike(packed, "inet_ntop() argument 2");
        if (af == AF_INET) {
            if (b.length != 4) {
                throw Errors.valueError("invalid length of packed IP address string");
            }
            return PyStr.of(InetAddresses.ntop4(b));
        }
        if (af == AF_INET6) {
            if (b.length != 16) {
                throw Errors.valueError("invalid length of packed IP address string");
            }
            return PyStr.of(InetAddresses.ntop6(b));
        }
        throw Errors.valueError("unknown address family " + af);
    }

    /**
     * The numeric address a host names, checked for the family; only numeric hosts and
     * "localhost" resolve without a name service. CPython: setipaddr.
     */
    static String resolve(PyObject host, int family) {
        String h;
        if (host instanceof PyStr s) {
            h = s.value;
        } else if (host instanceof PyBytes b) {
            h = new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw Errors.typeError("str, bytes or bytearray expected, not " + host.type().name);
        }
        boolean v6 = family == AF_INET6;
        if (h.isEmpty()) {
            return v6 ? "::" : "0.0.0.0";
        }
        if (h.equals("<broadcast>")) {
            return "255.255.255.255";
        }
        if (h.equals("localhost")) {
            return v6 ? "::1" : "127.0.0.1";
        }
        if (!v6 && InetAddresses.pton4(h) != null) {
            return h;
        }
        if (family != AF_INET && InetAddresses.pton6(h) != null) {
            return h;
        }
        if (family == AF_UNSPEC && InetAddresses.pton4(h) != null) {
            return h;
        }
        throw gaiError(EAI_NONAME, "Name or service not known");
    }

    @PyMethod(sig = "(hostname, /)")
    public static PyObject gethostbyname(PyObject hostname) {
        return PyStr.of(resolve(hostname, AF_INET));
    }

    /** Numeric hosts only (no name service). CPython: socket_getaddrinfo. */
    @PyMethod(sig = "(host, port, family=0, type=0, proto=0, flags=0)")
    public static PyObject getaddrinfo(PyObject host, PyObject port, int family, int type, int proto, int flags) {
        long portNum;
        if (port == PyNone.NONE) {
            portNum = 0;
        } else if (port instanceof PyInt i) {
            portNum = i.value;
        } else if (port instanceof PyStr || port instanceof PyBytes) {
            String p = port instanceof PyStr s ? s.value : new String(((PyBytes) port).bytes,
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            try {
                portNum = Long.parseLong(p);
            } catch (NumberFormatException e) {
                throw gaiError(-8, "Servname not supported for ai_socktype");
            }
        } else {
            throw Errors.of(ExceptionTypes.OSError, "Int or String expected");
        }
        if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6) {
            throw gaiError(-6, "ai_family not supported");
        }
        PyList out = new PyList();
        int[] families;
        if (host == PyNone.NONE) {
            boolean passive = (flags & 1) != 0;
            families = family == AF_UNSPEC ? new int[] {AF_INET6, AF_INET} : new int[] {family};
            for (int f : families) {
                String a = f == AF_INET6 ? (passive ? "::" : "::1") : (passive ? "0.0.0.0" : "127.0.0.1");
                addInfos(out, f, a, portNum, type, proto);
            }
            return out;
        }
        String addr = resolve(host, family);
        int f = InetAddresses.pton4(addr) != null ? AF_INET : AF_INET6;
        if (family != AF_UNSPEC && family != f) {
            throw gaiError(-9, "Address family for hostname not supported");
        }
        addInfos(out, f, addr, portNum, type, proto);
        return out;
    }

    private static void addInfos(PyList out, int family, String addr, long port, int type, int proto) {
        int[][] kinds = {{SOCK_STREAM, 6}, {SOCK_DGRAM, 17}, {3, 0}};
        for (int[] k : kinds) {
            if ((type != 0 && type != k[0]) || (proto != 0 && proto != k[1])) {
                continue;
            }
            PyObject sockaddr = family == AF_INET6
                    ? PyTuple.of(PyStr.of(addr), PyInt.of(port), PyInt.of(0), PyInt.of(0))
                    : PyTuple.of(PyStr.of(addr), PyInt.of(port));
            out.append(PyTuple.of(PyInt.of(family), PyInt.of(k[0]), PyInt.of(k[1]), PyStr.of(""), sockaddr));
        }
    }
}
