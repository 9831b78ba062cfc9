package org.matcha.modules.itertools;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** count, cycle and repeat. CPython: Modules/itertoolsmodule.c. */
public final class Infinite {
    private Infinite() {}

    @PyClass(name = "itertools.count")
    public static final class Count extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("count");
        private PyObject current;
        private final PyObject step;

        Count(PyType type, PyObject start, PyObject step) {
            super(type);
            this.current = start;
            this.step = step;
        }

        private static boolean isNumber(PyObject o) {
            PyType t = o.type();
            return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
                    || o instanceof PyComplex;
        }

        /** CPython: itertools_count_impl. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(start=0, step=1)")
        public static PyObject __new__(PyType cls, PyObject start, PyObject step) {
            if (!isNumber(start) || !isNumber(step)) {
                throw Errors.typeError("a number is required");
            }
            return new Count(cls, start, step);
        }

        @Override
        public PyObject nextOrNull() {
            PyObject r = current;
            current = Abstract.binaryOp(current, step, Abstract.ADD);
            return r;
        }

        /** CPython: count_repr, "count(5)" or "count(5, 2)". */
        @PyMethod
        public PyObject __repr__() {
            String name = type().shortName();
            boolean unitStep = step instanceof PyInt i && i.type() == PyInt.TYPE && i.longValue() == 1;
            return PyStr.of(name + "(" + Abstract.reprString(current)
                    + (unitStep ? "" : ", " + Abstract.reprString(step)) + ")");
        }
    }

    @PyClass(name = "itertools.cycle")
    public static final class Cycle extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("cycle");
        private final PyObject it;
        private final java.util.ArrayList<PyObject> saved = new java.util.ArrayList<>();
        private int index;
        private boolean firstPassDone;

        Cycle(PyType type, PyObject it) {
            super(type);
            this.it = it;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, /)")
        public static PyObject __new__(PyType cls, PyObject iterable) {
            return new Cycle(cls, Abstract.iter(iterable));
        }

        @Override
        public PyObject nextOrNull() {
            if (!firstPassDone) {
                PyObject v = Abstract.next(it);
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                firstPassDone = true;
            }
            if (saved.isEmpty()) {
                return null;
            }
            PyObject v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }
    }

    @PyClass(name = "itertools.repeat")
    public static final class Repeat extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("repeat");
        private final PyObject element;
        /** Remaining repetitions, or -1 for forever. */
        private long remaining;

        Repeat(PyType type, PyObject element, long times) {
            super(type);
            this.element = element;
            this.remaining = times;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(object, times=NULL)")
        public static PyObject __new__(PyType cls, PyObject element, PyObject times) {
            long n = -1;
            if (times != null) {
                n = Math.max(0, Abstract.index(times).longValueClamped());
            }
            return new Repeat(cls, element, n);
        }

        @Override
        public PyObject nextOrNull() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return element;
        }

        @PyMethod
        public long __length_hint__() {
            if (remaining < 0) {
                throw Errors.typeError("len() of unsized object");
            }
            return remaining;
        }

        @PyMethod
        public PyObject __repr__() {
            String name = type().shortName();
            return PyStr.of(name + "(" + Abstract.reprString(element) + (remaining >= 0 ? ", " + remaining : "") + ")");
        }
    }
}
