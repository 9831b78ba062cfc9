package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/**
 * {@code memoryview}: a view of another object's bytes as items of a native struct format, with a
 * shape and strides, sharing the data (writes through a view of a bytearray change it).
 * CPython: Objects/memoryobject.c.
 *
 * <p>CPython forbids resizing a bytearray while views of it exist, relying on reference counts to
 * know when the last view is gone. Matcha cannot know that (a temporary view would lock the
 * bytearray for good), so resizing is allowed and a view reads the exporter's current data on every
 * access; a view that no longer fits raises BufferError instead of reading stale memory.
 */
@PyClass(name = "memoryview", doc = "Create a new memoryview object which references the given object.")
public final class PyMemoryView extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        TYPE.weakrefable = true;
    }

    /** The object whose data this is (memoryview.obj). */
    private final PyObject obj;
    private final BufferExporter exporter;
    /** The data at creation; for resizable exporters see {@link #data()}. */
    private final byte[] buf;
    /** The bytes the view spans, relative to the exporter's array: [low, high). */
    private final int low;
    private final int high;
    private final int offset;
    private final NativeFormat fmt;
    private final int[] shape;
    private final int[] strides;
    private final boolean readonly;
    private boolean released;

    private PyMemoryView(PyObject obj, BufferExporter exporter, byte[] buf, int offset, NativeFormat fmt, int[] shape,
            int[] strides, boolean readonly) {
        this.obj = obj;
        this.exporter = exporter;
        this.buf = buf;
        this.offset = offset;
        this.fmt = fmt;
        this.shape = shape;
        this.strides = strides;
        this.readonly = readonly;
        int lo = offset;
        int hi = offset + fmt.size;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0) {
                hi = lo;
                break;
            }
            int reach = (shape[d] - 1) * strides[d];
            if (reach < 0) {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        this.low = lo;
        this.high = hi;
    }

    /** The exporter's current array, checked to still hold the bytes this view spans. */
    private byte[] data() {
        checkReleased();
        if (!exporter.bufferResizable()) {
            return buf;
        }
        if (high > exporter.bufferOffset() + exporter.bufferLength() && high > low) {
            throw Errors.bufferError("memoryview: underlying " + obj.type().name + " was resized below the view");
        }
        return exporter.bufferArray();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** memoryview(object). CPython: memoryview_impl / PyMemoryView_FromObject. */
    public static PyMemoryView of(PyObject object) {
        if (object instanceof PyMemoryView m) {
            m.checkReleased();
            return new PyMemoryView(m.obj, m.exporter, m.buf, m.offset, m.fmt, m.shape, m.strides, m.readonly);
        }
        if (!(object instanceof BufferExporter e)) {
            throw Errors.typeError("memoryview: a bytes-like object is required, not '" + object.type().name + "'");
        }
        NativeFormat f = NativeFormat.parse(e.bufferFormat());
        int itemsize = f.size;
        return new PyMemoryView(object, e, e.bufferArray(), e.bufferOffset(), f, new int[] {e.bufferLength() / itemsize},
                new int[] {itemsize}, e.bufferReadonly());
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(object)")
    public static PyObject __new__(PyType cls, PyObject object) {
        return of(object);
    }

    private void checkReleased() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    private int itemCount() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    private boolean isCContiguous() {
        int expected = fmt.size;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            if (shape[d] == 0) {
                return true;
            }
            expected *= shape[d];
        }
        return true;
    }

    // ---- the buffer this view exports in turn ----

    @Override
    public byte[] bufferArray() {
        checkReleased();
        return isCContiguous() ? data() : gather();
    }

    @Override
    public int bufferOffset() {
        return isCContiguous() ? offset : 0;
    }

    @Override
    public int bufferLength() {
        return itemCount() * fmt.size;
    }

    @Override
    public boolean bufferReadonly() {
        return readonly;
    }

    @Override
    public String bufferFormat() {
        return fmt.format;
    }

    /** The data in C order. */
    private byte[] gather() {
        byte[] out = new byte[itemCount() * fmt.size];
        int[] pos = {0};
        gather(data(), 0, offset, out, pos);
        return out;
    }

    private void gather(byte[] src, int dim, int at, byte[] out, int[] pos) {
        if (dim == shape.length) {
            System.arraycopy(src, at, out, pos[0], fmt.size);
            pos[0] += fmt.size;
            return;
        }
        for (int i = 0; i < shape[dim]; i++) {
            gather(src, dim + 1, at + i * strides[dim], out, pos);
        }
    }

    // ---- attributes ----

    @PyGetter
    public PyObject obj() {
        checkReleased();
        return obj;
    }

    @PyGetter
    public long nbytes() {
        checkReleased();
        return (long) itemCount() * fmt.size;
    }

    @PyGetter
    public boolean readonly() {
        checkReleased();
        return readonly;
    }

    @PyGetter
    public long itemsize() {
        checkReleased();
        return fmt.size;
    }

    @PyGetter
    public PyObject format() {
        checkReleased();
        return PyStr.of(fmt.format);
    }

    @PyGetter
    public long ndim() {
        checkReleased();
        return shape.length;
    }

    private static PyTuple intTuple(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyInt.of(values[i]);
        }
        return PyTuple.of(items);
    }

    @PyGetter
    public PyObject shape() {
        checkReleased();
        return intTuple(shape);
    }

    @PyGetter
    public PyObject strides() {
        checkReleased();
        return intTuple(strides);
    }

    @PyGetter
    public PyObject suboffsets() {
        checkReleased();
        return PyTuple.EMPTY;
    }

    @PyGetter
    public boolean c_contiguous() {
        checkReleased();
        return isCContiguous();
    }

    @PyGetter
    public boolean f_contiguous() {
        checkReleased();
        return shape.length <= 1 ? isCContiguous() : itemCount() <= 1;
    }

    @PyGetter
    public boolean contiguous() {
        return c_contiguous() || f_contiguous();
    }

    // ---- sequence protocol ----

    @PyMethod
    public long __len__() {
        checkReleased();
        if (shape.length == 0) {
            throw Errors.typeError("0-dim memory has no length");
        }
        return shape[0];
    }

    private int indexInFirstDim(PyObject key) {
        long i = Abstract.index(key).longValue();
        if (i < 0) {
            i += shape[0];
        }
        if (i < 0 || i >= shape[0]) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    /** CPython: memory_subscript. */
    @PyMethod
    public PyObject __getitem__(PyObject key) {
        checkReleased();
        if (shape.length == 0) {
            if (key == PySingletons.ELLIPSIS) {
                return this;
            }
            if (key instanceof PyTuple t && t.items.length == 0) {
                return fmt.unpack(data(), offset);
            }
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (key instanceof PySlice s) {
            long[] idx = s.indices(shape[0]);
            int[] newShape = shape.clone();
            int[] newStrides = strides.clone();
            newShape[0] = (int) idx[3];
            newStrides[0] = (int) (strides[0] * idx[2]);
            return new PyMemoryView(obj, exporter, buf, offset + (int) idx[0] * strides[0], fmt, newShape, newStrides,
                    readonly);
        }
        if (key == PySingletons.ELLIPSIS) {
            return this;
        }
        if (key instanceof PyTuple t) {
            return itemAt(t);
        }
        if (!Abstract.hasIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        if (shape.length > 1) {
            throw Errors.notImplemented("multi-dimensional sub-views are not implemented");
        }
        return fmt.unpack(data(), offset + indexInFirstDim(key) * strides[0]);
    }

    /** m[i, j, ...] with one index per dimension. */
    private PyObject itemAt(PyTuple key) {
        for (PyObject k : key.items) {
            if (k instanceof PySlice) {
                throw Errors.notImplemented("multi-dimensional slicing is not implemented");
            }
        }
        if (key.items.length < shape.length) {
            throw Errors.notImplemented("sub-views are not implemented");
        }
        if (key.items.length > shape.length) {
            throw Errors.typeError("cannot index " + shape.length + "-dimension view with " + key.items.length
                    + "-element tuple");
        }
        return fmt.unpack(data(), byteOffsetOf(key));
    }

    private int byteOffsetOf(PyTuple key) {
        int at = offset;
        for (int d = 0; d < shape.length; d++) {
            if (!Abstract.hasIndex(key.items[d])) {
                throw Errors.typeError("memoryview: invalid slice key");
            }
            long i = Abstract.index(key.items[d]).longValue();
            if (i < 0) {
                i += shape[d];
            }
            if (i < 0 || i >= shape[d]) {
                throw Errors.indexError("index out of bounds on dimension " + (d + 1));
            }
            at += (int) i * strides[d];
        }
        return at;
    }

    /** CPython: memory_ass_sub. */
    @PyMethod
    public void __setitem__(PyObject key, PyObject value) {
        checkReleased();
        if (readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (shape.length == 0) {
            if (key == PySingletons.ELLIPSIS || (key instanceof PyTuple t && t.items.length == 0)) {
                fmt.pack(value, data(), offset);
                return;
            }
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (key instanceof PyTuple t) {
            if (t.items.length != shape.length) {
                throw Errors.notImplemented("memoryview assignments are currently restricted to ndim = 1");
            }
            fmt.pack(value, data(), byteOffsetOf(t));
            return;
        }
        if (shape.length != 1) {
            throw Errors.notImplemented("memoryview assignments are currently restricted to ndim = 1");
        }
        if (key instanceof PySlice s) {
            long[] idx = s.indices(shape[0]);
            if (!(value instanceof BufferExporter src)) {
                throw Errors.typeError("a bytes-like object is required, not '" + value.type().name + "'");
            }
            PyMemoryView srcView = of(value);
            try {
                if (!srcView.fmt.format.equals(fmt.format) && !(isByteFormat(srcView.fmt) && isByteFormat(fmt))
                        || srcView.shape.length != 1 || srcView.shape[0] != idx[3]) {
                    throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                byte[] data = srcView.gather();
                for (int i = 0; i < idx[3]; i++) {
                    System.arraycopy(data, i * fmt.size, data(), offset + (int) (idx[0] + i * idx[2]) * strides[0], fmt.size);
                }
            } finally {
                srcView.release();
            }
            return;
        }
        if (!Abstract.hasIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        fmt.pack(value, data(), offset + indexInFirstDim(key) * strides[0]);
    }

    private static boolean isByteFormat(NativeFormat f) {
        return f.code == 'B' || f.code == 'b' || f.code == 'c';
    }

    @PyMethod
    public void __delitem__(PyObject key) {
        checkReleased();
        throw Errors.typeError("cannot delete memory");
    }

    @PyMethod
    public PyObject __iter__() {
        checkReleased();
        if (shape.length == 0) {
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (shape.length > 1) {
            throw Errors.notImplemented("multi-dimensional sub-views are not implemented");
        }
        PyObject[] items = new PyObject[shape[0]];
        for (int i = 0; i < items.length; i++) {
            items[i] = fmt.unpack(data(), offset + i * strides[0]);
        }
        return Abstract.iter(PyTuple.of(items));
    }

    // ---- methods ----

    @PyMethod(sig = "(order=None)")
    public PyObject tobytes(PyObject order) {
        checkReleased();
        return new PyBytes(gather());
    }

    @PyMethod(sig = "(sep=NULL, bytes_per_sep=1)", doc = "Return the data in the buffer as a str of hexadecimal numbers.\n"
            + BytesSupport.HEX_DOC_PARAMETERS
            + ">>> value = memoryview(b'\\xb9\\x01\\xef')\n"
            + BytesSupport.HEX_DOC_EXAMPLE)
    public PyObject hex(PyObject sep, int bytesPerSep) {
        checkReleased();
        return BytesSupport.hex(gather(), sep, bytesPerSep);
    }

    @PyMethod
    public PyObject tolist() {
        checkReleased();
        if (shape.length == 0) {
            return fmt.unpack(data(), offset);
        }
        return tolist(0, offset);
    }

    private PyObject tolist(int dim, int at) {
        PyObject[] items = new PyObject[shape[dim]];
        for (int i = 0; i < items.length; i++) {
            int p = at + i * strides[dim];
            items[i] = dim == shape.length - 1 ? fmt.unpack(data(), p) : tolist(dim + 1, p);
        }
        return PyList.of(items);
    }

    @PyMethod
    public PyObject toreadonly() {
        checkReleased();
        return new PyMemoryView(obj, exporter, buf, offset, fmt, shape, strides, true);
    }

    @PyMethod
    public void release() {
        if (!released) {
            released = true;
        }
    }

    @PyMethod
    public PyObject __enter__() {
        checkReleased();
        return this;
    }

    @PyMethod(sig = "(*args)")
    public void __exit__(PyObject[] args) {
        release();
    }

    /** CPython: memory_cast. */
    @PyMethod(sig = "(format, shape=NULL)")
    public PyObject cast(PyObject format, PyObject newShape) {
        checkReleased();
        if (!(format instanceof PyStr fs)) {
            throw Errors.typeError("memoryview: format argument must be a string");
        }
        if (!isCContiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        int[] dims = null;
        if (newShape != null) {
            if (!(newShape instanceof PyList) && !(newShape instanceof PyTuple)) {
                throw Errors.typeError("shape must be a list or a tuple");
            }
            PyObject[] items = Abstract.toArray(newShape);
            dims = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyInt)) {
                    throw Errors.typeError("memoryview.cast(): elements of shape must be integers");
                }
                long v = ((PyInt) items[i]).longValue();
                if (v <= 0) {
                    throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                dims[i] = (int) v;
            }
        }
        if (shape.length != 1 && (dims == null ? 1 : dims.length) != 1) {
            throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        NativeFormat target = NativeFormat.parse(fs.toString());
        if (target == null || target.code == 'w') {
            throw Errors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!isByteFormat(fmt) && !isByteFormat(target)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = itemCount() * fmt.size;
        if (dims == null) {
            if (nbytes % target.size != 0) {
                throw Errors.typeError("memoryview: length is not a multiple of itemsize");
            }
            dims = new int[] {nbytes / target.size};
        } else {
            long product = target.size;
            for (int d : dims) {
                product *= d;
            }
            if (product != nbytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        int[] newStrides = new int[dims.length];
        int stride = target.size;
        for (int d = dims.length - 1; d >= 0; d--) {
            newStrides[d] = stride;
            stride *= dims[d];
        }
        return new PyMemoryView(obj, exporter, buf, offset, target, dims, newStrides, readonly);
    }

    // ---- comparison, hashing, repr ----

    /**
     * CPython: memory_richcompare, item by item on unpacked values (so a view of NaNs is not equal to
     * itself); a format memoryview cannot unpack ('w') compares unequal.
     */
    @PyMethod
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof BufferExporter)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (released || other instanceof PyMemoryView m && m.released) {
            return PyBool.of(this == other);
        }
        PyMemoryView o = of(other);
        try {
            if (fmt.code == 'w' || o.fmt.code == 'w') {
                return PyBool.FALSE;
            }
            if (!java.util.Arrays.equals(shape, o.shape)) {
                return PyBool.FALSE;
            }
            PyObject a = tolist();
            PyObject b = o.tolist();
            return PyBool.of(Abstract.isTrue(Abstract.richCompare(a, b, "==")));
        } finally {
            o.release();
        }
    }

    @PyMethod
    public PyObject __ne__(PyObject other) {
        PyObject eq = __eq__(other);
        return eq == PySingletons.NOT_IMPLEMENTED ? eq : PyBool.of(eq != PyBool.TRUE);
    }

    /** CPython: memory_hash. */
    @PyMethod
    public long __hash__() {
        checkReleased();
        if (!readonly) {
            throw Errors.valueError("cannot hash writable memoryview object");
        }
        if (!isByteFormat(fmt)) {
            throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        return new PyBytes(gather()).hash();
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of((released ? "<released memory at " : "<memory at ") + Abstract.address(this) + ">");
    }
}
