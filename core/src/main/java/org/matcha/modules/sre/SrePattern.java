package org.matcha.modules.sre;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyGenericAlias;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyIterators;
import org.matcha.objects.PyList;
import org.matcha.objects.PyMappingProxy;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PySingletons;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.vm.Interpreter;

/** {@code re.Pattern}: a compiled regular expression. CPython: Modules/_sre/sre.c (pattern_*). */
@PyClass(name = "re.Pattern")
public final class SrePattern extends PyObject {
    public static final PyType TYPE = PyType.builtin("re.Pattern", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        // CPython: pattern_weakreflist; re.Match has none
        TYPE.weakrefable = true;
        SreCompiler.member(TYPE, "pattern", o -> ((SrePattern) o).pattern);
        SreCompiler.member(TYPE, "flags", o -> PyInt.of(((SrePattern) o).flags));
        SreCompiler.member(TYPE, "groups", o -> PyInt.of(((SrePattern) o).groups));
    }

    private static final long MAXSIZE = Long.MAX_VALUE;

    /** The source pattern (str, bytes or None for patterns built from parsed trees). */
    final PyObject pattern;
    final int flags;
    final int[] code;
    final int groups;
    /** Name to group number; null when the pattern has no named groups. */
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** 1 for bytes patterns, 0 for str, -1 when the pattern is None (either kind of subject). */
    final int isBytes;

