package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** {@code bytes}: an immutable byte string. CPython: Objects/bytesobject.c. */
@PyClass(name = "bytes", doc = "bytes(iterable_of_ints) -> bytes\n"
        + "bytes(string, encoding[, errors]) -> bytes\n"
        + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
        + "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
        + "bytes() -> empty bytes object\n"
        + "\n"
        + "Construct an immutable array of bytes from:\n"
        + "  - an iterable yielding integers in range(256)\n"
        + "  - a text string encoded using the specified encoding\n"
        + "  - any object implementing the buffer API.\n"
        + "  - an integer")
public class PyBytes extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, t -> new PyBytes(t, new byte[0]));

    public final byte[] bytes;
    private final PyType type;
    private PyDict dict;

    public PyBytes(byte[] bytes) {
        this(TYPE, bytes);
    }

    protected PyBytes(PyType type, byte[] bytes) {
        this.type = type;
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Python subclasses have an instance __dict__. */
    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public byte[] bufferArray() {
        return bytes;
    }

    @Override
    public int bufferLength() {
        return bytes.length;
    }

    @Override
    public boolean bufferReadonly() {
        return true;
    }

    /** The bytes as a Latin-1 string (one char per byte). */
    public String latin1() {
        return latin1(bytes);
    }

    /** {@code data} as a Latin-1 string (one char per byte). */
    public static String latin1(byte[] data) {
        char[] c = new char[data.length];
        for (int i = 0; i < data.length; i++) {
            c[i] = (char) (data[i] & 0xff);
        }
        return new String(c);
    }

    /** The bytes of a bytes-like object, or TypeError. */
    public static byte[] asBytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof BufferExporter b) {
            return b.bufferCopy();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    /**
     * The same hash as the str of the same Latin-1 characters, as in CPython (which hashes the same
     * one-byte data for both); core's str hash decides the formula.
     */
    public long hash() {
        long h = 0;
        for (byte b : bytes) {
            h = h * 1000003 + (b & 0xff);
        }
        h ^= bytes.length;
        long r = (int) (h ^ (h >>> 32));
        return r == -1 ? -2 : r;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(source=NULL, encoding=NULL, errors=NULL)")
    public static PyObject __new__(PyType cls, PyObject source, PyObject encoding, PyObject errors) {
        byte[] b = BytesSupport.construct(source, encoding, errors, "bytes");
        return cls == TYPE ? new PyBytes(b) : new PyBytes(cls, b);
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of(StrRepr.reprBytes(bytes));
    }

    @PyMethod
    public PyObject __str__() {
        return __repr__();
    }

    @PyMethod
    public PyObject __hash__() {
        return PyInt.of(hash());
    }

    @PyMethod
    public int __len__() {
        return bytes.length;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            return new PyBytes(BytesSupport.sliceOf(bytes, bytes.length, s));
        }
        int i = BytesSupport.itemIndex(key, "byte", bytes.length, "index out of range");
        return PyInt.of(bytes[i] & 0xff);
    }

    @PyMethod
    public PyObject __iter__() {
        return new PyIterators.BytesIterator(this);
    }

    /** Both operands as buffers. CPython: bytes_concat. */
    @PyMethod
    public PyObject __add__(PyObject o) {
        if (!(o instanceof BufferExporter)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return new PyBytes(BytesSupport.concat(bytes, bytes.length, asBytes(o)));
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return new PyBytes(BytesSupport.repeat(bytes, bytes.length, n));
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        return BytesSupport.contains(bytes, bytes.length, o);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(java.util.Arrays.equals(bytes, b.bytes)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(!java.util.Arrays.equals(bytes, b.bytes)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(BytesSupport.compare(bytes, bytes.length, b.bytes) < 0)
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(BytesSupport.compare(bytes, bytes.length, b.bytes) <= 0)
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(BytesSupport.compare(bytes, bytes.length, b.bytes) > 0)
                : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(BytesSupport.compare(bytes, bytes.length, b.bytes) >= 0)
                : PySingletons.NOT_IMPLEMENTED;
    }

    /** CPython: bytes___bytes___impl (an exact bytes returns itself). */
    @PyMethod
    public PyObject __bytes__() {
        return type == TYPE ? this : new PyBytes(bytes);
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(new PyBytes(bytes));
    }
}
