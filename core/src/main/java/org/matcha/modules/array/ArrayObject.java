package org.matcha.modules.array;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/**
 * array.array: a compact sequence of C numbers of one typecode. The items live in a byte array in
 * native (little-endian) layout, which is also the buffer memoryview and bytes() see.
 * CPython: Modules/arraymodule.c.
 *
 * <p>CPython refuses to resize an array while buffers of it are exported; Matcha cannot count
 * exports (see PyMemoryView), so resizing is allowed and views check their bounds on every access.
 */
@PyClass(name = "array.array")
public final class ArrayObject extends PyObject implements BufferExporter, SlotHolder {
    public static final PyType TYPE = PyType.builtin("array.array", PyType.OBJECT);

    static {
        TYPE.weakrefable = true;
        TYPE.dict().setItem("__hash__", PyNone.NONE);
    }

    /** array._array_reconstructor, set by the module's init for __reduce_ex__. */
    static PyObject reconstructor;

    private final PyType type;
    private PyDict dict;
    private final PyObject[] slots;
    final TypeCode code;
    byte[] data;
    /** The number of items. */
    int size;

    ArrayObject(PyType type, TypeCode code, int size) {
        this.type = type;
        this.code = code;
        this.size = size;
        this.data = new byte[Math.max(size, 4) * code.itemsize];
        this.slots = type.slotCount > 0 ? new PyObject[type.slotCount] : null;
    }

