package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** {@code bytearray}: a mutable byte string. CPython: Objects/bytearrayobject.c. */
@PyClass(name = "bytearray")
public class PyByteArray extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, PyByteArray::new);

    public byte[] bytes = new byte[0];
    public int size;
    private final PyType type;

    protected PyByteArray(PyType type) {
        this.type = type;
    }

    public PyByteArray(byte[] b) {
        this.type = TYPE;
        this.bytes = b;
        this.size = b.length;
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
        return size;
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }


    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new PyByteArray(cls);
    }

    @PyMethod(sig = "(source=NULL, encoding=NULL, errors=NULL)")
    public void __init__(PyObject source, PyObject encoding, PyObject errors) {
        bytes = BytesSupport.construct(source, encoding, errors, "bytearray");
        size = bytes.length;
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("bytearray(" + StrRepr.reprBytes(java.util.Arrays.copyOf(bytes, size)) + ")");
    }

    @PyMethod
    public int __len__() {
        return size;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice) {
            PyObject r = new PyBytes(java.util.Arrays.copyOf(bytes, size)).__getitem__(key);
            return new PyByteArray(((PyBytes) r).bytes);
        }
        long i = Abstract.indexForSequence(key, "bytearray");
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("bytearray index out of range");
        }
        return PyInt.of(bytes[(int) i] & 0xff);
    }

    @PyMethod
    public void __setitem__(PyObject key, PyObject value) {
        long i = Abstract.indexForSequence(key, "bytearray");
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("bytearray index out of range");
        }
        long v = Abstract.index(value).longValue();
        if (v < 0 || v > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        bytes[(int) i] = (byte) v;
    }

    @PyMethod
    public void append(PyObject value) {
        long v = Abstract.index(value).longValue();
        if (v < 0 || v > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        if (size == bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(8, size * 2));
        }
        bytes[size++] = (byte) v;
    }

    @PyMethod
    public void extend(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            append(x);
        }
    }

    @PyMethod
    public PyObject __iter__() {
        return new PyBytes(java.util.Arrays.copyOf(bytes, size)).__iter__();
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyBytes) && !(o instanceof PyByteArray)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, size), PyBytes.asBytes(o)));
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        PyObject r = new PyBytes(java.util.Arrays.copyOf(bytes, size)).__mul__(n);
        return r instanceof PyBytes b ? new PyByteArray(b.bytes) : r;
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyBytes) && !(o instanceof PyByteArray)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        byte[] other = PyBytes.asBytes(o);
        byte[] r = java.util.Arrays.copyOf(bytes, size + other.length);
        System.arraycopy(other, 0, r, size, other.length);
        return new PyByteArray(r);
    }

    @PyMethod
    public PyObject __iadd__(PyObject o) {
        extend(o);
        return this;
    }

    @PyMethod(sig = "(encoding='utf-8', errors='strict')")
    public PyObject decode(String encoding, String errors) {
        return Codecs.decode(java.util.Arrays.copyOf(bytes, size), encoding, errors);
    }
}
