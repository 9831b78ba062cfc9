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
        for (PyType t : types) {
            t.dict().setItem("__iter__", PyIterator.TYPE.dict().getItem("__iter__"));
            t.dict().setItem("__next__", PyIterator.TYPE.dict().getItem("__next__"));
            if (t != Combining.Grouper.TYPE && t != Combining.Tee.TYPE) {
                m.add(t.shortName(), t);
            }
        }
        m.add("_grouper", Combining.Grouper.TYPE);
        m.add("_tee", Combining.Tee.TYPE);
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
        Combining.Tee first = it instanceof Combining.Tee t ? t.copy() : new Combining.Tee(it);
        out[0] = first;
        for (int i = 1; i < n; i++) {
            out[i] = first.copy();
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

    static PyType type(String name) {
        PyType t = PyType.builtin("itertools." + name, PyType.OBJECT);
        t.weakrefable = true;
        return t;
    }
}
