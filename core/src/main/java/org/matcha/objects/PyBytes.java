package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** {@code bytes}: an immutable byte string. CPython: Objects/bytesobject.c. */
@PyClass(name = "bytes")
public class PyBytes extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, t -> new PyBytes(t, new byte[0]));

    public final byte[] bytes;
    private final PyType type;

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
        char[] c = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            c[i] = (char) (bytes[i] & 0xff);
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

    public long hash() {
        long h = 0;
        for (byte b : bytes) {
            h = h * 1000003 + (b & 0xff);
        }
        h ^= bytes.length;
        return h == -1 ? -2 : h;
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
            long[] ind = s.indices(bytes.length);
            int n = (int) ind[3];
            byte[] out = new byte[n];
            for (int i = 0, j = (int) ind[0]; i < n; i++, j += (int) ind[2]) {
                out[i] = bytes[j];
            }
            return new PyBytes(out);
        }
        long i = Abstract.indexForSequence(key, "byte");
        if (i < 0) {
            i += bytes.length;
        }
        if (i < 0 || i >= bytes.length) {
            throw Errors.indexError("index out of range");
        }
        return PyInt.of(bytes[(int) i] & 0xff);
    }

    @PyMethod
    public PyObject __iter__() {
        PyObject[] items = new PyObject[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            items[i] = PyInt.of(bytes[i] & 0xff);
        }
        return new PyIterators.ArrayIterator(items, items.length);
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyBytes) && !(o instanceof PyByteArray)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        byte[] other = asBytes(o);
        byte[] r = java.util.Arrays.copyOf(bytes, bytes.length + other.length);
        System.arraycopy(other, 0, r, bytes.length, other.length);
        return new PyBytes(r);
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        long times = Math.max(0, Abstract.index(n).longValueClamped());
        if (times * bytes.length > (1 << 28)) {
            throw Errors.memory();
        }
        byte[] r = new byte[(int) (times * bytes.length)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(bytes, 0, r, i * bytes.length, bytes.length);
        }
        return new PyBytes(r);
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        if (o instanceof PyInt i) {
            long v = i.longValue();
            if (v < 0 || v > 255) {
                throw Errors.valueError("byte must be in range(0, 256)");
            }
            for (byte b : bytes) {
                if ((b & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        return BytesSupport.indexOf(bytes, bytes.length, asBytes(o), 0) >= 0;
    }

    private int cmp(PyObject o) {
        byte[] other = ((PyBytes) o).bytes;
        int n = Math.min(bytes.length, other.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(bytes[i] & 0xff, other[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(bytes.length, other.length);
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
        return o instanceof PyBytes ? PyBool.of(cmp(o) < 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return o instanceof PyBytes ? PyBool.of(cmp(o) <= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return o instanceof PyBytes ? PyBool.of(cmp(o) > 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return o instanceof PyBytes ? PyBool.of(cmp(o) >= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(sig = "(encoding='utf-8', errors='strict')")
    public PyObject decode(String encoding, String errors) {
        return Codecs.decode(bytes, encoding, errors);
    }

    @PyMethod(sig = "(sep=NULL, bytes_per_sep=1)")
    public PyObject hex(PyObject sep, int bytesPerSep) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return PyStr.of(b.toString());
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(new PyBytes(bytes));
    }
}