    @Override
    public PyObject[] slotArray() {
        return slots;
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

    // ---- storage ----

    private void resize(int newSize) {
        long bytes = (long) newSize * code.itemsize;
        if (bytes > (1 << 28)) {
            throw Errors.memory();
        }
        if (bytes > data.length) {
            long cap = Math.max(bytes, (long) data.length + (data.length >> 1) + 16);
            data = java.util.Arrays.copyOf(data, (int) Math.min(cap, 1 << 28));
        }
        size = newSize;
    }

    PyObject get(int i) {
        return code.get(data, i * code.itemsize);
    }

    private void set(int i, PyObject v) {
        code.set(data, i * code.itemsize, v);
    }

    /** Inserts v before index i (already clamped). CPython: ins1. */
    private void insertAt(int i, PyObject v) {
        long bits = code.convert(v);
        int n = size;
        resize(n + 1);
        int w = code.itemsize;
        System.arraycopy(data, i * w, data, (i + 1) * w, (n - i) * w);
        TypeCode.writeLittle(data, i * w, w, bits);
    }

    private void deleteRange(int lo, int hi) {
        int w = code.itemsize;
        System.arraycopy(data, hi * w, data, lo * w, (size - hi) * w);
        size -= hi - lo;
    }

    private byte[] bytesCopy() {
        return java.util.Arrays.copyOf(data, size * code.itemsize);
    }

    private static ArrayObject fromBytes(TypeCode code, byte[] b, int off, int nbytes) {
        ArrayObject a = new ArrayObject(TYPE, code, nbytes / code.itemsize);
        System.arraycopy(b, off, a.data, 0, nbytes);
        return a;
    }

    // ---- the buffer protocol ----

    @Override
    public byte[] bufferArray() {
        return data;
    }

    @Override
    public int bufferLength() {
        return size * code.itemsize;
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public boolean bufferResizable() {
        return true;
    }

    /** CPython: array_buffer_getbuf, which exports 'u' arrays as wchar_t ("w"). */
    @Override
    public String bufferFormat() {
        return code.code == 'u' ? "w" : String.valueOf(code.code);
    }

    // ---- construction ----

    /** CPython: array_new. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0
                && (cls == TYPE || cls.lookup("__init__") == PyType.OBJECT.lookup("__init__"))) {
            throw Errors.typeError("array.array() takes no keyword arguments");
        }
        if (args.length < 1) {
            throw Errors.typeError("array() takes at least 1 argument (0 given)");
        }
        if (args.length > 2) {
            throw Errors.typeError("array() takes at most 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr s) || s.length() != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not "
                    + (args[0] instanceof PyStr ? "str" : args[0].type().name));
        }
        TypeCode code = TypeCode.of(s.codePointAt(0));
        if (code == null) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        return make(cls, code, args.length > 1 ? args[1] : null);
    }

    /** An array of type cls from an initializer (null for none). CPython: array_new after parsing. */
    static ArrayObject make(PyType cls, TypeCode code, PyObject initial) {
        char c = code.code;
        if (initial != null && c != 'u') {
            if (initial instanceof PyStr) {
                throw Errors.typeError("cannot use a str to initialize an array with typecode '" + c + "'");
            }
            if (initial instanceof ArrayObject a && a.code.code == 'u') {
                throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + c + "'");
            }
        }
        ArrayObject a = new ArrayObject(cls, code, 0);
        if (initial == null) {
            return a;
        }
        if (initial instanceof PyList || initial instanceof PyTuple) {
            PyObject[] items = Abstract.toArray(initial);
            a.resize(items.length);
            for (int i = 0; i < items.length; i++) {
                a.set(i, items[i]);
            }
        } else if (initial instanceof PyBytes || initial instanceof PyByteArray) {
            a.frombytes(initial);
        } else if (c == 'u' && initial instanceof PyStr s) {
            a.fromunicode(s);
        } else if (initial instanceof ArrayObject other && other.code == code) {
            a.resize(other.size);
            System.arraycopy(other.data, 0, a.data, 0, other.size * code.itemsize);
        } else {
            a.extendFromIterator(Abstract.iter(initial));
        }
        return a;
    }

    private void extendFromIterator(PyObject it) {
        PyObject v;
        while ((v = Abstract.next(it)) != null) {
            insertAt(size, v);
        }
    }

    // ---- attributes ----

    @PyGetter
    public PyObject typecode() {
        return PyStr.of(String.valueOf(code.code));
    }

    @PyGetter
    public long itemsize() {
        return code.itemsize;
    }

    // ---- methods ----

    @PyMethod
    public void append(PyObject v) {
        insertAt(size, v);
    }

    /** CPython: array_array_buffer_info_impl; the address is id-like. */
    @PyMethod
    public PyObject buffer_info() {
        return PyTuple.of(PyInt.of(Abstract.id(this)), PyInt.of(size));
    }

    /** CPython: array_array_byteswap_impl. */
    @PyMethod
    public void byteswap() {
        int w = code.itemsize;
        for (int i = 0; i < size; i++) {
            int base = i * w;
            for (int lo = base, hi = base + w - 1; lo < hi; lo++, hi--) {
                byte t = data[lo];
                data[lo] = data[hi];
                data[hi] = t;
            }
        }
    }

    private boolean itemEquals(int i, PyObject v) {
        return Abstract.isTrue(Abstract.richCompare(get(i), v, "=="));
    }

    @PyMethod
    public long count(PyObject v) {
        long n = 0;
        for (int i = 0; i < size; i++) {
            if (itemEquals(i, v)) {
                n++;
            }
        }
        return n;
    }

    /** CPython: array_do_extend. */
    @PyMethod
    public void extend(PyObject bb) {
        if (!(bb instanceof ArrayObject other)) {
            extendFromIterator(Abstract.iter(bb));
            return;
        }
        if (other.code != code) {
            throw Errors.typeError("can only extend with array of same kind");
        }
        int n = size;
        int m = other.size;
        resize(n + m);
        System.arraycopy(other.data, 0, data, n * code.itemsize, m * code.itemsize);
    }

    /** CPython: array_array_frombytes_impl, which takes only buffers of one-byte items. */
    @PyMethod
    public void frombytes(PyObject buffer) {
        byte[] b = PyBytes.asBytes(buffer);
        String f = ((BufferExporter) buffer).bufferFormat();
        if (f.startsWith("@")) {
            f = f.substring(1);
        }
        if (f.length() != 1 || "bBc?".indexOf(f.charAt(0)) < 0) {
            throw Errors.typeError("a bytes-like object is required");
        }
        int len = buffer instanceof PyBytes ? b.length : ((BufferExporter) buffer).bufferLength();
        int w = code.itemsize;
        if (len % w != 0) {
            throw Errors.valueError("bytes length not a multiple of item size");
        }
        int n = size;
        resize(n + len / w);
        System.arraycopy(b, 0, data, n * w, len);
    }

    /** CPython: array_array_fromfile_impl. */
    @PyMethod(sig = "(f, n, /)")
    public void fromfile(PyObject f, PyObject n) {
        long count = Args.toLong(n);
        if (count < 0) {
            throw Errors.valueError("negative count");
        }
        if (count > (1L << 28)) {
            throw Errors.memory();
        }
        long nbytes = count * code.itemsize;
        PyObject b = Abstract.call(Abstract.getAttr(f, "read"), PyInt.of(nbytes));
        if (!(b instanceof PyBytes bs)) {
            throw Errors.typeError("read() didn't return bytes");
        }
        boolean short_ = bs.bytes.length != nbytes;
        frombytes(b);
        if (short_) {
            throw Errors.of(ExceptionTypes.EOFError, "read() didn't return enough bytes");
        }
    }

    /** CPython: array_array_fromlist, which undoes a partial append. */
    @PyMethod
    public void fromlist(PyObject list) {
        if (!(list instanceof PyList)) {
            throw Errors.typeError("arg must be list");
        }
        PyObject[] items = Abstract.toArray(list);
        int old = size;
        resize(old + items.length);
        try {
            for (int i = 0; i < items.length; i++) {
                set(old + i, items[i]);
            }
        } catch (PyException e) {
            size = old;
            throw e;
        }
    }

    @PyMethod
    public void fromunicode(PyObject ustr) {
        if (!(ustr instanceof PyStr s)) {
            throw Errors.typeError("fromunicode() argument must be str, not " + ustr.type().name);
        }
        if (code.code != 'u') {
            throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
        }
        int n = size;
        int[] cps = s.codePoints();
        resize(n + cps.length);
        for (int i = 0; i < cps.length; i++) {
            TypeCode.writeLittle(data, (n + i) * 4, 4, cps[i]);
        }
    }

    /** CPython: array_array_index_impl. */
    @PyMethod(sig = "(v, start=0, stop=NULL, /)")
    public long index(PyObject v, PyObject start, PyObject stop) {
        long lo = sliceIndex(start, 0);
        long hi = stop == null ? size : sliceIndex(stop, size);
        if (lo < 0) {
            lo = Math.max(0, lo + size);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + size);
        }
        for (long i = lo; i < hi && i < size; i++) {
            if (itemEquals((int) i, v)) {
                return i;
            }
        }
        throw Errors.valueError("array.index(x): x not in array");
    }

