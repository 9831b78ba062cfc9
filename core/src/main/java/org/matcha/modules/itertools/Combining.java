package org.matcha.modules.itertools;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** accumulate, chain, starmap, zip_longest, pairwise, groupby and tee's iterators. CPython: Modules/itertoolsmodule.c. */
public final class Combining {
    private Combining() {}

    @PyClass(name = "itertools.accumulate")
    public static final class Accumulate extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("accumulate");
        private final PyObject it;
        private final PyObject func;
        private PyObject initial;
        private PyObject total;

        Accumulate(PyType type, PyObject it, PyObject func, PyObject initial) {
            super(type);
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, func=None, *, initial=None)")
        public static PyObject __new__(PyType cls, PyObject iterable, PyObject func, PyObject initial) {
            return new Accumulate(cls, Abstract.iter(iterable), func, initial);
        }

        /** CPython: accumulate_next. */
        @Override
        public PyObject nextOrNull() {
            if (initial != PyNone.NONE) {
                total = initial;
                initial = PyNone.NONE;
                return total;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == PyNone.NONE) {
                total = Abstract.binaryOp(total, v, Abstract.ADD);
            } else {
                total = Abstract.call(func, total, v);
            }
            return total;
        }
    }

    @PyClass(name = "itertools.chain")
    public static final class Chain extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("chain");
        private PyObject source;
        private PyObject active;

        Chain(PyType type, PyObject source) {
            super(type);
            this.source = source;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*iterables)")
        public static PyObject __new__(PyType cls, PyObject[] iterables) {
            return new Chain(cls, Abstract.iter(PyTuple.of(iterables.clone())));
        }

        @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, sig = "(iterable, /)")
        public static PyObject from_iterable(PyType cls, PyObject iterable) {
            return new Chain(cls, Abstract.iter(iterable));
        }

        /** CPython: chain_next. */
        @Override
        public PyObject nextOrNull() {
            while (source != null) {
                if (active == null) {
                    PyObject iterable = Abstract.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    active = Abstract.iter(iterable);
                }
                PyObject v = Abstract.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }

        @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
        public static PyObject __class_getitem__(PyType cls, PyObject item) {
            return new PyGenericAlias(cls, item);
        }
    }

    @PyClass(name = "itertools.starmap")
    public static final class StarMap extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("starmap");
        private final PyObject function;
        private final PyObject it;

        StarMap(PyType type, PyObject function, PyObject it) {
            super(type);
            this.function = function;
            this.it = it;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(function, iterable, /)")
        public static PyObject __new__(PyType cls, PyObject function, PyObject iterable) {
            return new StarMap(cls, function, Abstract.iter(iterable));
        }

        @Override
        public PyObject nextOrNull() {
            PyObject args = Abstract.next(it);
            if (args == null) {
                return null;
            }
            return Abstract.call(function, Abstract.toArray(args));
        }
    }

    @PyClass(name = "itertools.zip_longest")
    public static final class ZipLongest extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("zip_longest");
        private final PyObject[] its;
        private final PyObject fillvalue;
        private int active;

        ZipLongest(PyType type, PyObject[] its, PyObject fillvalue) {
            super(type);
            this.its = its;
            this.fillvalue = fillvalue;
            this.active = its.length;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*iterables, fillvalue=None)")
        public static PyObject __new__(PyType cls, PyObject[] iterables, PyObject fillvalue) {
            PyObject[] its = new PyObject[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(iterables[i]);
            }
            return new ZipLongest(cls, its, fillvalue);
        }

        /** CPython: zip_longest_next. */
        @Override
        public PyObject nextOrNull() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                if (its[i] == null) {
                    out[i] = fillvalue;
                    continue;
                }
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    active--;
                    if (active == 0) {
                        return null;
                    }
                    its[i] = null;
                    v = fillvalue;
                }
                out[i] = v;
            }
            return PyTuple.of(out);
        }
    }

    @PyClass(name = "itertools.pairwise")
    public static final class Pairwise extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("pairwise");
        private PyObject it;
        private PyObject old;

        Pairwise(PyType type, PyObject it) {
            super(type);
            this.it = it;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, /)")
        public static PyObject __new__(PyType cls, PyObject iterable) {
            return new Pairwise(cls, Abstract.iter(iterable));
        }

        @Override
        public PyObject nextOrNull() {
            if (it == null) {
                return null;
            }
            if (old == null) {
                old = Abstract.next(it);
                if (old == null) {
                    it = null;
                    return null;
                }
            }
            PyObject next = Abstract.next(it);
            if (next == null) {
                it = null;
                old = null;
                return null;
            }
            PyObject r = PyTuple.of(old, next);
            old = next;
            return r;
        }
    }

    @PyClass(name = "itertools.groupby")
    public static final class GroupBy extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("groupby");
        private final PyObject it;
        private final PyObject keyfunc;
        PyObject targetKey;
        PyObject currentKey;
        PyObject currentValue;
        Grouper currentGrouper;

        GroupBy(PyType type, PyObject it, PyObject keyfunc) {
            super(type);
            this.it = it;
            this.keyfunc = keyfunc;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, key=None)")
        public static PyObject __new__(PyType cls, PyObject iterable, PyObject key) {
            return new GroupBy(cls, Abstract.iter(iterable), key);
        }

        /** Advances to the next value; false at the end. CPython: groupby_step. */
        boolean step() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return false;
            }
            PyObject k = keyfunc == PyNone.NONE ? v : Abstract.call(keyfunc, v);
            currentValue = v;
            currentKey = k;
            return true;
        }

        static boolean equal(PyObject a, PyObject b) {
            return a == b || Abstract.isTrue(Abstract.richCompare(a, b, "=="));
        }

        /** CPython: groupby_next. */
        @Override
        public PyObject nextOrNull() {
            currentGrouper = null;
            for (;;) {
                if (currentKey != null) {
                    if (targetKey == null || !equal(targetKey, currentKey)) {
                        break;
                    }
                }
                if (!step()) {
                    return null;
                }
            }
            targetKey = currentKey;
            currentGrouper = new Grouper(this, targetKey);
            return PyTuple.of(currentKey, currentGrouper);
        }
    }

    @PyClass(name = "itertools._grouper")
    public static final class Grouper extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("_grouper");
        private final GroupBy parent;
        private final PyObject targetKey;

        Grouper(GroupBy parent, PyObject targetKey) {
            super(TYPE);
            this.parent = parent;
            this.targetKey = targetKey;
        }

        /** CPython: _grouper_next. */
        @Override
        public PyObject nextOrNull() {
            if (parent.currentGrouper != this) {
                return null;
            }
            if (parent.currentValue == null && !parent.step()) {
                return null;
            }
            if (!GroupBy.equal(targetKey, parent.currentKey)) {
                return null;
            }
            PyObject r = parent.currentValue;
            parent.currentValue = null;
            return r;
        }
    }

    /** Values read from tee's source, shared by its iterators in chunks. CPython: teedataobject. */
    static final class TeeData {
        static final int CHUNK = 57;
        final PyObject source;
        final PyObject[] values = new PyObject[CHUNK];
        int count;
        TeeData next;

        TeeData(PyObject source) {
            this.source = source;
        }

        /** The value at i, reading the source when no tee has needed it yet; null at the end. */
        PyObject get(int i) {
            if (i < count) {
                return values[i];
            }
            PyObject v = Abstract.next(source);
            if (v != null) {
                values[count++] = v;
            }
            return v;
        }

        TeeData nextChunk() {
            if (next == null) {
                next = new TeeData(source);
            }
            return next;
        }
    }

    @PyClass(name = "itertools._tee")
    public static final class Tee extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("_tee");
        private TeeData data;
        private int index;

        Tee(PyObject source) {
            super(TYPE);
            this.data = new TeeData(source);
        }

        private Tee(TeeData data, int index) {
            super(TYPE);
            this.data = data;
            this.index = index;
        }

        Tee copy() {
            return new Tee(data, index);
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, /)")
        public static PyObject __new__(PyType cls, PyObject iterable) {
            PyObject it = Abstract.iter(iterable);
            return it instanceof Tee t ? t.copy() : new Tee(it);
        }

        @PyMethod
        public PyObject __copy__() {
            return copy();
        }

        @Override
        public PyObject nextOrNull() {
            if (index >= TeeData.CHUNK) {
                data = data.nextChunk();
                index = 0;
            }
            PyObject v = data.get(index);
            if (v != null) {
                index++;
            }
            return v;
        }
    }
}
