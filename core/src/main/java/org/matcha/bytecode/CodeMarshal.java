package org.matcha.bytecode;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyComplex;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySet;
import org.matcha.objects.PySingletons;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;

/**
 * Matcha's serialized form of a code object and its constants, used by the frozen standard library.
 * Like CPython's marshal (Python/marshal.c) it writes one tag byte per value, and it shares repeated
 * identifiers through a string table; integers are LEB128 varints. The format is versioned by
 * {@link #VERSION}: the frozen bundle records it, and a mismatch is refused rather than misread.
 */
public final class CodeMarshal {
    private CodeMarshal() {}

    /** Bump whenever the layout, the opcode numbering or the PyCode fields change. */
    public static final int VERSION = 1;

    private static final int NONE = 'N', TRUE = 'T', FALSE = 'F', ELLIPSIS = '.', SMALL_INT = 'i', BIG_INT = 'I',
            FLOAT = 'f', COMPLEX = 'x', STR = 's', STR_CODE_POINTS = 'u', STR_REF = 'r', BYTES = 'b', TUPLE = 't',
            FROZENSET = 'z', CODE = 'c';

    /** Serializes a module's code object. */
    public static byte[] dump(PyCode code) {
        Writer w = new Writer();
        w.value(code);
        return w.out.toByteArray();
    }