    /** CPython: _PyEval_SliceIndexNotNone. */
    private static long sliceIndex(PyObject o, long dflt) {
        if (!Abstract.hasIndex(o)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.index(o).longValueClamped();
    }

    @PyMethod(sig = "(i, v, /)")
    public void insert(PyObject index, PyObject v) {
        long i = Args.toLong(index);
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        insertAt((int) Math.min(i, size), v);
    }

    @PyMethod(sig = "(i=-1, /)")
    public PyObject pop(PyObject index) {
        long i = Args.toLong(index);
        if (size == 0) {
            throw Errors.indexError("pop from empty array");
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("pop index out of range");
        }
        PyObject v = get((int) i);
        deleteRange((int) i, (int) i + 1);
        return v;
    }

    @PyMethod
    public void remove(PyObject v) {
        for (int i = 0; i < size; i++) {
            if (itemEquals(i, v)) {
                deleteRange(i, i + 1);
                return;
            }
        }
        throw Errors.valueError("array.remove(x): x not in array");
    }

    @PyMethod
    public void reverse() {
        int w = code.itemsize;
        byte[] tmp = new byte[w];
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            System.arraycopy(data, i * w, tmp, 0, w);
            System.arraycopy(data, j * w, data, i * w, w);
            System.arraycopy(tmp, 0, data, j * w, w);
        }
    }

    @PyMethod
    public PyObject tobytes() {
        return new PyBytes(bytesCopy());
    }

    /** CPython: array_array_tofile, in 64 KiB blocks. */
    @PyMethod
    public void tofile(PyObject f) {
        int nbytes = size * code.itemsize;
        int block = 64 * 1024;
        PyObject write = null;
        for (int off = 0; off < nbytes; off += block) {
            if (write == null) {
                write = Abstract.getAttr(f, "write");
            }
            byte[] chunk = java.util.Arrays.copyOfRange(data, off, Math.min(nbytes, off + block));
            Abstract.call(write, new PyBytes(chunk));
        }
    }

    @PyMethod
    public PyObject tolist() {
        PyObject[] items = new PyObject[size];
        for (int i = 0; i < size; i++) {
            items[i] = get(i);
        }
        return PyList.of(items);
    }

