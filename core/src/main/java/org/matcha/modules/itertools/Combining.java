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

        /** CPython: accumulate_reduce; chain and islice rebuild the states a plain state cannot express. */
        @PyMethod
        public PyObject __reduce__() {
            if (initial != PyNone.NONE) {
                PyObject chained = new Chain(Chain.TYPE, Abstract.iter(PyTuple.of(PyTuple.of(initial), it)));
                return PyTuple.of(type(), PyTuple.of(chained, func), PyNone.NONE);
            }
            if (total == PyNone.NONE) {
                PyObject chained = new Chain(Chain.TYPE, Abstract.iter(PyTuple.of(PyTuple.of(total), it)));
                PyObject again = Abstract.call(type(), chained, func);
                return PyTuple.of(Filtering.ISlice.TYPE, PyTuple.of(again, PyInt.of(1), PyNone.NONE));
            }
            return PyTuple.of(type(), PyTuple.of(it, func), total == null ? PyNone.NONE : total);
        }

        /** CPython: accumulate_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            total = state;
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

        /** CPython: chain_reduce; the iterators travel as state. */
        @PyMethod
        public PyObject __reduce__() {
            if (source == null) {
                return PyTuple.of(type(), PyTuple.EMPTY);
            }
            PyObject state = active == null ? PyTuple.of(source) : PyTuple.of(source, active);
            return PyTuple.of(type(), PyTuple.EMPTY, state);
        }

        /** CPython: chain_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            if (!(state instanceof PyTuple t)) {
                throw Errors.typeError("state is not a tuple");
            }
            ItertoolsModule.checkStateSize(t, 1, 2);
            PyObject newSource = t.items[0];
            PyObject newActive = t.items.length > 1 ? t.items[1] : null;
            if (!ItertoolsModule.isIterator(newSource)
                    || (newActive != null && !ItertoolsModule.isIterator(newActive))) {
                throw Errors.typeError("Arguments must be iterators.");
            }
            source = newSource;
            active = newActive;
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

        /** CPython: starmap_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(type(), PyTuple.of(function, it));
        }
    }

    @PyClass(name = "itertools.zip_longest")
    public static final class ZipLongest extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("zip_longest");
        private final PyObject[] its;
        private PyObject fillvalue;
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

        /** CPython: zip_longest_reduce; exhausted iterators become empty tuples, fillvalue is the state. */
        @PyMethod
        public PyObject __reduce__() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                args[i] = its[i] == null ? PyTuple.EMPTY : its[i];
            }
            return PyTuple.of(type(), PyTuple.of(args), fillvalue);
        }

        /** CPython: zip_longest_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            fillvalue = state;
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
            currentGrouper = new Grouper(Grouper.TYPE, this, targetKey);
            return PyTuple.of(currentKey, currentGrouper);
        }

        /** CPython: groupby_reduce; a started groupby carries its keys and value as state. */
        @PyMethod
        public PyObject __reduce__() {
            if (targetKey != null && currentKey != null && currentValue != null) {
                return PyTuple.of(type(), PyTuple.of(it, keyfunc), PyTuple.of(currentKey, currentValue, targetKey));
            }
            return PyTuple.of(type(), PyTuple.of(it, keyfunc));
        }

        /** CPython: groupby_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            if (!(state instanceof PyTuple t)) {
                throw Errors.typeError("state is not a tuple");
            }
            ItertoolsModule.checkStateSize(t, 3, 3);
            currentKey = t.items[0];
            currentValue = t.items[1];
            targetKey = t.items[2];
        }
    }

    @PyClass(name = "itertools._grouper")
    public static final class Grouper extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("_grouper");
        private final GroupBy parent;
        private final PyObject targetKey;

        Grouper(PyType type, GroupBy parent, PyObject targetKey) {
            super(type);
            this.parent = parent;
            this.targetKey = targetKey;
        }

        /** A grouper made by unpickling becomes its groupby's current group. CPython: _grouper_new. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(parent, tgtkey, /)")
        public static PyObject __new__(PyType cls, PyObject parent, PyObject tgtkey) {
            if (!(parent instanceof GroupBy g)) {
                throw Errors.typeError("_grouper() argument 1 must be itertools.groupby, not "
                        + parent.type().name);
            }
            Grouper grouper = new Grouper(cls, g, tgtkey);
            g.currentGrouper = grouper;
            return grouper;
        }

        /** CPython: _grouper_reduce; a group that is no longer current pickles as an empty iterator. */
        @PyMethod
        public PyObject __reduce__() {
            if (parent.currentGrouper != this) {
                return PyTuple.of(org.matcha.vm.Interpreter.current().builtinsModule.dict.getItem("iter"), PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(type(), PyTuple.of(parent, targetKey));
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
    @PyClass(name = "itertools._tee_dataobject")
    public static final class TeeData extends PyObject {
        public static final PyType TYPE = ItertoolsModule.type("_tee_dataobject");
        static final int CHUNK = 57;
        final PyObject source;
        final PyObject[] values = new PyObject[CHUNK];
        int count;
        TeeData next;
        private boolean running;

        TeeData(PyObject source) {
            this.source = source;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** CPython: teedataobject_new(iterable, values, next), the inverse of __reduce__. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, values, next, /)")
        public static PyObject __new__(PyType cls, PyObject iterable, PyObject values, PyObject next) {
            if (!(values instanceof PyList list)) {
                throw Errors.typeError("teedataobject() argument 2 must be list, not " + values.type().name);
            }
            TeeData data = new TeeData(Abstract.iter(iterable));
            if (list.size > CHUNK) {
                throw Errors.valueError("Invalid arguments");
            }
            System.arraycopy(list.items, 0, data.values, 0, list.size);
            data.count = list.size;
            if (list.size == CHUNK) {
                if (next != PyNone.NONE) {
                    if (!(next instanceof TeeData n)) {
                        throw Errors.valueError("Invalid arguments");
                    }
                    data.next = n;
                }
            } else if (next != PyNone.NONE) {
                throw Errors.valueError("Invalid arguments");
            }
            return data;
        }

        /** The value at i, reading the source when no tee has needed it yet; null at the end. CPython: teedataobject_getitem. */
        PyObject get(int i) {
            if (i < count) {
                return values[i];
            }
            if (running) {
                throw Errors.runtimeError("cannot re-enter the tee iterator");
            }
            running = true;
            PyObject v;
            try {
                v = Abstract.next(source);
            } finally {
                running = false;
            }
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

        /** CPython: teedataobject_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            PyObject[] read = new PyObject[count];
            System.arraycopy(values, 0, read, 0, count);
            return PyTuple.of(TYPE, PyTuple.of(source, PyList.of(read), next == null ? PyNone.NONE : next));
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

        /** CPython: tee_fromiterable. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, /)")
        public static PyObject __new__(PyType cls, PyObject iterable) {
            PyObject it = Abstract.iter(iterable);
            return it instanceof Tee t ? t.copy() : new Tee(it);
        }

        @PyMethod
        public PyObject __copy__() {
            return copy();
        }

        /** CPython: tee_next. */
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

        /** CPython: tee_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY), PyTuple.of(data, PyInt.of(index)));
        }

        /** CPython: tee_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            if (!(state instanceof PyTuple t)) {
                throw Errors.typeError("state is not a tuple");
            }
            ItertoolsModule.checkStateSize(t, 2, 2);
            if (!(t.items[0] instanceof TeeData d)) {
                throw Errors.typeError("argument 1 must be itertools._tee_dataobject, not "
                        + t.items[0].type().name);
            }
            int i = Args.toInt(t.items[1]);
            if (i < 0 || i > TeeData.CHUNK) {
                throw Errors.valueError("Index out of range");
            }
            data = d;
            index = i;
        }
    }
}
