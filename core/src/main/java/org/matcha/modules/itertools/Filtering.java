package org.matcha.modules.itertools;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** compress, dropwhile, takewhile, filterfalse and islice. CPython: Modules/itertoolsmodule.c. */
public final class Filtering {
    private Filtering() {}

    @PyClass(name = "itertools.compress")
    public static final class Compress extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("compress");
        private final PyObject data;
        private final PyObject selectors;

        Compress(PyType type, PyObject data, PyObject selectors) {
            super(type);
            this.data = data;
            this.selectors = selectors;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(data, selectors)")
        public static PyObject __new__(PyType cls, PyObject data, PyObject selectors) {
            return new Compress(cls, Abstract.iter(data), Abstract.iter(selectors));
        }

        @Override
        public PyObject nextOrNull() {
            for (;;) {
                PyObject d = Abstract.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Abstract.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        }

        /** CPython: compress_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(type(), PyTuple.of(data, selectors));
        }
    }

    @PyClass(name = "itertools.dropwhile")
    public static final class DropWhile extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("dropwhile");
        private final PyObject predicate;
        private final PyObject it;
        private boolean dropping = true;

        DropWhile(PyType type, PyObject predicate, PyObject it) {
            super(type);
            this.predicate = predicate;
            this.it = it;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(predicate, iterable, /)")
        public static PyObject __new__(PyType cls, PyObject predicate, PyObject iterable) {
            return new DropWhile(cls, predicate, Abstract.iter(iterable));
        }

        @Override
        public PyObject nextOrNull() {
            for (;;) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                if (!dropping) {
                    return v;
                }
                if (!Abstract.isTrue(Abstract.call(predicate, v))) {
                    dropping = false;
                    return v;
                }
            }
        }

        /** CPython: dropwhile_reduce; the state is 1 once the predicate has failed. */
        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(type(), PyTuple.of(predicate, it), PyInt.of(dropping ? 0 : 1));
        }

        /** CPython: dropwhile_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            dropping = !Abstract.isTrue(state);
        }
    }

    @PyClass(name = "itertools.takewhile")
    public static final class TakeWhile extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("takewhile");
        private final PyObject predicate;
        private final PyObject it;
        private boolean stopped;

        TakeWhile(PyType type, PyObject predicate, PyObject it) {
            super(type);
            this.predicate = predicate;
            this.it = it;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(predicate, iterable, /)")
        public static PyObject __new__(PyType cls, PyObject predicate, PyObject iterable) {
            return new TakeWhile(cls, predicate, Abstract.iter(iterable));
        }

        @Override
        public PyObject nextOrNull() {
            if (stopped) {
                return null;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (Abstract.isTrue(Abstract.call(predicate, v))) {
                return v;
            }
            stopped = true;
            return null;
        }

        /** CPython: takewhile_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(type(), PyTuple.of(predicate, it), PyInt.of(stopped ? 1 : 0));
        }

        /** CPython: takewhile_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            stopped = Abstract.isTrue(state);
        }
    }

    @PyClass(name = "itertools.filterfalse")
    public static final class FilterFalse extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("filterfalse");
        private final PyObject function;
        private final PyObject it;

        FilterFalse(PyType type, PyObject function, PyObject it) {
            super(type);
            this.function = function;
            this.it = it;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(function, iterable, /)")
        public static PyObject __new__(PyType cls, PyObject function, PyObject iterable) {
            return new FilterFalse(cls, function, Abstract.iter(iterable));
        }

        @Override
        public PyObject nextOrNull() {
            for (;;) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                boolean ok = function == PyNone.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(function, v));
                if (!ok) {
                    return v;
                }
            }
        }

        /** CPython: filterfalse_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(type(), PyTuple.of(function, it));
        }
    }

    @PyClass(name = "itertools.islice")
    public static final class ISlice extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("islice");
        private PyObject it;
        private long next;
        /** -1 for no stop. */
        private final long stop;
        private final long step;
        private long count;

        ISlice(PyType type, PyObject it, long start, long stop, long step) {
            super(type);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        private static long index(PyObject o, String message) {
            if (o == PyNone.NONE) {
                return -1;
            }
            if (!Abstract.hasIndex(o)) {
                throw Errors.valueError(message);
            }
            long v = Abstract.index(o).longValueClamped();
            if (v < 0) {
                throw Errors.valueError(message);
            }
            return v;
        }

        /** CPython: islice_new. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args)")
        public static PyObject __new__(PyType cls, PyObject[] args) {
            if (args.length < 2) {
                throw Errors.typeError("islice expected at least 2 arguments, got " + args.length);
            }
            if (args.length > 4) {
                throw Errors.typeError("islice expected at most 4 arguments, got " + args.length);
            }
            long start = 0;
            long stop;
            long step = 1;
            String indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (args.length == 2) {
                stop = index(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            } else {
                long a1 = index(args[1], indices);
                stop = index(args[2], indices);
                start = a1 < 0 ? 0 : a1;
                if (args.length == 4 && args[3] != PyNone.NONE) {
                    if (!Abstract.hasIndex(args[3])) {
                        throw Errors.valueError("Step for islice() must be a positive integer or None.");
                    }
                    step = Abstract.index(args[3]).longValueClamped();
                    if (step < 1) {
                        throw Errors.valueError("Step for islice() must be a positive integer or None.");
                    }
                }
            }
            return new ISlice(cls, Abstract.iter(args[0]), start, stop, step);
        }

        /** CPython: islice_next. */
        @Override
        public PyObject nextOrNull() {
            if (it == null) {
                return null;
            }
            while (count < next) {
                PyObject skipped = Abstract.next(it);
                if (skipped == null) {
                    it = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                it = null;
                return null;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                it = null;
                return null;
            }
            count++;
            long oldNext = next;
            next += step;
            if (next < oldNext || (stop != -1 && next > stop)) {
                next = stop;
            }
            return v;
        }

        /** CPython: islice_reduce; a new islice with the same bounds, then the count as state. */
        @PyMethod
        public PyObject __reduce__() {
            if (it == null) {
                return PyTuple.of(type(), PyTuple.of(Abstract.iter(new PyList()), PyInt.of(0)), PyInt.of(0));
            }
            PyObject stopObj = stop == -1 ? PyNone.NONE : PyInt.of(stop);
            return PyTuple.of(type(), PyTuple.of(it, PyInt.of(next), stopObj, PyInt.of(step)), PyInt.of(count));
        }

        /** CPython: islice_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            count = ItertoolsModule.stateIndex(state);
        }
    }
}