    @PyMethod
    public PyObject tounicode() {
        if (code.code != 'u') {
            throw Errors.valueError("tounicode() may only be called on unicode type arrays");
        }
        int[] cps = new int[size];
        for (int i = 0; i < size; i++) {
            cps[i] = TypeCode.checkedChar(data, i * 4);
        }
        return size == 0 ? PyStr.of("") : PyStr.ofCodePoints(cps, 0, size);
    }

    /** CPython: array_array___reduce_ex___impl. */
    @PyMethod
    public PyObject __reduce_ex__(PyObject value) {
        long protocol = Args.toLong(value);
        PyObject d = dict();
        PyObject state = d == null ? PyNone.NONE : d;
        if (protocol < 3) {
            return PyTuple.of(type, PyTuple.of(typecode(), tolist()), state);
        }
        return PyTuple.of(reconstructor, PyTuple.of(type, typecode(), PyInt.of(code.mformat), tobytes()), state);
    }

    /** CPython: array_array___copy___impl (an exact array, as array_slice makes). */
    @PyMethod
    public PyObject __copy__() {
        return fromBytes(code, data, 0, size * code.itemsize);
    }

    @PyMethod
    public PyObject __deepcopy__(PyObject memo) {
        return __copy__();
    }

    @PyMethod
    public long __sizeof__() {
        return 64 + data.length;
    }

    // ---- sequence protocol ----

    @PyMethod
    public long __len__() {
        return size;
    }

    @PyMethod
    public boolean __contains__(PyObject v) {
        for (int i = 0; i < size; i++) {
            if (itemEquals(i, v)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    public PyObject __iter__() {
        return new ArrayIterator(this);
    }

    /** An int key as an item index, or -1 when out of range. */
    private int itemIndex(PyObject key) {
        PyInt k = Abstract.index(key);
        if (k.big != null) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = k.value;
        if (i < 0) {
            i += size;
        }
        return i < 0 || i >= size ? -1 : (int) i;
    }

    /** CPython: array_subscr. */
    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(size);
            int start = (int) idx[0];
            int step = (int) idx[2];
            int n = (int) idx[3];
            int w = code.itemsize;
            if (step == 1) {
                return fromBytes(code, data, start * w, n * w);
            }
            ArrayObject r = new ArrayObject(TYPE, code, n);
            for (int i = 0; i < n; i++) {
                System.arraycopy(data, (start + i * step) * w, r.data, i * w, w);
            }
            return r;
        }
        if (!Abstract.hasIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        int i = itemIndex(key);
        if (i < 0) {
            throw Errors.indexError("array index out of range");
        }
        return get(i);
    }

    /** CPython: array_ass_subscr (value null: deletion). */
    private void assign(PyObject key, PyObject value) {
        if (!(key instanceof PySlice s)) {
            if (!Abstract.hasIndex(key)) {
                throw Errors.typeError("array indices must be integers");
            }
            int i = itemIndex(key);
            if (i < 0) {
                throw Errors.indexError("array assignment index out of range");
            }
            if (value == null) {
                deleteRange(i, i + 1);
            } else {
                set(i, value);
            }
            return;
        }
        long[] idx = s.indices(size);
        int start = (int) idx[0];
        int step = (int) idx[2];
        int n = (int) idx[3];
        int w = code.itemsize;
        byte[] src = null;
        int needed = 0;
        if (value != null) {
            if (!(value instanceof ArrayObject other)) {
                throw Errors.typeError("can only assign array (not \"" + value.type().name + "\") to array slice");
            }
            if (other.code != code) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            needed = other.size;
            src = java.util.Arrays.copyOf(other.data, needed * w);
        }
        if (step == 1) {
            int old = size;
            if (needed > n) {
                resize(old + needed - n);
            }
            System.arraycopy(data, (start + n) * w, data, (start + needed) * w, (old - start - n) * w);
            size = old + needed - n;
            if (src != null) {
                System.arraycopy(src, 0, data, start * w, needed * w);
            }
            return;
        }
        if (value == null) {
            boolean[] drop = new boolean[size];
            for (int i = 0; i < n; i++) {
                drop[start + i * step] = true;
            }
            int out = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    System.arraycopy(data, i * w, data, out * w, w);
                    out++;
                }
            }
            size = out;
            return;
        }
        if (needed != n) {
            throw Errors.valueError("attempt to assign array of size " + needed + " to extended slice of size " + n);
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(src, i * w, data, (start + i * step) * w, w);
        }
    }

    @PyMethod
    public void __setitem__(PyObject key, PyObject value) {
        assign(key, value);
    }

