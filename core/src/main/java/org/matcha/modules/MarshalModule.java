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
        w.write(value, true);
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
        private static boolean shared(PyObject v, boolean top) {
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

        void write(PyObject v, boolean top) {
            if (++depth > MAX_DEPTH) {
                throw Errors.valueError("object too deeply nested to marshal");
            }
            try {
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
                    if (version >= 3 && shared(v, top)) {
                        Object key = refKey(v);
                        Integer idx = refs.get(key);
                        if (idx != null) {
                            b('r');
                            i32(idx);
                            return;
                        }
                        refs.put(key, refs.size());
                        flag = FLAG_REF;
                    }
                    writeComplex(v, flag);
                }
            } finally {
                depth--;
            }
        }

        private void writeComplex(PyObject v, int flag) {
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
                for (int i = 0; i < n; i++) {
                    write(t.get(i), false);
                }
            } else if (v instanceof PyList l) {
                PyObject[] items = l.toArray();
                b('[' | flag);
                i32(items.length);
                for (PyObject item : items) {
                    write(item, false);
                }
            } else if (v instanceof PyDict d) {
                b('{' | flag);
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    write(d.keyAt(i), false);
                    write(d.valueAt(i), false);
                }
                b('0');
            } else if (v instanceof PySet s) {
                PyObject[] items = Abstract.toArray(s);
                b((s.isFrozen() ? '>' : '<') | flag);
                i32(items.length);
                for (PyObject item : items) {
                    write(item, false);
                }
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

        PyObject readObject() {
            return dispatch(readCode());
        }

        private PyObject dispatch(int code) {
            if (++depth > MAX_DEPTH) {
                throw Errors.valueError("recursion limit exceeded");
            }
            try {
                return readTyped(code & 0x7f, (code & FLAG_REF) != 0);
            } finally {
                depth--;
            }
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

        private PyObject readTyped(int type, boolean flag) {
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
                    return readTuple(u8(), flag);
                case '(':
                    return readTuple(size(), flag);
                case '[': {
                    int n = size();
                    PyList l = new PyList();
                    ref(flag, l);
                    for (int i = 0; i < n; i++) {
                        l.append(readObject());
                    }
                    return l;
                }
                case '{': {
                    PyDict d = new PyDict();
                    ref(flag, d);
                    while (true) {
                        int c = readCode();
                        if (c == '0') {
                            break;
                        }
                        PyObject k = dispatch(c);
                        PyObject v = readObject();
                        d.setItem(k, v);
                    }
                    return d;
                }
                case '<':
                case '>': {
                    int n = size();
                    boolean frozen = type == '>';
                    int slot = -1;
                    if (flag) {
                        slot = refs.size();
                        refs.add(PyNone.NONE);
                    }
                    PySet s = frozen ? PySet.frozen() : PySet.newSet();
                    for (int i = 0; i < n; i++) {
                        s.add(readObject());
                    }
                    if (slot >= 0) {
                        refs.set(slot, s);
                    }
                    return s;
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

        private PyObject readTuple(int n, boolean flag) {
            int slot = -1;
            if (flag) {
                slot = refs.size();
                refs.add(PyNone.NONE);
            }
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = readObject();
            }
            PyTuple t = PyTuple.of(items);
            if (slot >= 0) {
                refs.set(slot, t);
            }
            return t;
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
