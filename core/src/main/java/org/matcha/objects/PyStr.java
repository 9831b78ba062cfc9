package org.matcha.objects;

import java.util.Arrays;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * {@code str}: a sequence of code points. The Java String is the text; when it holds any surrogate
 * char, {@link #cps} holds the code points and is authoritative (so '\ud800' '\udc00' written as
 * escapes stay two code points). CPython: Objects/unicodeobject.c. Methods: {@link StrMethods}.
 */
@PyClass(name = "str", doc = "str(object='') -> str\n"
        + "str(bytes_or_buffer[, encoding[, errors]]) -> str\n"
        + "\n"
        + "Create a new string object from the given object. If encoding or\n"
        + "errors is specified, then the object must expose a data buffer\n"
        + "that will be decoded using the given encoding and error handler.\n"
        + "Otherwise, returns the result of object.__str__() (if defined)\n"
        + "or repr(object).\n"
        + "encoding defaults to sys.getdefaultencoding().\n"
        + "errors defaults to 'strict'.")
public class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, t -> new PyStr(t, ""));
    public static final PyStr EMPTY = new PyStr(TYPE, "");
    private static final PyStr[] LATIN1 = new PyStr[256];

    public final String value;
    /** Code points, present only when {@link #value} contains a surrogate char. */
    final int[] cps;
    private int hash;
    private boolean hashed;
    private final PyType type;
    private PyDict dict;

    protected PyStr(PyType type, String value) {
        this.type = type;
        this.value = value;
        this.cps = hasSurrogate(value) ? value.codePoints().toArray() : null;
    }

    private PyStr(PyType type, String value, int[] cps) {
        this.type = type;
        this.value = value;
        this.cps = cps;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.HashMap<String, PyStr> INTERNED = new java.util.HashMap<>();

    /** One shared object per identifier, so that name lookups in dicts usually hit by identity. */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p == null) {
            p = new PyStr(TYPE, s);
            INTERNED.put(s, p);
        }
        return p;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) {
            return ofChar(s.charAt(0));
        }
        return new PyStr(TYPE, s);
    }

    static PyStr ofChar(int c) {
        if (c < 256) {
            PyStr p = LATIN1[c];
            if (p == null) {
                p = LATIN1[c] = new PyStr(TYPE, String.valueOf((char) c));
            }
            return p;
        }
        return ofCodePoints(new int[] {c}, 0, 1);
    }

    /** A str from code points (lone surrogates allowed). */
    public static PyStr ofCodePoints(int[] cps, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean surrogate = false;
        for (int i = from; i < to; i++) {
            int c = cps[i];
            if (c >= 0xD800 && c <= 0xDFFF || c > 0xFFFF) {
                surrogate = true;
            }
            b.appendCodePoint(c);
        }
        if (to - from == 1 && cps[from] < 256) {
            return ofChar(cps[from]);
        }
        return new PyStr(TYPE, b.toString(), surrogate ? Arrays.copyOfRange(cps, from, to) : null);
    }

    public static PyStr ofType(PyType t, PyStr s) {
        if (t == TYPE) {
            return s.type == TYPE ? s : new PyStr(TYPE, s.value, s.cps);
        }
        return new PyStr(t, s.value, s.cps);
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

    /** Number of code points. */
    public int length() {
        return cps != null ? cps.length : value.length();
    }

    public int codePointAt(int index) {
        return cps != null ? cps[index] : value.charAt(index);
    }

    public int[] codePoints() {
        if (cps != null) {
            return cps;
        }
        String v = value;   // no surrogates: one code point per char (a loop, not a stream: cheaper in Wasm)
        int[] out = new int[v.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.charAt(i);
        }
        return out;
    }

    public boolean isAsciiOnly() {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The substring of code points [from, to). */
    public PyStr substring(int from, int to) {
        if (from == 0 && to == length() && type == TYPE) {
            return this;
        }
        if (cps == null) {   // a slice of a str without surrogates has none: no scan
            String sub = value.substring(from, to);
            return to - from == 1 && sub.charAt(0) < 256 ? ofChar(sub.charAt(0)) : new PyStr(TYPE, sub, null);
        }
        return ofCodePoints(cps, from, to);
    }

    public long hash() {
        if (!hashed) {
            long h = 0;
            if (cps == null) {
                for (int i = 0; i < value.length(); i++) {
                    h = h * 1000003 + value.charAt(i);
                }
            } else {
                for (int c : cps) {
                    h = h * 1000003 + c;
                }
            }
            h ^= value.length();
            hash = (int) (h ^ (h >>> 32));
            hashed = true;
        }
        long r = hash;
        return r == -1 ? -2 : r;
    }

    public boolean equalsStr(PyStr o) {
        if (this == o) {
            return true;
        }
        if (!value.equals(o.value)) {
            return false;
        }
        return (cps == null) == (o.cps == null) && (cps == null || Arrays.equals(cps, o.cps));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && equalsStr(s);
    }

    @Override
    public int hashCode() {
        return (int) hash();
    }

    /** Code point order. */
    @Override
    public int compareTo(PyStr o) {
        if (cps == null && o.cps == null) {
            return value.compareTo(o.value);
        }
        int[] a = codePoints();
        int[] b = o.codePoints();
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    public static PyStr concat(PyStr a, PyStr b) {
        if (a.length() == 0) {
            return ofType(TYPE, b);
        }
        if (b.length() == 0) {
            return ofType(TYPE, a);
        }
        if (a.cps == null && b.cps == null) {
            return new PyStr(TYPE, a.value + b.value, null);
        }
        int[] x = a.codePoints();
        int[] y = b.codePoints();
        int[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return ofCodePoints(r, 0, r.length);
    }

    /** Python's whitespace (str.isspace): bidi classes WS, B, S and category Zs. */
    public static boolean isWhitespace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        if (c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000) {
            return true;
        }
        return false;
    }

    /** text stripped of Python whitespace at both ends. */
    public static String stripWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }

    // ---- the core protocol methods (the rest are in StrMethods) ----

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(object=NULL, encoding=NULL, errors=NULL)",
            doc = "Create and return a new object.  See help(type) for accurate signature.")
    public static PyObject __new__(PyType cls, PyObject object, PyObject encoding, PyObject errors) {
        PyStr s;
        if (object == null) {
            s = EMPTY;
        } else if (encoding == null && errors == null) {
            s = Abstract.str(object);
            if (cls == TYPE) {
                return s; // a str subclass from __str__ is kept, as CPython's unicode_new does
            }
        } else {
            if (!(object instanceof BufferExporter b)) {
                throw Errors.typeError("decoding to str: need a bytes-like object, " + object.type().name + " found");
            }
            s = Codecs.decode(object instanceof PyBytes pb ? pb.bytes : b.bufferCopy(), encoding == null ? "utf-8" : Args.toJavaString(encoding, "str", "encoding"),
                    errors == null ? "strict" : Args.toJavaString(errors, "str", "errors"));
        }
        return ofType(cls, s);
    }

    @PyMethod(doc = "Return repr(self).")
    public PyObject __repr__() {
        return of(cps != null ? StrRepr.repr(cps) : StrRepr.repr(value));
    }

    @PyMethod(doc = "Return str(self).")
    public PyObject __str__() {
        return ofType(TYPE, this);
    }

    @PyMethod(doc = "Return hash(self).")
    public PyObject __hash__() {
        return PyInt.of(hash());
    }

    @PyMethod(doc = "Return len(self).")
    public int __len__() {
        return length();
    }

    @PyMethod(doc = "Return self[key].")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice slice) {
            int len = length();
            long[] ind = slice.indices(len);
            int start = (int) ind[0];
            int stop = (int) ind[1];
            int step = (int) ind[2];
            if (step == 1) {
                return stop <= start ? EMPTY : substring(start, stop);
            }
            int n = (int) ind[3];
            int[] out = new int[n];
            for (int i = 0, j = start; i < n; i++, j += step) {
                out[i] = codePointAt(j);
            }
            return ofCodePoints(out, 0, n);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            // CPython: unicode_subscript words it differently from other sequences
            throw Errors.typeError("string indices must be integers, not '" + key.type().name + "'");
        }
        long i = Abstract.indexForSequence(key, "string");
        int len = length();
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Errors.indexError("string index out of range");
        }
        return ofChar(codePointAt((int) i));
    }

    @PyMethod(doc = "Return self+value.")
    public PyObject __add__(PyObject o) {
        if (o instanceof PyStr s) {
            return concat(this, s);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self*value.")
    public PyObject __mul__(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        long times = Abstract.index(n).longValueClamped();
        if (times <= 0 || length() == 0) {
            return EMPTY;
        }
        if (times > (1 << 28) / value.length()) { // no overflow of length * times
            throw Errors.memory();
        }
        if (cps != null) {
            int[] out = new int[(int) (cps.length * times)];
            for (int i = 0; i < times; i++) {
                System.arraycopy(cps, 0, out, i * cps.length, cps.length);
            }
            return ofCodePoints(out, 0, out.length);
        }
        return of(value.repeat((int) times));
    }

    @PyMethod(doc = "Return value*self.")
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod(doc = "Return self%value.")
    public PyObject __mod__(PyObject args) {
        return of(PercentFormat.format(this, args));
    }

    @PyMethod(doc = "Return value%self.")
    public PyObject __rmod__(PyObject o) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return key in self.")
    public boolean __contains__(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("'in <string>' requires string as left operand, not " + o.type().name);
        }
        return StrMethods.find(this, s, 0, length()) >= 0;
    }

    @PyMethod(doc = "Implement iter(self).")
    public PyObject __iter__() {
        return new PyIterators.StrIterator(this);
    }

    @PyMethod(doc = "Return self==value.")
    public PyObject __eq__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(equalsStr(s)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self!=value.")
    public PyObject __ne__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(!equalsStr(s)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self<value.")
    public PyObject __lt__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(compareTo(s) < 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self<=value.")
    public PyObject __le__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(compareTo(s) <= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self>value.")
    public PyObject __gt__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(compareTo(s) > 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(doc = "Return self>=value.")
    public PyObject __ge__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(compareTo(s) >= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod(sig = "(format_spec, /)", doc = "Return a formatted version of the string as described by format_spec.")
    public PyObject __format__(PyObject spec) {
        if (type() != TYPE && spec instanceof PyStr sp && sp.length() == 0) {
            return Abstract.str(this); // CPython: an empty spec means str(self), __str__ overrides included
        }
        return of(Formatter.formatStr(this, Args.toJavaString(spec, "__format__", "format_spec")));
    }

    @PyMethod
    public PyObject __getnewargs__() {
        // CPython: unicode_getnewargs returns a copy, never self
        return PyTuple.of(new PyStr(TYPE, value));
    }
}
