package org.matcha.modules;

import java.math.BigInteger;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/**
 * The marshal module for plain values (code objects are Matcha's own format and are refused).
 * CPython: Python/marshal.c. CPython marks an object FLAG_REF when its reference count is above one;
 * Matcha has no reference counts, so the writer marks the objects that are constants in practice
 * (numbers, str, bytes, tuples, and every object seen twice) and leaves mutable containers unmarked.
 */
@PyModuleDef(name = "marshal")
public final class MarshalModule {
    private MarshalModule() {}

    static final int VERSION = 4;
    private static final int MAX_DEPTH = 2000;
    private static final int FLAG_REF = 0x80;

    public static void init(PyModule m) {
        m.add("version", PyInt.of(VERSION));
    }

    @PyMethod(sig = "(value, version=4, /)")
    public static PyObject dumps(PyObject value, int version) {
        Writer w = new Writer(version);
        w.write(value);
        return new PyBytes(w.out.toByteArray());
    }

    @PyMethod(sig = "(value, file, version=4, /)")
    public static void dump(PyObject value, PyObject file, int version) {
        PyObject data = dumps(value, version);
        Abstract.call(Abstract.getAttr(file, "write"), data);
    }

    @PyMethod(sig = "(bytes, /)")
    public static PyObject loads(PyObject bytes) {
        byte[] data = PyBytes.asBytes(bytes);
        return new Reader(data, null).readObject();
    }

    @PyMethod(sig = "(file, /)")
    public static PyObject load(PyObject file) {
        return new Reader(null, file).readObject();
    }

    /** CPython: w_object and w_complex_object. */
    static final class Writer {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        final int version;
        private final java.util.HashMap<Object, Integer> refs = new java.util.HashMap<>();
        private int depth;

        Writer(int version) {
            this.version = version;
        }

        void b(int v) {
            out.write(v);
        }

        void i32(long v) {
            for (int i = 0; i < 4; i++) {
                out.write((int) (v >>> (8 * i)) & 0xff);
            }
        }

        void i64bits(long v) {
            for (int i = 0; i < 8; i++) {
                out.write((int) (v >>> (8 * i)) & 0xff);
            }
        }

        /** The identity under which a value can be referred back to: by value for constants. */
        private static Object refKey(PyObject v) {
            PyType t = v.type();
            if (t == PyInt.TYPE) {
                return "i" + ((PyInt) v).toBig();
            }
            if (t == PyStr.TYPE) {
                return "s" + ((PyStr) v).value;
            }
            if (t == PyFloat.TYPE) {
                return "f" + Double.doubleToRawLongBits(((PyFloat) v).value);
            }
            return new Identity(v);
        }

        /**
         * Whether CPython would see the value shared (reference count above one) and mark it: numbers,
         * str and bytes (constants), tuples of constants (folded into constants); not the containers
         * a display builds afresh.
         */
        private static boolean shared(PyObject v) {
            PyType t = v.type();
            if (t == PyList.TYPE || t == PyDict.TYPE || t == PySet.TYPE || t == PySet.FROZEN_TYPE
                    || t == PyByteArray.TYPE) {
                return false;
            }
            if (v instanceof PyTuple tuple) {
                return isConstant(tuple);
            }
            return true;
        }

