package org.matcha.modules;

import java.math.BigInteger;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;

/** math.factorial, comb, perm, gcd, lcm, isqrt. CPython: Modules/mathmodule.c (math_factorial, math_comb_impl, ...). */
final class MathIntegers {
    private MathIntegers() {}

    /** An integer argument: floats rejected as CPython's PyNumber_Index does. */
    static PyInt integer(PyObject o) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        return Abstract.index(o);
    }

    /** The product lo * (lo+1) * ... * hi by binary splitting. */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    static PyObject factorial(PyObject arg) {
        PyInt n = integer(arg);
        if (n.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (n.big != null) {
            throw Errors.overflow("factorial() argument should not exceed 9223372036854775807");
        }
        return PyInt.of(product(1, n.value));
    }

    static PyObject perm(PyObject nArg, PyObject kArg) {
        PyInt n = integer(nArg);
        if (kArg == null || kArg == org.matcha.objects.PyNone.NONE) {
            return factorial(n);
        }
        PyInt k = integer(kArg);
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (PyInt.compare(k, n) > 0) {
            return PyInt.of(0);
        }
        if (k.big != null) {
            throw Errors.overflow("k must not exceed 9223372036854775807");
        }
        BigInteger nb = n.toBig();
        BigInteger r = BigInteger.ONE;
        if (n.big == null) {
            return PyInt.of(product(n.value - k.value + 1, n.value));
        }
        for (long i = 0; i < k.value; i++) {
            r = r.multiply(nb.subtract(BigInteger.valueOf(i)));
        }
        return PyInt.of(r);
    }

    static PyObject comb(PyObject nArg, PyObject kArg) {
        PyInt n = integer(nArg);
        PyInt k = integer(kArg);
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        BigInteger nb = n.toBig();
        BigInteger kb = k.toBig();
        BigInteger other = nb.subtract(kb);
        if (other.signum() < 0) {
            return PyInt.of(0);
        }
        if (other.compareTo(kb) < 0) {
            kb = other;
        }
        if (kb.bitLength() > 63) {
            throw Errors.overflow("min(n - k, k) must not exceed 9223372036854775807");
        }
        long kk = kb.longValue();
        if (n.big == null) {
            return PyInt.of(product(n.value - kk + 1, n.value).divide(product(1, kk)));
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(nb.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
        }
        return PyInt.of(r);
    }

    static PyObject gcd(PyObject[] args) {
        BigInteger g = BigInteger.ZERO;
        for (PyObject o : args) {
            g = g.gcd(Abstract.index(o).toBig());
        }
        return PyInt.of(g);
    }

    static PyObject lcm(PyObject[] args) {
        BigInteger l = BigInteger.ONE;
        for (PyObject o : args) {
            BigInteger v = Abstract.index(o).toBig().abs();
            if (l.signum() == 0 || v.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(v)).multiply(v);
        }
        return PyInt.of(l);
    }

    static PyObject isqrt(PyObject arg) {
        PyInt n = Abstract.index(arg);
        if (n.signum() < 0) {
            throw Errors.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(n.toBig().sqrt());
    }
}
