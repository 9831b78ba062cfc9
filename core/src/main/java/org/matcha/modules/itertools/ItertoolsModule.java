package org.matcha.modules.itertools;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/** The itertools module. CPython: Modules/itertoolsmodule.c. */
@PyModuleDef(name = "itertools")
public final class ItertoolsModule {
    private ItertoolsModule() {}

    public static void init(PyModule m) {
        PyType[] types = {
            Infinite.Count.TYPE, Infinite.Cycle.TYPE, Infinite.Repeat.TYPE,
            Filtering.Compress.TYPE, Filtering.DropWhile.TYPE, Filtering.TakeWhile.TYPE, Filtering.FilterFalse.TYPE,
            Filtering.ISlice.TYPE,
            Combining.Accumulate.TYPE, Combining.Chain.TYPE, Combining.StarMap.TYPE, Combining.ZipLongest.TYPE,
            Combining.Pairwise.TYPE, Combining.GroupBy.TYPE, Combining.Grouper.TYPE, Combining.Tee.TYPE,
            Combinatoric.Product.TYPE, Combinatoric.Permutations.TYPE, Combinatoric.Combinations.TYPE,
            Combinatoric.CombinationsWithReplacement.TYPE,
        };
        PyType[] noKeywords = {Infinite.Cycle.TYPE, Filtering.DropWhile.TYPE, Filtering.TakeWhile.TYPE,
            Filtering.FilterFalse.TYPE, Filtering.ISlice.TYPE, Combining.Chain.TYPE, Combining.StarMap.TYPE};
        for (PyType t : noKeywords) {
            t.newKeywordsForInit = true;
        }
        for (PyType t : types) {
            t.dict().setItem("__iter__", PyIterator.TYPE.dict().getItem("__iter__"));
            t.dict().setItem("__next__", PyIterator.TYPE.dict().getItem("__next__"));
            if (t != Combining.Grouper.TYPE && t != Combining.Tee.TYPE) {
                m.add(t.shortName(), t);
            }
        }
        m.add("_grouper", Combining.Grouper.TYPE);
        m.add("_tee", Combining.Tee.TYPE);
        m.add("_tee_dataobject", Combining.TeeData.TYPE);
    }

    /** tee(iterable, n=2): n independent iterators over one. CPython: itertools_tee_impl. */
    @PyMethod(sig = "(iterable, n=2, /)")
    public static PyObject tee(PyObject iterable, long n) {
        if (n < 0) {
            throw Errors.valueError("n must be >= 0");
        }
        PyObject[] out = new PyObject[(int) n];
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject it = Abstract.iter(iterable);
        PyObject copy = Abstract.lookupAttrOrNull(it, "__copy__");
        if (copy == null) {
            it = new Combining.Tee(it);
            copy = Abstract.getAttr(it, "__copy__");
        }
        out[0] = it;
        for (int i = 1; i < n; i++) {
            out[i] = Abstract.call(copy);
        }
        return PyTuple.of(out);
    }

    /** A base for itertools' iterator types: the Python type (subclasses allowed) and a __dict__. */
    public abstract static class Base extends PyIterator {
        private final PyType type;
        private PyDict dict;

        Base(PyType type) {
            this.type = type;
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
    }

    /** PyArg_ParseTuple's count check on a __setstate__ tuple. CPython: Python/getargs.c vgetargs1_impl. */
    static void checkStateSize(PyTuple t, int min, int max) {
        int n = t.items.length;
        if (n < min || n > max) {
            String how = min == max ? "exactly" : n < min ? "at least" : "at most";
            int want = n < min ? min : max;
            throw Errors.typeError("function takes " + how + " " + want + " argument" + (want == 1 ? "" : "s")
                    + " (" + n + " given)");
        }
    }

    /** CPython: PyIter_Check (the type has __next__). */
    static boolean isIterator(PyObject o) {
        return o.type().lookup("__next__") != null;
    }

    /** An index read from a pickled state: an int within Py_ssize_t. */
    static long stateIndex(PyObject o) {
        // CPython: PyLong_AsSsize_t, which takes ints only (no __index__)
        if (!(o instanceof PyInt i)) {
            throw Errors.typeError("an integer is required");
        }
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    static PyType type(String name) {
        PyType t = PyType.builtin("itertools." + name, PyType.OBJECT);
        t.weakrefable = true;
        return t;
    }
}