        private static boolean isConstant(PyObject v) {
            if (v instanceof PyTuple t) {
                for (int i = 0; i < t.size(); i++) {
                    if (!isConstant(t.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return v == PyNone.NONE || v == PySingletons.ELLIPSIS || v instanceof PyInt || v instanceof PyFloat
                    || v instanceof PyComplex || v.type() == PyStr.TYPE || v.type() == PyBytes.TYPE;
        }

        /** Work of the writer still to do, innermost last: values, and the ends of containers. */
        private final java.util.ArrayList<Object> work = new java.util.ArrayList<>();
        /** A container's end: its nesting level closes. */
        private static final Object LEAVE = new Object();
        /** A dict's end: the '0' terminator, then its nesting level closes. */
        private static final Object LEAVE_DICT = new Object();

        /**
         * Writes v depth first with a work list instead of recursion (a browser's stack is too small
         * for CPython's 2000 nesting levels), in w_object's order and with its depth limit.
         */
        void write(PyObject root) {
            work.add(root);
            while (!work.isEmpty()) {
                Object item = work.remove(work.size() - 1);
                if (item == LEAVE || item == LEAVE_DICT) {
                    if (item == LEAVE_DICT) {
                        b('0');
                    }
                    depth--;
                    continue;
                }
                PyObject v = (PyObject) item;
                if (++depth > MAX_DEPTH) {
                    work.clear();
                    throw Errors.valueError("object too deeply nested to marshal");
                }
                if (!writeOne(v)) {
                    depth--;
                }
            }
        }

        /** Writes v, or a container's header with its items queued; true when a container opened. */
        private boolean writeOne(PyObject v) {
            if (v == PyNone.NONE) {
                b('N');
            } else if (v == ExceptionTypes.StopIteration) {
                b('S');
            } else if (v == PySingletons.ELLIPSIS) {
                b('.');
            } else if (v == PyBool.FALSE) {
                b('F');
            } else if (v == PyBool.TRUE) {
                b('T');
            } else {
                int flag = 0;
                if (version >= 3 && shared(v)) {
                    Object key = refKey(v);
                    Integer idx = refs.get(key);
                    if (idx != null) {
                        b('r');
                        i32(idx);
                        return false;
                    }
                    refs.put(key, refs.size());
                    flag = FLAG_REF;
                }
                return writeComplex(v, flag);
            }
            return false;
        }

        /** Queues a container's items to be written in order, then its end. */
        private void queue(Object end, PyObject[] items) {
            work.add(end);
            for (int i = items.length - 1; i >= 0; i--) {
                work.add(items[i]);
            }
        }

        private boolean writeComplex(PyObject v, int flag) {
            if (v instanceof PyInt n && !(v instanceof PyBool)) {
                BigInteger big = n.toBig();
                if (big.bitLength() < 32) {
                    b('i' | flag);
                    i32(big.intValue());
                } else {
                    writeLong(big, flag);
                }
            } else if (v instanceof PyFloat f) {
                if (version > 1) {
                    b('g' | flag);
                    i64bits(Double.doubleToRawLongBits(f.value));
                } else {
                    b('f' | flag);
                    shortString(FloatRepr.formatGeneral(f.value, 17, false));
                }
            } else if (v instanceof PyComplex c) {
                if (version > 1) {
                    b('y' | flag);
                    i64bits(Double.doubleToRawLongBits(c.real));
                    i64bits(Double.doubleToRawLongBits(c.imag));
                } else {
                    b('x' | flag);
                    shortString(FloatRepr.formatGeneral(c.real, 17, false));
                    shortString(FloatRepr.formatGeneral(c.imag, 17, false));
                }
            } else if (v instanceof PyBytes bs) {
                b('s' | flag);
                bytes(bs.bytes);
            } else if (v instanceof PyStr s) {
                writeStr(s, flag);
            } else if (v instanceof PyTuple t) {
                int n = t.size();
                if (version >= 4 && n < 256) {
                    b(')' | flag);
                    b(n);
                } else {
                    b('(' | flag);
                    i32(n);
                }
                queue(LEAVE, t.items);
                return true;
            } else if (v instanceof PyList l) {
                PyObject[] items = l.toArray();
                b('[' | flag);
                i32(items.length);
                queue(LEAVE, items);
                return true;
            } else if (v instanceof PyDict d) {
                b('{' | flag);
                java.util.ArrayList<PyObject> pairs = new java.util.ArrayList<>();
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    pairs.add(d.keyAt(i));
                    pairs.add(d.valueAt(i));
                }
                queue(LEAVE_DICT, pairs.toArray(new PyObject[0]));
                return true;
            } else if (v instanceof PySet s) {
                PyObject[] items = Abstract.toArray(s);
                b((s.isFrozen() ? '>' : '<') | flag);
                i32(items.length);
                queue(LEAVE, items);
                return true;
            } else if (v instanceof PyByteArray ba) {
                b('s' | flag);
                bytes(java.util.Arrays.copyOf(ba.bytes, ba.__len__()));
            } else if (v instanceof BufferExporter be && !(v instanceof PyMemoryView)) {
                b('s' | flag);
                bytes(be.bufferCopy());
            } else if (v instanceof PyMemoryView mv) {
                b('s' | flag);
                bytes(PyBytes.asBytes(mv));
            } else {
                throw Errors.valueError("unmarshallable object");
            }
            return false;
        }

        private void bytes(byte[] data) {
            i32(data.length);
            out.write(data, 0, data.length);
        }

        private void shortString(String s) {
            byte[] data = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            b(data.length);
            out.write(data, 0, data.length);
        }

        /** str: interned when it looks like an identifier constant (as CPython interns those). */
        private void writeStr(PyStr s, int flag) {
            boolean interned = version >= 3 && isNameLike(s.value);
            if (version >= 4 && s.isAsciiOnly()) {
                byte[] data = s.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                if (data.length < 256) {
                    b((interned ? 'Z' : 'z') | flag);
                    b(data.length);
                } else {
                    b((interned ? 'A' : 'a') | flag);
                    i32(data.length);
                }
                out.write(data, 0, data.length);
                return;
            }
            b((interned ? 't' : 'u') | flag);
            bytes(Codecs.encode(s, "utf-8", "surrogatepass"));
        }

        private static boolean isNameLike(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                    return false;
                }
            }
            return true;
        }

        /** TYPE_LONG: base 2**15 digits, least significant first. CPython: w_PyLong. */
        private void writeLong(BigInteger big, int flag) {
            b('l' | flag);
            BigInteger mag = big.abs();
            int ndigits = (mag.bitLength() + 14) / 15;
            i32(big.signum() < 0 ? -ndigits : ndigits);
            for (int i = 0; i < ndigits; i++) {
                int d = mag.shiftRight(15 * i).intValue() & 0x7fff;
                b(d & 0xff);
                b(d >>> 8);
            }
        }
    }