    /** The inverse of {@link #dump}; opcode numbers are trusted, the data is checksummed by the bundle. */
    public static PyCode load(byte[] data) {
        Reader r = new Reader(data);
        PyObject v = r.value();
        if (!(v instanceof PyCode c)) {
            throw new IllegalArgumentException("marshalled data is not a code object");
        }
        return c;
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Map<String, Integer> strings = new HashMap<>();

        void u(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write((int) v);
        }

        void s(long v) {
            u((v << 1) ^ (v >> 63));
        }

        void raw(byte[] b) {
            u(b.length);
            out.write(b, 0, b.length);
        }

        void f64(double d) {
            long bits = Double.doubleToRawLongBits(d);
            for (int i = 0; i < 8; i++) {
                out.write((int) (bits >>> (8 * i)) & 0xFF);
            }
        }

        /** An identifier-like string: written once, then referenced by index. */
        void name(String v) {
            Integer ref = strings.get(v);
            if (ref != null) {
                out.write(STR_REF);
                u(ref);
                return;
            }
            strings.put(v, strings.size());
            out.write(STR);
            u(v.length());
            for (int i = 0; i < v.length(); i++) {
                u(v.charAt(i));
            }
        }

        void names(String[] v) {
            u(v.length);
            for (String n : v) {
                name(n);
            }
        }

        void ints(int[] v) {
            if (v == null) {
                u(0);
                return;
            }
            u(v.length + 1);
            for (int x : v) {
                s(x);
            }
        }

        /** Positions as deltas from the previous instruction's line: small numbers, one byte each. */
        void positions(int[] p) {
            u(p.length);
            int prevLine = 0;
            for (int i = 0; i + 3 < p.length; i += 4) {
                s(p[i] - prevLine);
                s(p[i + 1] - p[i]);
                s(p[i + 2]);
                s(p[i + 3] - p[i + 2]);
                prevLine = p[i];
            }
        }

        void value(PyObject v) {
            if (v == PyNone.NONE) {
                out.write(NONE);
            } else if (v == PyBool.TRUE) {
                out.write(TRUE);
            } else if (v == PyBool.FALSE) {
                out.write(FALSE);
            } else if (v == PySingletons.ELLIPSIS) {
                out.write(ELLIPSIS);
            } else if (v instanceof PyInt i) {
                if (i.big == null) {
                    out.write(SMALL_INT);
                    s(i.value);
                } else {
                    out.write(BIG_INT);
                    raw(i.big.toByteArray());
                }
            } else if (v instanceof PyFloat f) {
                out.write(FLOAT);
                f64(f.value);
            } else if (v instanceof PyComplex c) {
                out.write(COMPLEX);
                f64(c.real);
                f64(c.imag);
            } else if (v instanceof PyStr str) {
                if (isPlainUtf16(str)) {
                    name(str.value);
                } else {
                    out.write(STR_CODE_POINTS);
                    int[] cps = str.codePoints();
                    u(cps.length);
                    for (int c : cps) {
                        u(c);
                    }
                }
            } else if (v instanceof PyBytes b) {
                out.write(BYTES);
                raw(b.bytes);
            } else if (v instanceof PyTuple t) {
                out.write(TUPLE);
                u(t.items.length);
                for (PyObject x : t.items) {
                    value(x);
                }
            } else if (v instanceof PySet set && set.type() == PySet.FROZEN_TYPE) {
                out.write(FROZENSET);
                PyObject[] items = set.toArray();
                u(items.length);
                for (PyObject x : items) {
                    value(x);
                }
            } else if (v instanceof PyCode c) {
                out.write(CODE);
                code(c);
            } else {
                throw new IllegalArgumentException("cannot marshal constant of type " + v.type().name);
            }
        }

        /** True when the Java string holds no surrogates, so its chars are its code points. */
        static boolean isPlainUtf16(PyStr str) {
            for (int i = 0; i < str.value.length(); i++) {
                if (Character.isSurrogate(str.value.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        void code(PyCode c) {
            name(c.name);
            name(c.qualname);
            name(c.filename);
            u(c.firstlineno);
            u(c.argcount);
            u(c.posonlyargcount);
            u(c.kwonlyargcount);
            names(c.varnames);
            names(c.cellvars);
            names(c.freevars);
            ints(c.cell2arg);
            u(c.consts.length);
            for (PyObject k : c.consts) {
                value(k);
            }
            names(c.names);
            u(c.flags);
            ints(c.code);
            positions(c.positions);
            ints(c.exceptionTable);
            u(c.stacksize);
            out.write(c.hasDocstring ? 1 : 0);
        }
    }

    private static final class Reader {
        final byte[] in;
        int pos;
        final List<String> strings = new ArrayList<>();

        Reader(byte[] in) {
            this.in = in;
        }

        long u() {
            long v = 0;
            int shift = 0;
            while (true) {
                int b = in[pos++] & 0xFF;
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int ui() {
            return (int) u();
        }

        long s() {
            long v = u();
            return (v >>> 1) ^ -(v & 1);
        }

        byte[] raw() {
            int n = ui();
            byte[] b = java.util.Arrays.copyOfRange(in, pos, pos + n);
            pos += n;
            return b;
        }

        double f64() {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (long) (in[pos++] & 0xFF) << (8 * i);
            }
            return Double.longBitsToDouble(bits);
        }

        String name() {
            int tag = in[pos++];
            if (tag == STR_REF) {
                return strings.get(ui());
            }
            if (tag != STR) {
                throw new IllegalArgumentException("bad marshal data: expected a string");
            }
            return newString();
        }

        private String newString() {
            int n = ui();
            char[] chars = new char[n];
            for (int i = 0; i < n; i++) {
                chars[i] = (char) u();
            }
            String s = new String(chars);
            strings.add(s);
            return s;
        }

        String[] names() {
            String[] out = new String[ui()];
            for (int i = 0; i < out.length; i++) {
                out[i] = name();
            }
            return out;
        }

        int[] ints() {
            int n = ui();
            if (n == 0) {
                return null;
            }
            int[] out = new int[n - 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) s();
            }
            return out;
        }

        int[] positions() {
            int[] p = new int[ui()];
            int prevLine = 0;
            for (int i = 0; i + 3 < p.length; i += 4) {
                p[i] = prevLine + (int) s();
                p[i + 1] = p[i] + (int) s();
                p[i + 2] = (int) s();
                p[i + 3] = p[i + 2] + (int) s();
                prevLine = p[i];
            }
            return p;
        }

        PyObject value() {
            int tag = in[pos++];
            switch (tag) {
                case NONE:
                    return PyNone.NONE;
                case TRUE:
                    return PyBool.TRUE;
                case FALSE:
                    return PyBool.FALSE;
                case ELLIPSIS:
                    return PySingletons.ELLIPSIS;
                case SMALL_INT:
                    return PyInt.of(s());
                case BIG_INT:
                    return PyInt.of(new BigInteger(raw()));
                case FLOAT:
                    return PyFloat.of(f64());
                case COMPLEX: {
                    double re = f64();
                    return new PyComplex(re, f64());
                }
                case STR:
                    return PyStr.of(newString());
                case STR_REF:
                    return PyStr.of(strings.get(ui()));
                case STR_CODE_POINTS: {
                    int[] cps = new int[ui()];
                    for (int i = 0; i < cps.length; i++) {
                        cps[i] = ui();
                    }
                    return PyStr.ofCodePoints(cps, 0, cps.length);
                }
                case BYTES:
                    return new PyBytes(raw());
                case TUPLE: {
                    PyObject[] items = new PyObject[ui()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = value();
                    }
                    return PyTuple.of(items);
                }
                case FROZENSET: {
                    PySet set = new PySet(PySet.FROZEN_TYPE);
                    int n = ui();
                    for (int i = 0; i < n; i++) {
                        set.add(value());
                    }
                    return set;
                }
                case CODE:
                    return code();
                default:
                    throw new IllegalArgumentException("bad marshal data: unknown tag " + tag);
            }
        }

        PyCode code() {
            PyCode c = new PyCode();
            c.name = name();
            c.qualname = name();
            c.filename = name();
            c.firstlineno = ui();
            c.argcount = ui();
            c.posonlyargcount = ui();
            c.kwonlyargcount = ui();
            c.varnames = names();
            c.cellvars = names();
            c.freevars = names();
            c.cell2arg = ints();
            c.consts = new PyObject[ui()];
            for (int i = 0; i < c.consts.length; i++) {
                c.consts[i] = value();
            }
            c.names = names();
            c.nameObjects = new PyStr[c.names.length];
            for (int i = 0; i < c.names.length; i++) {
                c.nameObjects[i] = PyStr.intern(c.names[i]);
            }
            c.flags = ui();
            c.code = ints();
            c.positions = positions();
            c.exceptionTable = ints();
            c.stacksize = ui();
            c.hasDocstring = in[pos++] != 0;
            return c;
        }
    }
}