    SrePattern(PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = pattern == PyNone.NONE ? -1 : pattern instanceof PyStr ? 0 : 1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython: state_init — the subject's kind must agree with the pattern's. */
    SreMatcher matcher(SreSubject s, long pos, long endpos) {
        if (isBytes == 0 && s.isBytes) {
            throw Errors.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (isBytes == 1 && !s.isBytes) {
            throw Errors.typeError("cannot use a bytes pattern on a string-like object");
        }
        return new SreMatcher(code, s.text, s.length, pos, endpos, groups);
    }

    // ---- matching ----

    @PyMethod(sig = "(string, pos=0, endpos=9223372036854775807)")
    public PyObject match(PyObject string, long pos, long endpos) {
        SreSubject s = SreSubject.of(string);
        SreMatcher m = matcher(s, pos, endpos);
        return m.match() ? new SreMatch(this, s, m) : PyNone.NONE;
    }

    @PyMethod(sig = "(string, pos=0, endpos=9223372036854775807)")
    public PyObject fullmatch(PyObject string, long pos, long endpos) {
        SreSubject s = SreSubject.of(string);
        SreMatcher m = matcher(s, pos, endpos);
        m.matchAll = true;
        return m.match() ? new SreMatch(this, s, m) : PyNone.NONE;
    }

    @PyMethod(sig = "(string, pos=0, endpos=9223372036854775807)")
    public PyObject search(PyObject string, long pos, long endpos) {
        SreSubject s = SreSubject.of(string);
        SreMatcher m = matcher(s, pos, endpos);
        return m.search() ? new SreMatch(this, s, m) : PyNone.NONE;
    }

    /** CPython: pattern_findall. */
    @PyMethod(sig = "(string, pos=0, endpos=9223372036854775807)")
    public PyObject findall(PyObject string, long pos, long endpos) {
        SreSubject s = SreSubject.of(string);
        SreMatcher m = matcher(s, pos, endpos);
        PyList out = new PyList();
        while (m.start <= m.end) {
            m.reset();
            m.ptr = m.start;
            if (!m.search()) {
                break;
            }
            PyObject item;
            if (groups == 0) {
                item = s.slice(m.start, m.ptr);
            } else if (groups == 1) {
                item = groupSlice(s, m, 1, true);
            } else {
                PyObject[] t = new PyObject[groups];
                for (int i = 0; i < groups; i++) {
                    t[i] = groupSlice(s, m, i + 1, true);
                }
                item = PyTuple.of(t);
            }
            out.append(item);
            m.mustAdvance = m.ptr == m.start;
            m.start = m.ptr;
        }
        return out;
    }

    /** CPython: state_getslice — group {@code g} of the last match, "" or None when unmatched. */
    static PyObject groupSlice(SreSubject s, SreMatcher m, int g, boolean empty) {
        int i = (g - 1) * 2;
        if (i >= m.lastmark || m.marks[i] < 0 || m.marks[i + 1] < 0) {
            return empty ? s.slice(0, 0) : PyNone.NONE;
        }
        int a = m.marks[i];
        int b = m.marks[i + 1];
        if (a > b) {
            throw Errors.of(org.matcha.objects.ExceptionTypes.SystemError,
                    "The span of capturing group is wrong, please report a bug for the re module.");
        }
        return s.slice(a, b);
    }

    @PyMethod(sig = "(string, pos=0, endpos=9223372036854775807)")
    public PyObject finditer(PyObject string, long pos, long endpos) {
        SreScanner scanner = scanner(string, pos, endpos);
        return new PyIterators.CallableIterator(Abstract.getAttr(scanner, "search"), PyNone.NONE);
    }

    @PyMethod(sig = "(string, pos=0, endpos=9223372036854775807)")
    public SreScanner scanner(PyObject string, long pos, long endpos) {
        SreSubject s = SreSubject.of(string);
        return new SreScanner(this, s, matcher(s, pos, endpos));
    }

    /** CPython: pattern_split. */
    @PyMethod(sig = "(string, maxsplit=0)")
    public PyObject split(PyObject string, long maxsplit) {
        SreSubject s = SreSubject.of(string);
        SreMatcher m = matcher(s, 0, MAXSIZE);
        PyList out = new PyList();
        int last = m.start;
        long n = 0;
        while (maxsplit == 0 || n < maxsplit) {
            m.reset();
            m.ptr = m.start;
            if (!m.search()) {
                break;
            }
            out.append(s.slice(last, m.start));
            for (int i = 0; i < groups; i++) {
                out.append(groupSlice(s, m, i + 1, false));
            }
            n++;
            m.mustAdvance = m.ptr == m.start;
            last = m.start = m.ptr;
        }
        out.append(s.slice(last, m.endpos));
        return out;
    }

    @PyMethod(sig = "(repl, string, count=0)")
    public PyObject sub(PyObject repl, PyObject string, long count) {
        return substitute(repl, string, count, false);
    }

    @PyMethod(sig = "(repl, string, count=0)")
    public PyObject subn(PyObject repl, PyObject string, long count) {
        return substitute(repl, string, count, true);
    }

    /** CPython: pattern_subx. */
    private PyObject substitute(PyObject repl, PyObject string, long count, boolean withCount) {
        PyObject filter;
        boolean callable;
        if (Abstract.isCallable(repl)) {
            filter = repl;
            callable = true;
        } else {
            if (isLiteralTemplate(repl)) {
                filter = repl;
                callable = false;
            } else {
                filter = callReModule("_subx", this, repl);
                callable = Abstract.isCallable(filter);
            }
        }
        SreSubject s = SreSubject.of(string);
        SreMatcher m = matcher(s, 0, MAXSIZE);
        PyList out = new PyList();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            m.reset();
            m.ptr = m.start;
            if (!m.search()) {
                break;
            }
            int b = m.start;
            int e = m.ptr;
            if (i < b) {
                out.append(s.slice(i, b));
            }
            if (callable) {
                PyObject item = Abstract.call(filter, new SreMatch(this, s, m));
                if (item != PyNone.NONE) {
                    out.append(item);
                }
            } else {
                out.append(filter);
            }
            i = e;
            n++;
            m.mustAdvance = m.ptr == m.start;
            m.start = m.ptr;
        }
        if (i < m.endpos) {
            out.append(s.slice(i, m.endpos));
        }
        PyObject joined = join(out, s.isBytes);
        return withCount ? PyTuple.of(joined, PyInt.of(n)) : joined;
    }

    /** A template with no backslash is used as is. */
    private static boolean isLiteralTemplate(PyObject repl) {
        if (repl instanceof PyStr str) {
            return str.value.indexOf('\\') < 0;
        }
        if (repl instanceof PyBytes || repl instanceof org.matcha.objects.BufferExporter) {
            for (byte b : PyBytes.asBytes(repl)) {
                if (b == '\\') {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** CPython: join_list — "".join of the pieces, or the bytes join with its message. */
    private static PyObject join(PyList pieces, boolean bytes) {
        if (!bytes) {
            return Abstract.call(Abstract.getAttr(PyStr.EMPTY, "join"), pieces);
        }
        PyObject[] items = Abstract.toArray(pieces);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            PyObject item = items[i];
            if (!(item instanceof PyBytes) && !(item instanceof org.matcha.objects.BufferExporter)) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + item.type().name + " found");
            }
            byte[] b = PyBytes.asBytes(item);
            out.write(b, 0, b.length);
        }
        return new PyBytes(out.toByteArray());
    }

    /** Calls a helper of the pure-Python re package (CPython: call(SRE_PY_MODULE, ...)). */
    static PyObject callReModule(String function, PyObject... args) {
        PyObject re = Interpreter.current().imports.importAbsolute("re");
        return Abstract.call(Abstract.getAttr(re, function), args);
    }

    // ---- attributes ----

    @PyGetter
    public PyObject groupindex() {
        return groupindex != null ? new PyMappingProxy(groupindex) : new PyDict();
    }

    @PyMethod
    public PyObject __copy__() {
        return this;
    }

    @PyMethod
    public PyObject __deepcopy__(PyObject memo) {
        return this;
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    @PyMethod
    public PyObject __eq__(PyObject other) {
        return compare(other, true);
    }

    @PyMethod
    public PyObject __ne__(PyObject other) {
        return compare(other, false);
    }

    /** CPython: pattern_richcompare. */
    private PyObject compare(PyObject other, boolean eq) {
        if (!(other instanceof SrePattern o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        boolean same = o == this || (flags == o.flags && isBytes == o.isBytes
                && java.util.Arrays.equals(code, o.code) && Abstract.eqBool(pattern, o.pattern));
        return PyBool.of(same == eq);
    }

    @PyMethod
    public PyObject __hash__() {
        long h = Abstract.hash(pattern);
        h ^= java.util.Arrays.hashCode(code);
        h ^= flags;
        h ^= isBytes;
        h ^= code.length;
        return PyInt.of(h == -1 ? -2 : h);
    }

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    /** CPython: pattern_repr. */
    @PyMethod
    public PyObject __repr__() {
        int f = flags;
        if (isBytes == 0 && (f & (SreCode.FLAG_LOCALE | SreCode.FLAG_UNICODE | SreCode.FLAG_ASCII)) == SreCode.FLAG_UNICODE) {
            f &= ~SreCode.FLAG_UNICODE;
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((f & (1 << i)) != 0) {
                if (names.length() > 0) {
                    names.append('|');
                }
                names.append(FLAG_NAMES[i]);
                f &= ~(1 << i);
            }
        }
        if (f != 0) {
            if (names.length() > 0) {
                names.append('|');
            }
            names.append("0x").append(Integer.toHexString(f));
        }
        String r = "re.compile(" + SreMatch.truncatedRepr(pattern, 200);
        return PyStr.of(names.length() > 0 ? r + ", " + names + ")" : r + ")");
    }
}