    /** An identity key for the reference table. */
    private record Identity(PyObject o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** CPython: r_object. Reads from a byte array, or from a file's read(n). */
    static final class Reader {
        private final byte[] data;
        private final PyObject file;
        private int pos;
        private final java.util.ArrayList<PyObject> refs = new java.util.ArrayList<>();
        private int depth;

        Reader(byte[] data, PyObject file) {
            this.data = data;
            this.file = file;
        }

        private byte[] read(int n) {
            if (data != null) {
                if (pos + n > data.length) {
                    pos = data.length;
                    throw Errors.of(ExceptionTypes.EOFError, "marshal data too short");
                }
                byte[] r = java.util.Arrays.copyOfRange(data, pos, pos + n);
                pos += n;
                return r;
            }
            PyObject got = Abstract.call(Abstract.getAttr(file, "read"), PyInt.of(n));
            if (!(got instanceof PyBytes b)) {
                throw Errors.typeError("file.read() returned not bytes but " + got.type().name);
            }
            if (b.bytes.length != n) {
                throw Errors.of(ExceptionTypes.EOFError, "EOF read where not expected");
            }
            return b.bytes;
        }

        private int u8() {
            return read(1)[0] & 0xff;
        }

        private int i32() {
            byte[] b = read(4);
            return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
        }

        private long i64() {
            byte[] b = read(8);
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = (v << 8) | (b[i] & 0xff);
            }
            return v;
        }

        private int size() {
            int n = i32();
            if (n < 0) {
                throw Errors.valueError("bad marshal data (size out of range)");
            }
            return n;
        }

        /** A container being read: its items so far and how many remain (a dict ends at '0'). */
        private static final class Open {
            int remaining;
            int slot = -1;
            PyObject[] items;
            int filled;
            PyList list;
            PyDict dict;
            PyObject key;
            PySet set;

            Open(int remaining) {
                this.remaining = remaining;
            }

            /** Takes the next item; true when the container is complete. */
            boolean add(PyObject v) {
                if (dict != null) {
                    if (key == null) {
                        key = v;
                    } else {
                        dict.setItem(key, v);
                        key = null;
                    }
                    return false;
                }
                if (items != null) {
                    items[filled++] = v;
                } else if (list != null) {
                    list.append(v);
                } else {
                    set.add(v);
                }
                return --remaining == 0;
            }

            PyObject finish(java.util.ArrayList<PyObject> refs) {
                PyObject v = dict != null ? dict : list != null ? list : set != null ? set : PyTuple.of(items);
                if (slot >= 0) {
                    refs.set(slot, v);
                }
                return v;
            }
        }

        /**
         * Reads one value depth first with a stack of open containers instead of recursion (a
         * browser's stack is too small for CPython's 2000 nesting levels), with r_object's depth limit.
         */
        PyObject readObject() {
            java.util.ArrayList<Open> open = new java.util.ArrayList<>();
            while (true) {
                Open top = open.isEmpty() ? null : open.get(open.size() - 1);
                int code = readCode();
                PyObject value;
                if (code == '0') {
                    // TYPE_NULL: ends a dict (in a key or a value position); anywhere else an error
                    if (top == null || top.dict == null) {
                        String in = top == null ? "object" : top.list != null ? "list" : top.set != null ? "set" : "tuple";
                        throw Errors.typeError("NULL object in marshal data for " + in);
                    }
                    value = top.dict;
                    open.remove(open.size() - 1);
                    depth--;
                } else {
                    if (++depth > MAX_DEPTH) {
                        throw Errors.valueError("recursion limit exceeded");
                    }
                    Object read = readTyped(code & 0x7f, (code & FLAG_REF) != 0);
                    if (read instanceof Open o && (o.dict != null || o.remaining > 0)) {
                        open.add(o);
                        continue;
                    }
                    value = read instanceof Open o ? o.finish(refs) : (PyObject) read;
                    depth--;
                }
                while (true) {
                    if (open.isEmpty()) {
                        return value;
                    }
                    Open o = open.get(open.size() - 1);
                    if (!o.add(value)) {
                        break;
                    }
                    value = o.finish(refs);
                    open.remove(open.size() - 1);
                    depth--;
                }
            }
        }

        /** Reserves a back-reference slot filled when the container is complete (tuples, sets). */
        private Open reserve(Open o, boolean flag) {
            if (flag) {
                o.slot = refs.size();
                refs.add(PyNone.NONE);
            }
            return o;
        }

        private int readCode() {
            if (data != null && pos >= data.length) {
                throw Errors.of(ExceptionTypes.EOFError, "EOF read where object expected");
            }
            int code;
            if (data == null) {
                PyObject got = Abstract.call(Abstract.getAttr(file, "read"), PyInt.of(1));
                if (!(got instanceof PyBytes b) || b.bytes.length == 0) {
                    throw Errors.of(ExceptionTypes.EOFError, "EOF read where object expected");
                }
                code = b.bytes[0] & 0xff;
            } else {
                code = data[pos++] & 0xff;
            }
            return code;
        }

        private PyObject ref(boolean flag, PyObject v) {
            if (flag) {
                refs.add(v);
            }
            return v;
        }

        /** One value, or a container's header as an {@link Open} whose items follow. CPython: r_object. */
        private Object readTyped(int type, boolean flag) {
            switch (type) {
                case '0':
                    throw Errors.typeError("NULL object in marshal data for object");
                case 'N':
                    return PyNone.NONE;
                case 'S':
                    return ExceptionTypes.StopIteration;
                case '.':
                    return PySingletons.ELLIPSIS;
                case 'F':
                    return PyBool.FALSE;
                case 'T':
                    return PyBool.TRUE;
                case 'i':
                    return ref(flag, PyInt.of(i32()));
                case 'I':
                    return ref(flag, PyInt.of(i64()));
                case 'l':
                    return ref(flag, readLong());
                case 'f':
                    return ref(flag, PyFloat.of(parseFloat(readShort())));
                case 'g':
                    return ref(flag, PyFloat.of(Double.longBitsToDouble(i64())));
                case 'x': {
                    double re = parseFloat(readShort());
                    double im = parseFloat(readShort());
                    return ref(flag, new PyComplex(re, im));
                }
                case 'y': {
                    double re = Double.longBitsToDouble(i64());
                    double im = Double.longBitsToDouble(i64());
                    return ref(flag, new PyComplex(re, im));
                }
                case 's':
                    return ref(flag, new PyBytes(read(size())));
                case 'u':
                case 't':
                    return ref(flag, Codecs.decode(read(size()), "utf-8", "surrogatepass"));
                case 'a':
                case 'A':
                    return ref(flag, ascii(read(size())));
                case 'z':
                case 'Z':
                    return ref(flag, ascii(read(u8())));
                case ')':
                case '(': {
                    int n = type == ')' ? u8() : size();
                    Open o = reserve(new Open(n), flag);
                    o.items = new PyObject[n];
                    return o;
                }
                case '[': {
                    Open o = new Open(size());
                    o.list = new PyList();
                    ref(flag, o.list);
                    return o;
                }
                case '{': {
                    Open o = new Open(-1);
                    o.dict = new PyDict();
                    ref(flag, o.dict);
                    return o;
                }
                case '<':
                case '>': {
                    int n = size();
                    Open o = reserve(new Open(n), flag);
                    o.set = type == '>' ? PySet.frozen() : PySet.newSet();
                    return o;
                }
                case 'r': {
                    int n = i32();
                    if (n < 0 || n >= refs.size()) {
                        throw Errors.valueError("bad marshal data (invalid reference)");
                    }
                    return refs.get(n);
                }
                case 'c':
                    throw Errors.valueError("bad marshal data (code objects are not supported by Matcha)");
                default:
                    throw Errors.valueError("bad marshal data (unknown type code)");
            }
        }

        private PyStr ascii(byte[] b) {
            return PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        private String readShort() {
            return new String(read(u8()), java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        private static double parseFloat(String s) {
            return ((PyFloat) Abstract.call(PyFloat.TYPE, PyStr.of(s))).value;
        }

        /** CPython: r_PyLong. */
        private PyObject readLong() {
            int n = i32();
            int count = Math.abs(n);
            BigInteger v = BigInteger.ZERO;
            byte[] digits = read(2 * count);
            for (int i = count - 1; i >= 0; i--) {
                int d = (digits[2 * i] & 0xff) | (digits[2 * i + 1] & 0xff) << 8;
                if (d > 0x7fff) {
                    throw Errors.valueError("bad marshal data (digit out of range in long)");
                }
                v = v.shiftLeft(15).or(BigInteger.valueOf(d));
            }
            return PyInt.of(n < 0 ? v.negate() : v);
        }
    }
}
