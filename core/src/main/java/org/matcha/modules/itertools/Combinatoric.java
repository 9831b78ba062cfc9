package org.matcha.modules.itertools;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.*;

/** product, permutations, combinations and combinations_with_replacement. CPython: Modules/itertoolsmodule.c. */
public final class Combinatoric {
    private Combinatoric() {}

    private static PyObject[] pool(PyObject iterable) {
        return Abstract.toArray(iterable).clone();
    }

    private static PyObject pick(PyObject[] pool, int[] indices, int r) {
        PyObject[] out = new PyObject[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return PyTuple.of(out);
    }

    private static PyObject indexTuple(int[] values, int n) {
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            out[i] = PyInt.of(values[i]);
        }
        return PyTuple.of(out);
    }

    /** A state tuple of r indices, or ValueError. CPython: combinations_setstate and friends. */
    private static PyTuple stateTuple(PyObject state, int r) {
        if (!(state instanceof PyTuple t) || t.items.length != r) {
            throw Errors.valueError("invalid arguments");
        }
        return t;
    }

    private static long clamp(long v, long lo, long hi) {
        return v > hi ? hi : v < lo ? lo : v;
    }

    private static int checkR(long r) {
        if (r < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return (int) Math.min(r, Integer.MAX_VALUE);
    }

    @PyClass(name = "itertools.product")
    public static final class Product extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("product");
        private final PyObject[][] pools;
        private final int[] indices;
        private boolean started;
        private boolean stopped;

        Product(PyType type, PyObject[][] pools) {
            super(type);
            this.pools = pools;
            this.indices = new int[pools.length];
        }

        /** CPython: product_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (stopped) {
                return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY));
            }
            PyObject[] p = new PyObject[pools.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = PyTuple.of(pools[i]);
            }
            if (!started) {
                return PyTuple.of(type(), PyTuple.of(p));
            }
            return PyTuple.of(type(), PyTuple.of(p), indexTuple(indices, indices.length));
        }

        /** CPython: product_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            PyTuple t = stateTuple(state, pools.length);
            for (int i = 0; i < pools.length; i++) {
                long index = ItertoolsModule.stateIndex(t.items[i]);
                if (pools[i].length == 0) {
                    stopped = true;
                    return;
                }
                indices[i] = (int) clamp(index, 0, pools[i].length - 1);
            }
            started = true;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*iterables, repeat=1)")
        public static PyObject __new__(PyType cls, PyObject[] iterables, long repeat) {
            if (repeat < 0) {
                throw Errors.valueError("repeat argument cannot be negative");
            }
            int n = iterables.length;
            if (repeat > 0 && n > 0 && repeat * n > Integer.MAX_VALUE / 2) {
                throw Errors.overflow("repeat argument too large");
            }
            PyObject[][] given = new PyObject[n][];
            for (int i = 0; i < n; i++) {
                given[i] = pool(iterables[i]);
            }
            PyObject[][] pools = new PyObject[(int) (n * repeat)][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = given[i % n];
            }
            return new Product(cls, pools);
        }

        private PyObject current() {
            PyObject[] out = new PyObject[pools.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pools[i][indices[i]];
            }
            return PyTuple.of(out);
        }

        /** CPython: product_next. */
        @Override
        public PyObject nextOrNull() {
            if (stopped) {
                return null;
            }
            if (!started) {
                for (PyObject[] p : pools) {
                    if (p.length == 0) {
                        stopped = true;
                        return null;
                    }
                }
                started = true;
                return current();
            }
            int i = pools.length - 1;
            for (; i >= 0; i--) {
                if (++indices[i] < pools[i].length) {
                    break;
                }
                indices[i] = 0;
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            return current();
        }
    }

    @PyClass(name = "itertools.combinations")
    public static final class Combinations extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("combinations");
        private final PyObject[] pool;
        private final int[] indices;
        private final int r;
        private boolean started;
        private boolean stopped;

        Combinations(PyType type, PyObject[] pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.stopped = r > pool.length;
            this.indices = new int[stopped ? 0 : r];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = i;
            }
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, r)")
        public static PyObject __new__(PyType cls, PyObject iterable, long r) {
            PyObject[] p = pool(iterable);
            return new Combinations(cls, p, checkR(r));
        }

