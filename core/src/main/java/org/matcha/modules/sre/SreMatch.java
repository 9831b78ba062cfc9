package org.matcha.modules.sre;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyGenericAlias;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/** {@code re.Match}: the result of a successful match. CPython: Modules/_sre/sre.c (match_*). */
@PyClass(name = "re.Match")
public final class SreMatch extends PyObject {
    public static final PyType TYPE = PyType.builtin("re.Match", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        // CPython's READONLY members: setting them says "readonly attribute".
        SreCompiler.member(TYPE, "string", o -> ((SreMatch) o).subject.object);
        SreCompiler.member(TYPE, "re", o -> ((SreMatch) o).pattern);
        SreCompiler.member(TYPE, "pos", o -> PyInt.of(((SreMatch) o).pos));
        SreCompiler.member(TYPE, "endpos", o -> PyInt.of(((SreMatch) o).endpos));
    }

    final SrePattern pattern;
    final SreSubject subject;
    /** Start and end of each group, group 0 first; -1 for a group that did not take part. */
    private final int[] spans;
    private final int pos;
    private final int endpos;
    private final int lastindex;

    /** CPython: pattern_new_match, from the state of a successful match. */
    SreMatch(SrePattern pattern, SreSubject subject, SreMatcher m) {
        this.pattern = pattern;
        this.subject = subject;
        int groups = pattern.groups;
        spans = new int[2 * (groups + 1)];
        spans[0] = m.start;
        spans[1] = m.ptr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= m.lastmark && m.marks[j] >= 0 && m.marks[j + 1] >= 0) {
                spans[j + 2] = m.marks[j];
                spans[j + 3] = m.marks[j + 1];
                if (spans[j + 2] > spans[j + 3]) {
                    throw Errors.of(org.matcha.objects.ExceptionTypes.SystemError,
                            "The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                spans[j + 2] = -1;
                spans[j + 3] = -1;
            }
        }
        pos = m.pos;
        endpos = m.endpos;
        lastindex = m.lastindex;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython: match_getindex — a group number or name, else IndexError. */
    private int index(PyObject g) {
        long i = -1;
        if (g instanceof PyInt || Abstract.hasIndex(g)) {
            PyInt v = Abstract.index(g);
            i = v.big != null ? -1 : v.value;
        } else if (pattern.groupindex != null) {
            PyObject n = pattern.groupindex.getItem(g);
            if (n instanceof PyInt ni && ni.big == null) {
                i = ni.value;
            }
        }
        if (i < 0 || i > pattern.groups) {
            throw Errors.indexError("no such group");
        }
        return (int) i;
    }

    /** CPython: match_getslice_by_index. */
    private PyObject slice(int g, PyObject dflt) {
        int a = spans[2 * g];
        int b = spans[2 * g + 1];
        if (a < 0 || b < 0) {
            return dflt;
        }
        return subject.slice(a, b);
    }

    @PyMethod(sig = "(*args)")
    public PyObject group(PyObject[] args) {
        if (args.length == 0) {
            return slice(0, PyNone.NONE);
        }
        if (args.length == 1) {
            return slice(index(args[0]), PyNone.NONE);
        }
        PyObject[] out = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = slice(index(args[i]), PyNone.NONE);
        }
        return PyTuple.of(out);
    }

    @PyMethod
    public PyObject __getitem__(PyObject g) {
        return slice(index(g), PyNone.NONE);
    }

    @PyMethod(sig = "(default=None)")
    public PyObject groups(PyObject dflt) {
        PyObject[] out = new PyObject[pattern.groups];
        for (int i = 0; i < out.length; i++) {
            out[i] = slice(i + 1, dflt);
        }
        return PyTuple.of(out);
    }

    @PyMethod(sig = "(default=None)")
    public PyObject groupdict(PyObject dflt) {
        PyDict out = new PyDict();
        if (pattern.groupindex != null) {
            for (PyObject key : Abstract.toArray(pattern.groupindex)) {
                out.setItem(key, slice(index(key), dflt));
            }
        }
        return out;
    }

    @PyMethod(sig = "(group=0, /)")
    public PyObject start(PyObject g) {
        return PyInt.of(spans[2 * index(g)]);
    }

    @PyMethod(sig = "(group=0, /)")
    public PyObject end(PyObject g) {
        return PyInt.of(spans[2 * index(g) + 1]);
    }

    @PyMethod(sig = "(group=0, /)")
    public PyObject span(PyObject g) {
        int i = index(g);
        return PyTuple.of(PyInt.of(spans[2 * i]), PyInt.of(spans[2 * i + 1]));
    }

    @PyMethod
    public PyObject expand(PyObject template) {
        return SrePattern.callReModule("_expand", pattern, this, template);
    }

    @PyGetter
    public PyObject regs() {
        PyObject[] out = new PyObject[pattern.groups + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyTuple.of(PyInt.of(spans[2 * i]), PyInt.of(spans[2 * i + 1]));
        }
        return PyTuple.of(out);
    }

    @PyGetter
    public PyObject lastindex() {
        return lastindex >= 0 ? PyInt.of(lastindex) : PyNone.NONE;
    }

    @PyGetter
    public PyObject lastgroup() {
        if (pattern.indexgroup != null && lastindex >= 0 && lastindex < pattern.indexgroup.items.length) {
            return pattern.indexgroup.items[lastindex];
        }
        return PyNone.NONE;
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

    /** CPython: match_repr ("<re.Match object; span=(0, 1), match='a'>", the repr cut at 50). */
    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<re.Match object; span=(" + spans[0] + ", " + spans[1] + "), match="
                + truncatedRepr(slice(0, PyNone.NONE), 50) + ">");
    }

    /** repr(o) cut to {@code n} code points, as C's "%.nR" does. */
    static String truncatedRepr(PyObject o, int n) {
        PyStr r = Abstract.repr(o);
        return r.length() <= n ? r.value : r.substring(0, n).value;
    }
}