    @PyMethod
    public void __delitem__(PyObject key) {
        assign(key, null);
    }

    // ---- operators ----

    /** CPython: array_concat. */
    @PyMethod
    public PyObject __add__(PyObject other) {
        if (!(other instanceof ArrayObject o)) {
            if (other.type().lookup("__radd__") != null) {
                return PySingletons.NOT_IMPLEMENTED;
            }
            throw Errors.typeError("can only append array (not \"" + other.type().name + "\") to array");
        }
        if (o.code != code) {
            throw Errors.typeError("bad argument type for built-in operation");
        }
        ArrayObject r = fromBytes(code, data, 0, size * code.itemsize);
        r.extend(o);
        return r;
    }

    /** CPython: array_inplace_concat. */
    @PyMethod
    public PyObject __iadd__(PyObject other) {
        if (!(other instanceof ArrayObject)) {
            throw Errors.typeError("can only extend array with array (not \"" + other.type().name + "\")");
        }
        extend(other);
        return this;
    }

    private static long repeatCount(PyObject n) {
        return Abstract.index(n).longValueClamped();
    }

    private byte[] repeated(long times) {
        int nbytes = size * code.itemsize;
        if (times <= 0 || nbytes == 0) {
            return new byte[0];
        }
        if (times > (1 << 28) / nbytes) {
            throw Errors.memory();
        }
        byte[] out = new byte[(int) (times * nbytes)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(data, 0, out, k * nbytes, nbytes);
        }
        return out;
    }

    /** CPython: array_repeat (sq_repeat, so a non-int operand is the generic sequence error). */
    @PyMethod
    public PyObject __mul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            if (n.type().heap && n.type().lookup("__rmul__") != null) {
                return PySingletons.NOT_IMPLEMENTED;
            }
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name + "'");
        }
        byte[] b = repeated(repeatCount(n));
        return fromBytes(code, b, 0, b.length);
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return __mul__(n);
    }

    /** CPython: array_inplace_repeat. */
    @PyMethod
    public PyObject __imul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name + "'");
        }
        byte[] b = repeated(repeatCount(n));
        size = 0;
        resize(b.length / code.itemsize);
        System.arraycopy(b, 0, data, 0, b.length);
        return this;
    }

    /** CPython: array_richcompare: the first unequal items decide, else the lengths. */
    private PyObject compare(PyObject other, String op) {
        if (!(other instanceof ArrayObject w)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        boolean eqOp = op.equals("==");
        boolean neOp = op.equals("!=");
        if (size != w.size && (eqOp || neOp)) {
            return PyBool.of(neOp);
        }
        int i = 0;
        PyObject vi = null;
        PyObject wi = null;
        for (; i < size && i < w.size; i++) {
            vi = get(i);
            wi = w.get(i);
            if (!Abstract.isTrue(Abstract.richCompare(vi, wi, "=="))) {
                break;
            }
        }
        if (i >= size || i >= w.size) {
            int a = size;
            int b = w.size;
            boolean r = switch (op) {
                case "<" -> a < b;
                case "<=" -> a <= b;
                case "==" -> a == b;
                case "!=" -> a != b;
                case ">" -> a > b;
                default -> a >= b;
            };
            return PyBool.of(r);
        }
        if (eqOp) {
            return PyBool.FALSE;
        }
        if (neOp) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(vi, wi, op);
    }

    @PyMethod
    public PyObject __eq__(PyObject other) {
        return compare(other, "==");
    }

    @PyMethod
    public PyObject __ne__(PyObject other) {
        return compare(other, "!=");
    }

    @PyMethod
    public PyObject __lt__(PyObject other) {
        return compare(other, "<");
    }

    @PyMethod
    public PyObject __le__(PyObject other) {
        return compare(other, "<=");
    }

    @PyMethod
    public PyObject __gt__(PyObject other) {
        return compare(other, ">");
    }

    @PyMethod
    public PyObject __ge__(PyObject other) {
        return compare(other, ">=");
    }

    /** CPython: array_repr. */
    @PyMethod
    public PyObject __repr__() {
        String name = type.shortName();
        String tc = String.valueOf(code.code);
        if (size == 0) {
            return PyStr.of(name + "('" + tc + "')");
        }
        PyObject body = code.code == 'u' ? tounicode() : tolist();
        return PyStr.of(name + "('" + tc + "', " + Abstract.reprString(body) + ")");
    }
}
