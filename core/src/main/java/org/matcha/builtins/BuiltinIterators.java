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

    /** The Python type (a subclass, possibly) and the __dict__ such a subclass gives its instances. */
    abstract static class Base extends PyIterator {
        private final PyType type;
        private PyDict dict;

        Base(PyType type) {
            this.type = type;
        }

        @Override
        public final PyType type() {
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

    @PyClass(name = "enumerate", doc = "Return an enumerate object.\n"
            + "\n"
            + "  iterable\n"
            + "    an object supporting iteration\n"
            + "\n"
            + "The enumerate object yields pairs containing a count (from start, which\n"
            + "defaults to zero) and a value yielded by the iterable argument.\n"
            + "\n"
            + "enumerate is useful for obtaining an indexed list:\n"
            + "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...")
    public static final class Enumerate extends Base {
        public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT);
        private final PyObject it;
        private PyInt count;

        Enumerate(PyType type, PyObject it, PyInt start) {
            super(type);
            this.it = it;
            this.count = start;
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

        @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
        public static PyObject __class_getitem__(PyType cls, PyObject item) {
            return new org.matcha.objects.PyGenericAlias(cls, item);
        }

        /** CPython: enum_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(type(), PyTuple.of(it, count));
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, start=0)")
        public static PyObject __new__(PyType cls, PyObject iterable, PyObject start) {
            return new Enumerate(cls, Abstract.iter(iterable), Abstract.index(start));
        }
    }

    @PyClass(name = "zip", doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n"
            + "\n"
            + "   >>> list(zip('abcdefg', range(3), range(4)))\n"
            + "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n"
            + "\n"
            + "The zip object yields n-length tuples, where n is the number of iterables\n"
            + "passed as positional arguments to zip().  The i-th element in every tuple\n"
            + "comes from the i-th iterable argument to zip().  This continues until the\n"
            + "shortest argument is exhausted.\n"
            + "\n"
            + "If strict is true and one of the arguments is exhausted before the others,\n"
            + "raise a ValueError.")
    public static final class Zip extends Base {
        public static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT);
        private final PyObject[] its;
        private boolean strict;
        private boolean done;

        Zip(PyType type, PyObject[] its, boolean strict) {
            super(type);
            this.its = its;
            this.strict = strict;
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

        /** CPython: zip_reduce ((type, iterators) and True when strict). */
        @PyMethod
        public PyObject __reduce__() {
            PyTuple args = PyTuple.of(its.clone());
            return strict ? PyTuple.of(type(), args, org.matcha.objects.PyBool.TRUE) : PyTuple.of(type(), args);
        }

        /** CPython: zip_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            strict = Abstract.isTrue(state);
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*iterables, strict=False)")
        public static PyObject __new__(PyType cls, PyObject[] iterables, boolean strict) {
            PyObject[] its = new PyObject[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(iterables[i]);
            }
            return new Zip(cls, its, strict);
        }
    }

    @PyClass(name = "map", doc = "map(func, *iterables) --> map object\n"
            + "\n"
            + "Make an iterator that computes the function using arguments from\n"
            + "each of the iterables.  Stops when the shortest iterable is exhausted.")
    public static final class MapIterator extends Base {
        public static final PyType TYPE = PyType.builtin("map", PyType.OBJECT);

        static {
            TYPE.newKeywordsForInit = true;
        }
        private final PyObject func;
        private final PyObject[] its;

        MapIterator(PyType type, PyObject func, PyObject[] its) {
            super(type);
            this.func = func;
            this.its = its;
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

        /** CPython: map_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            PyObject[] args = new PyObject[its.length + 1];
            args[0] = func;
            System.arraycopy(its, 0, args, 1, its.length);
            return PyTuple.of(type(), PyTuple.of(args));
        }

        /** CPython: map_new. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
        public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
            if (kwargs != null && kwargs.size() > 0) {
                throw Errors.typeError("map() takes no keyword arguments");
            }
            if (args.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyObject func = args[0];
            PyObject[] iterables = java.util.Arrays.copyOfRange(args, 1, args.length);
            PyObject[] its = new PyObject[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(iterables[i]);
            }
            return new MapIterator(cls, func, its);
        }
    }

    @PyClass(name = "filter", doc = "filter(function or None, iterable) --> filter object\n"
            + "\n"
            + "Return an iterator yielding those items of iterable for which function(item)\n"
            + "is true. If function is None, return the items that are true.")
    public static final class FilterIterator extends Base {
        public static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT);

        static {
            TYPE.newKeywordsForInit = true;
        }
        private final PyObject func;
        private final PyObject it;

        FilterIterator(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
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

        /** CPython: filter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            return PyTuple.of(type(), PyTuple.of(func, it));
        }

        @PyMethod(kind = PyMethod.Kind.NEW)
        public static PyObject __new__(PyType cls, PyObject func, PyObject iterable) {
            return new FilterIterator(cls, func, Abstract.iter(iterable));
        }
    }

    @PyClass(name = "reversed", doc = "Return a reverse iterator over the values of the given sequence.")
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

        /** CPython: reversed_len (0 once exhausted or when the sequence shrank below the position). */
        @PyMethod
        public long __length_hint__() {
            if (seq == null) {
                return 0;
            }
            long position = index + 1;
            return Abstract.len(seq) < position ? 0 : position;
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
