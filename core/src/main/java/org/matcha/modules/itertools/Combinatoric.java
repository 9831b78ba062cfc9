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
            for (PyObject[] p : pools) {
                stopped |= p.length == 0;
            }
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
