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
        /** CPython's fast mode: an int start and a step of int 1; pickled without the step. */
        private final boolean fast;

        Count(PyType type, PyObject start, PyObject step) {
            super(type);
            this.step = step;
            this.fast = start instanceof PyInt s && s.big == null && step instanceof PyInt st && st.big == null
                    && st.longValue() == 1;
            this.current = fast ? PyInt.of(((PyInt) start).longValue()) : start;
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

        /** Still counting in CPython's fast mode (its C counter stops below PY_SSIZE_T_MAX). */
        private boolean inFastMode() {
            return fast && ((PyInt) current).big == null && ((PyInt) current).longValue() != Long.MAX_VALUE;
        }

        /** CPython: count_repr, "count(5)" or "count(5, 2)". */
        @PyMethod
        public PyObject __repr__() {
            String name = type().shortName();
            boolean unitStep = inFastMode() || step instanceof PyInt i && i.longValueClamped() == 1;
            return PyStr.of(name + "(" + Abstract.reprString(current)
                    + (unitStep ? "" : ", " + Abstract.reprString(step)) + ")");
        }

        /** CPython: count_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (inFastMode()) {
                return PyTuple.of(type(), PyTuple.of(current));
            }
            return PyTuple.of(type(), PyTuple.of(current, step));
        }
    }

    @PyClass(name = "itertools.cycle")
    public static final class Cycle extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("cycle");
        private PyObject it;
        private PyList saved = new PyList();
        private int index;
        /** True once saved holds the whole cycle, so values read from it are not saved again. */
        private boolean firstpass;

        Cycle(PyType type, PyObject it) {
            super(type);
            this.it = it;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, /)")
        public static PyObject __new__(PyType cls, PyObject iterable) {
            return new Cycle(cls, Abstract.iter(iterable));
        }

        /** CPython: cycle_next. */
        @Override
        public PyObject nextOrNull() {
            if (it != null) {
                PyObject v = Abstract.next(it);
                if (v != null) {
                    if (!firstpass) {
                        saved.append(v);
                    }
                    return v;
                }
                it = null;
            }
            if (saved.size == 0) {
                return null;
            }
            PyObject v = saved.items[index];
            index++;
            if (index >= saved.size) {
                index = 0;
            }
            return v;
        }

        /** CPython: cycle_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (it == null) {
                PyObject savedIt = Abstract.iter(saved);
                if (index != 0) {
                    Abstract.call(Abstract.getAttr(savedIt, "__setstate__"), PyInt.of(index));
                }
                return PyTuple.of(type(), PyTuple.of(savedIt), PyTuple.of(saved, PyBool.TRUE));
            }
            return PyTuple.of(type(), PyTuple.of(it), PyTuple.of(saved, PyBool.of(firstpass)));
        }

        /** CPython: cycle_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            if (!(state instanceof PyTuple t)) {
                throw Errors.typeError("state is not a tuple");
            }
            ItertoolsModule.checkStateSize(t, 2, 2);
            if (!(t.items[0] instanceof PyList l)) {
                throw Errors.typeError("argument 1 must be list, not " + t.items[0].type().name);
            }
            saved = l;
            firstpass = Args.toInt(t.items[1]) != 0;
            index = 0;
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

        /** CPython: repeat_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (remaining >= 0) {
                return PyTuple.of(type(), PyTuple.of(element, PyInt.of(remaining)));
            }
            return PyTuple.of(type(), PyTuple.of(element));
        }
    }
}
