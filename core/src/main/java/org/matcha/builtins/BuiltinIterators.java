package org.matcha.builtins;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyIterator;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;

/** enumerate, zip, map, filter and reversed. CPython: Python/bltinmodule.c, Objects/enumobject.c. */
public final class BuiltinIterators {
    private BuiltinIterators() {}


    /** Called after the iterator base type has its methods. */
    public static void install() {
        for (PyType t : new PyType[] {Enumerate.TYPE, Zip.TYPE, MapIterator.TYPE, FilterIterator.TYPE, Reversed.TYPE}) {
            t.dict().setItem("__iter__", PyIterator.TYPE.dict().getItem("__iter__"));
            t.dict().setItem("__next__", PyIterator.TYPE.dict().getItem("__next__"));
        }
    }

    @PyClass(name = "enumerate")
    public static final class Enumerate extends PyIterator {
        public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT);
        private final PyObject it;
        private PyInt count;

        Enumerate(PyObject it, PyInt start) {
            this.it = it;
            this.count = start;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            PyInt i = count;
            count = PyInt.add(count, PyInt.of(1));
            return PyTuple.of(i, v);
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, start=0)")
        public static PyObject __new__(PyType cls, PyObject iterable, PyObject start) {
            return new Enumerate(Abstract.iter(iterable), Abstract.index(start));
        }
    }

    @PyClass(name = "zip")
    public static final class Zip extends PyIterator {
        public static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT);
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            if (done || its.length == 0) {
                return null;
            }
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                    + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (Abstract.next(its[j]) != null) {
                                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                        + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
                out[i] = v;
            }
            return PyTuple.of(out);
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*iterables, strict=False)")
        public static PyObject __new__(PyType cls, PyObject[] iterables, boolean strict) {
            PyObject[] its = new PyObject[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(iterables[i]);
            }
            return new Zip(its, strict);
        }
    }

    @PyClass(name = "map")
    public static final class MapIterator extends PyIterator {
        public static final PyType TYPE = PyType.builtin("map", PyType.OBJECT);
        private final PyObject func;
        private final PyObject[] its;

        MapIterator(PyObject func, PyObject[] its) {
            this.func = func;
            this.its = its;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return Abstract.call(func, args, null);
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(func, *iterables)")
        public static PyObject __new__(PyType cls, PyObject func, PyObject[] iterables) {
            if (iterables.length == 0) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(iterables[i]);
            }
            return new MapIterator(func, its);
        }
    }

    @PyClass(name = "filter")
    public static final class FilterIterator extends PyIterator {
        public static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT);
        private final PyObject func;
        private final PyObject it;

        FilterIterator(PyObject func, PyObject it) {
            this.func = func;
            this.it = it;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                boolean keep = func == PyNone.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(func, v));
                if (keep) {
                    return v;
                }
            }
        }

        @PyMethod(kind = PyMethod.Kind.NEW)
        public static PyObject __new__(PyType cls, PyObject func, PyObject iterable) {
            return new FilterIterator(func, Abstract.iter(iterable));
        }
    }

    @PyClass(name = "reversed")
    public static final class Reversed extends PyIterator {
        public static final PyType TYPE = PyType.builtin("reversed", PyType.OBJECT);
        /** Null once exhausted. */
        private PyObject seq;
        private long index;

        Reversed(PyObject seq, long length) {
            this.seq = seq;
            this.index = length - 1;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            if (index < 0 || seq == null) {
                seq = null;
                return null;
            }
            try {
                PyObject item = Abstract.getItem(seq, PyInt.of(index));
                index--;
                return item;
            } catch (org.matcha.objects.PyException e) {
                if (!e.matches(org.matcha.objects.ExceptionTypes.IndexError)
                        && !e.matches(org.matcha.objects.ExceptionTypes.StopIteration)) {
                    throw e;
                }
                index = -1;
                seq = null;
                return null;
            }
        }

        /** CPython: reversed_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (seq == null) {
                return PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(TYPE, PyTuple.of(seq), PyInt.of(index));
        }

        /** CPython: reversed_setstate, clamping to [-1, len - 1]. */
        @PyMethod
        public void __setstate__(PyObject state) {
            long i = Abstract.index(state).longValueClamped();
            if (seq != null) {
                long n = Abstract.len(seq);
                index = Math.max(-1, Math.min(i, n - 1));
            }
        }

        @PyMethod(kind = PyMethod.Kind.NEW)
        public static PyObject __new__(PyType cls, PyObject seq) {
            PyObject m = seq.type().lookup("__reversed__");
            if (m == PyNone.NONE) {
                throw Errors.typeError("'" + seq.type().name + "' object is not reversible");
            }
            if (m != null) {
                return Abstract.callMethodRaw(m, seq);
            }
            if (seq.type().lookup("__getitem__") == null || seq instanceof PyDict) {
                throw Errors.typeError("'" + seq.type().name + "' object is not reversible");
            }
            return new Reversed(seq, Abstract.len(seq));
        }
    }


}