        /** CPython: combinations_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (!started) {
                return PyTuple.of(type(), PyTuple.of(PyTuple.of(pool), PyInt.of(r)));
            }
            if (stopped) {
                return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(r)));
            }
            return PyTuple.of(type(), PyTuple.of(PyTuple.of(pool), PyInt.of(r)), indexTuple(indices, r));
        }

        /** CPython: combinations_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            PyTuple t = stateTuple(state, r);
            int n = pool.length;
            started = true;
            if (stopped) {
                return; // r > n: CPython keeps the stopped flag whatever the indices
            }
            for (int i = 0; i < r; i++) {
                long index = ItertoolsModule.stateIndex(t.items[i]);
                long max = i + n - r;
                if (index > max) {
                    index = max;
                }
                indices[i] = (int) Math.max(index, 0);
            }
            started = true;
        }

        /** CPython: combinations_next. */
        @Override
        public PyObject nextOrNull() {
            if (stopped) {
                return null;
            }
            if (!started) {
                started = true;
                return pick(pool, indices, r);
            }
            int n = pool.length;
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) {
                i--;
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = indices[j - 1] + 1;
            }
            return pick(pool, indices, r);
        }
    }

    @PyClass(name = "itertools.combinations_with_replacement")
    public static final class CombinationsWithReplacement extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("combinations_with_replacement");
        private final PyObject[] pool;
        private final int[] indices;
        private final int r;
        private boolean started;
        private boolean stopped;

        CombinationsWithReplacement(PyType type, PyObject[] pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.indices = new int[r];
            this.stopped = pool.length == 0 && r > 0;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, r)")
        public static PyObject __new__(PyType cls, PyObject iterable, long r) {
            PyObject[] p = pool(iterable);
            return new CombinationsWithReplacement(cls, p, checkR(r));
        }

        /** CPython: cwr_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (!started) {
                return PyTuple.of(type(), PyTuple.of(PyTuple.of(pool), PyInt.of(r)));
            }
            if (stopped) {
                return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(r)));
            }
            return PyTuple.of(type(), PyTuple.of(PyTuple.of(pool), PyInt.of(r)), indexTuple(indices, r));
        }

        /** CPython: cwr_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            PyTuple t = stateTuple(state, r);
            int n = pool.length;
            for (int i = 0; i < r; i++) {
                long index = ItertoolsModule.stateIndex(t.items[i]);
                indices[i] = (int) clamp(index, 0, n - 1);
            }
            started = true;
        }

        /** CPython: cwr_next. */
        @Override
        public PyObject nextOrNull() {
            if (stopped) {
                return null;
            }
            if (!started) {
                started = true;
                return pick(pool, indices, r);
            }
            int n = pool.length;
            int i = r - 1;
            while (i >= 0 && indices[i] == n - 1) {
                i--;
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            int index = indices[i] + 1;
            for (int j = i; j < r; j++) {
                indices[j] = index;
            }
            return pick(pool, indices, r);
        }
    }

    @PyClass(name = "itertools.permutations")
    public static final class Permutations extends ItertoolsModule.Base {
        public static final PyType TYPE = ItertoolsModule.type("permutations");
        private final PyObject[] pool;
        private final int[] indices;
        private final int[] cycles;
        private final int r;
        private boolean started;
        private boolean stopped;

        Permutations(PyType type, PyObject[] pool, int r) {
            super(type);
            int n = pool.length;
            this.pool = pool;
            this.r = r;
            this.stopped = r > n;
            this.indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            this.cycles = new int[stopped ? 0 : r];
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(iterable, r=None)")
        public static PyObject __new__(PyType cls, PyObject iterable, PyObject r) {
            PyObject[] p = pool(iterable);
            int rr = p.length;
            if (r != PyNone.NONE) {
                if (!(r instanceof PyInt ri)) {
                    throw Errors.typeError("Expected int as r");
                }
                rr = checkR(ri.longValueClamped());
            }
            return new Permutations(cls, p, rr);
        }

        /** CPython: permutations_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            if (!started) {
                return PyTuple.of(type(), PyTuple.of(PyTuple.of(pool), PyInt.of(r)));
            }
            if (stopped) {
                return PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(r)));
            }
            return PyTuple.of(type(), PyTuple.of(PyTuple.of(pool), PyInt.of(r)),
                    PyTuple.of(indexTuple(indices, pool.length), indexTuple(cycles, r)));
        }

        /** CPython: permutations_setstate. */
        @PyMethod
        public void __setstate__(PyObject state) {
            if (!(state instanceof PyTuple t)) {
                throw Errors.typeError("state is not a tuple");
            }
            ItertoolsModule.checkStateSize(t, 2, 2);
            for (int i = 0; i < 2; i++) {
                if (!(t.items[i] instanceof PyTuple)) {
                    throw Errors.typeError("argument " + (i + 1) + " must be tuple, not " + t.items[i].type().name);
                }
            }
            PyTuple newIndices = (PyTuple) t.items[0];
            PyTuple newCycles = (PyTuple) t.items[1];
            int n = pool.length;
            if (newIndices.items.length != n || newCycles.items.length != r) {
                throw Errors.valueError("invalid arguments");
            }
            for (int i = 0; i < n; i++) {
                indices[i] = (int) clamp(ItertoolsModule.stateIndex(newIndices.items[i]), 0, n - 1);
            }
            for (int i = 0; i < r; i++) {
                long c = ItertoolsModule.stateIndex(newCycles.items[i]);
                if (i < cycles.length) {
                    cycles[i] = (int) clamp(c, 1, n - i);
                }
            }
            started = true;
        }

        /** CPython: permutations_next. */
        @Override
        public PyObject nextOrNull() {
            if (stopped) {
                return null;
            }
            if (!started) {
                started = true;
                return pick(pool, indices, r);
            }
            int n = pool.length;
            if (n == 0) {
                stopped = true;
                return null;
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    return pick(pool, indices, r);
                }
            }
            stopped = true;
            return null;
        }
    }
}
