package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * {@code bytearray}: a mutable byte string. The read-only methods come from {@link BytesMethods} and
 * {@link BytesCaseMethods}; this class has the protocol and the mutators. CPython:
 * Objects/bytearrayobject.c.
 */
@PyClass(name = "bytearray", doc = "bytearray(iterable_of_ints) -> bytearray\n"
        + "bytearray(string, encoding[, errors]) -> bytearray\n"
        + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
        + "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
        + "bytearray() -> empty bytes array\n"
        + "\n"
        + "Construct a mutable bytearray object from:\n"
        + "  - an iterable yielding integers in range(256)\n"
        + "  - a text string encoded using the specified encoding\n"
        + "  - a bytes or a buffer object\n"
        + "  - any object implementing the buffer API.\n"
        + "  - an integer")
public class PyByteArray extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, PyByteArray::new);

    public byte[] bytes = new byte[0];
    public int size;
    /** What CPython would have allocated (reported by __alloc__); see {@link #resize}. */
    private long alloc;
    private final PyType type;
    private PyDict dict;

    protected PyByteArray(PyType type) {
        this.type = type;
    }

    public PyByteArray(byte[] b) {
        this.type = TYPE;
        this.bytes = b;
        this.size = b.length;
        this.alloc = b.length == 0 ? 0 : b.length + 1;
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
        return size;
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public boolean bufferResizable() {
        return true;
    }

    private byte[] data() {
        return java.util.Arrays.copyOf(bytes, size);
    }

    /** Sets the length, keeping the first bytes. CPython: PyByteArray_Resize's allocation policy. */
    private void resize(long newSize) {
        int n = BytesSupport.checkedLength(newSize);
        if (n + 1 <= alloc) {
            if (n < alloc / 2) {
                alloc = n + 1;
            }
        } else if (n <= alloc * 1.125) {
            alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
        } else {
            alloc = n + 1;
        }
        if (n > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(n, Math.min(1 << 28, bytes.length * 2)));
        } else if (n < size) {
            java.util.Arrays.fill(bytes, n, size, (byte) 0);
        }
        size = n;
    }

    private void setContents(byte[] b) {
        resize(b.length);
        System.arraycopy(b, 0, bytes, 0, b.length);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new PyByteArray(cls);
    }

    @PyMethod(sig = "(source=NULL, encoding=NULL, errors=NULL)")
    public void __init__(PyObject source, PyObject encoding, PyObject errors) {
        byte[] b = BytesSupport.construct(source, encoding, errors, "bytearray");
        if (size != 0) {
            resize(0);
        }
        if (source != null) {
            setContents(b);
        }
    }

    /** The class name, then the bytes repr in parentheses. CPython: bytearray_repr. */
    @PyMethod
    public PyObject __repr__() {
        return PyStr.of(type.name + "(" + StrRepr.reprBytes(data()) + ")");
    }

    @PyMethod
    public int __len__() {
        return size;
    }

    @PyMethod
    public long __alloc__() {
        return alloc;
    }

    @PyMethod
    public long __sizeof__() {
        return 56 + alloc;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            return new PyByteArray(BytesSupport.sliceOf(bytes, size, s));
        }
        int i = BytesSupport.itemIndex(key, "bytearray", size, "bytearray index out of range");
        return PyInt.of(bytes[i] & 0xff);
    }

    /** CPython: bytearray_ass_subscript (value null = delete). */
    private void assign(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            assignSlice(s, value);
            return;
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name);
        }
        int v = value == null ? 0 : BytesSupport.byteValue(value);
        int i = BytesSupport.itemIndex(key, "bytearray", size, "bytearray index out of range");
        if (value == null) {
            System.arraycopy(bytes, i + 1, bytes, i, size - i - 1);
            resize(size - 1);
        } else {
            bytes[i] = (byte) v;
        }
    }

    /** CPython: bytearray_setslice_linear and the extended-slice loop of bytearray_ass_subscript. */
    private void assignSlice(PySlice s, PyObject value) {
        byte[] repl = null;
        if (value != null) {
            if (value instanceof PyByteArray other) {
                repl = other.data();
            } else if (value instanceof PyStr || isNumber(value)) {
                throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                repl = BytesSupport.construct(value, null, null, "bytearray");
            }
        }
        long[] ind = s.indices(size);
        int start = (int) ind[0];
        int step = (int) ind[2];
        int count = (int) ind[3];
        if (step == 1) {
            int stop = Math.max(start, (int) ind[1]);
            int n = repl == null ? 0 : repl.length;
            byte[] tail = java.util.Arrays.copyOfRange(bytes, stop, size);
            resize((long) start + n + tail.length);
            if (n > 0) {
                System.arraycopy(repl, 0, bytes, start, n);
            }
            System.arraycopy(tail, 0, bytes, start + n, tail.length);
            return;
        }
        if (repl == null) {
            boolean[] drop = new boolean[size];
            for (int k = 0, j = start; k < count; k++, j += step) {
                drop[j] = true;
            }
            int w = 0;
            for (int r = 0; r < size; r++) {
                if (!drop[r]) {
                    bytes[w++] = bytes[r];
                }
            }
            resize(w);
            return;
        }
        if (repl.length != count) {
            throw Errors.valueError("attempt to assign bytes of size " + repl.length + " to extended slice of size "
                    + count);
        }
        for (int k = 0, j = start; k < count; k++, j += step) {
            bytes[j] = repl[k];
        }
    }

    /** CPython: PyNumber_Check. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || t.lookup("__index__") != null
                || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    @PyMethod
    public void __setitem__(PyObject key, PyObject value) {
        assign(key, value);
    }

    @PyMethod
    public void __delitem__(PyObject key) {
        assign(key, null);
    }

    @PyMethod(sig = "(item, /)")
    public void append(PyObject item) {
        int v = BytesSupport.byteValue(item);
        resize((long) size + 1);
        bytes[size - 1] = (byte) v;
    }

    /** CPython: bytearray_extend (buffers at once, else an iterable of ints). */
    @PyMethod(sig = "(iterable_of_ints, /)")
    public void extend(PyObject iterable) {
        byte[] add;
        if (iterable instanceof BufferExporter) {
            add = PyBytes.asBytes(iterable);
        } else {
            if (iterable instanceof PyStr) {
                throw Errors.typeError("'str' object cannot be interpreted as an integer");
            }
            if (Abstract.lookupSpecial(iterable, "__iter__") == null
                    && Abstract.lookupSpecial(iterable, "__getitem__") == null) {
                throw Errors.typeError("can't extend bytearray with " + iterable.type().name);
            }
            PyObject[] items = Abstract.toArray(iterable);
            add = new byte[items.length];
            for (int k = 0; k < items.length; k++) {
                add[k] = (byte) BytesSupport.byteValue(items[k]);
            }
        }
        int old = size;
        resize((long) size + add.length);
        System.arraycopy(add, 0, bytes, old, add.length);
    }

    @PyMethod(sig = "(index, item, /)")
    public void insert(PyObject indexObj, PyObject item) {
        long i = Args.toLong(indexObj);
        int v = BytesSupport.byteValue(item);
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        i = Math.min(i, size);
        resize((long) size + 1);
        System.arraycopy(bytes, (int) i, bytes, (int) i + 1, size - 1 - (int) i);
        bytes[(int) i] = (byte) v;
    }

    @PyMethod(sig = "(index=-1, /)")
    public PyObject pop(PyObject indexObj) {
        long i = Args.toLong(indexObj);
        if (size == 0) {
            throw Errors.indexError("pop from empty bytearray");
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("pop index out of range");
        }
        int v = bytes[(int) i] & 0xff;
        System.arraycopy(bytes, (int) i + 1, bytes, (int) i, size - (int) i - 1);
        resize(size - 1);
        return PyInt.of(v);
    }

    @PyMethod(sig = "(value, /)")
    public void remove(PyObject value) {
        int v = BytesSupport.byteValue(value);
        for (int i = 0; i < size; i++) {
            if ((bytes[i] & 0xff) == v) {
                System.arraycopy(bytes, i + 1, bytes, i, size - i - 1);
                resize(size - 1);
                return;
            }
        }
        throw Errors.valueError("value not found in bytearray");
    }

    @PyMethod
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    @PyMethod
    public void clear() {
        resize(0);
    }

    @PyMethod
    public PyObject copy() {
        return new PyByteArray(data());
    }

    @PyMethod
    public PyObject __iter__() {
        return new PyIterators.BytesIterator(this);
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        return BytesSupport.contains(bytes, size, o);
    }

    /** Any two buffers compare. CPython: bytearray_richcompare. */
    private PyObject compare(PyObject o, String op) {
        if (!(o instanceof BufferExporter)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        byte[] other = PyBytes.asBytes(o);
        if (op.equals("==") || op.equals("!=")) {
            boolean eq = size == other.length && BytesSupport.compare(bytes, size, other) == 0;
            return PyBool.of(eq == op.equals("=="));
        }
        int c = BytesSupport.compare(bytes, size, other);
        switch (op) {
            case "<": return PyBool.of(c < 0);
            case "<=": return PyBool.of(c <= 0);
            case ">": return PyBool.of(c > 0);
            default: return PyBool.of(c >= 0);
        }
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return compare(o, "==");
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return compare(o, "!=");
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return compare(o, "<");
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return compare(o, "<=");
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return compare(o, ">");
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return compare(o, ">=");
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return new PyByteArray(BytesSupport.repeat(bytes, size, n));
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public PyObject __imul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        setContents(BytesSupport.repeat(bytes, size, n));
        return this;
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        if (!(o instanceof BufferExporter)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return new PyByteArray(BytesSupport.concat(bytes, size, PyBytes.asBytes(o)));
    }

    @PyMethod
    public PyObject __iadd__(PyObject o) {
        if (!(o instanceof BufferExporter)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        byte[] add = PyBytes.asBytes(o);
        int old = size;
        resize((long) size + add.length);
        System.arraycopy(add, 0, bytes, old, add.length);
        return this;
    }

    /** (type, args, instance dict or None); protocols below 3 carry a Latin-1 str. CPython: _common_reduce. */
    private PyObject reduce(long proto) {
        PyObject dict = Abstract.lookupAttrOrNull(this, "__dict__");
        PyObject state = dict instanceof PyDict d && d.size() > 0 ? dict : PyNone.NONE;
        PyObject args = proto < 3 ? PyTuple.of(PyStr.of(new PyBytes(data()).latin1()), PyStr.of("latin-1"))
                : PyTuple.of(new PyBytes(data()));
        return PyTuple.of(type, args, state);
    }

    @PyMethod
    public PyObject __reduce__() {
        return reduce(0);
    }

    @PyMethod(sig = "(proto=0, /)")
    public PyObject __reduce_ex__(PyObject proto) {
        return reduce(Args.toInt(proto));
    }
}
