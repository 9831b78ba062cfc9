package org.matcha.modules;

import java.math.BigInteger;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.vm.Interpreter;

/** {@code _random.Random}: the Mersenne Twister core of Lib/random.py. CPython: Modules/_randommodule.c. */
@PyClass(name = "Random")
public final class RandomType extends PyObject {
    public static final PyType TYPE = PyType.builtin("Random", PyType.OBJECT, RandomType::new);

    private static long entropyCounter;

    private final PyType type;
    private PyDict dict;
    private final MersenneTwister mt = new MersenneTwister();

    private RandomType(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new RandomType(cls);
    }

    /** CPython: random_init. */
    @PyMethod(sig = "(*args, **kwargs)")
    public void __init__(PyObject[] args, PyDict kwargs) {
        if ((type == TYPE || type.lookup("__init__") == TYPE.dict().getItem("__init__"))
                && kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError("Random() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError("Random() requires 0 or 1 argument");
        }
        seed(args.length == 1 ? args[0] : null);
    }

    /** CPython: random_seed. */
    @PyMethod(sig = "(n=None, /)")
    public void seed(PyObject n) {
        if (n == null || n == PyNone.NONE) {
            mt.initByArray(hostEntropy());
            return;
        }
        BigInteger v;
        if (n instanceof PyInt i) {
            v = i.toBig().abs();
        } else {
            long h = Abstract.hash(n);
            v = BigInteger.valueOf(h);
            if (h < 0) {
                v = v.add(BigInteger.ONE.shiftLeft(64));
            }
        }
        int words = Math.max(1, (v.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int k = 0; k < words; k++) {
            key[k] = v.shiftRight(32 * k).intValue();
        }
        mt.initByArray(key);
    }

    /**
     * 624 seed words for seed(None). The Host interface offers no entropy source yet, so they are
     * derived from the wall and monotonic clocks (SplitMix64), distinct for every call.
     */
    private static int[] hostEntropy() {
        Interpreter interp = Interpreter.current();
        long s = (interp != null ? interp.host.timeNanos() * 31 + interp.host.monotonicNanos() : 0)
                + (++entropyCounter) * 0x9E3779B97F4A7C15L;
        int[] key = new int[MersenneTwister.N];
        for (int i = 0; i < key.length; i += 2) {
            s += 0x9E3779B97F4A7C15L;
            long z = s;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            key[i] = (int) z;
            key[i + 1] = (int) (z >>> 32);
        }
        return key;
    }

    @PyMethod
    public double random() {
        return mt.nextDouble();
    }

    /** CPython: _random_Random_getrandbits_impl. */
    @PyMethod
    public PyObject getrandbits(PyObject kArg) {
        int k = Args.toInt(kArg);
        if (k < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyInt.of(0);
        }
        if (k <= 32) {
            return PyInt.of((mt.next32() >>> (32 - k)) & 0xffffffffL);
        }
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4 + 1];
        for (int w = 0; w < words; w++, k -= 32) {
            int r = mt.next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = be.length - 4 * (w + 1);
            be[at] = (byte) (r >>> 24);
            be[at + 1] = (byte) (r >>> 16);
            be[at + 2] = (byte) (r >>> 8);
            be[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(be));
    }

    @PyMethod
    public PyObject getstate() {
        PyObject[] items = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) {
            items[i] = PyInt.of(mt.mt[i] & 0xffffffffL);
        }
        items[MersenneTwister.N] = PyInt.of(mt.index);
        return PyTuple.of(items);
    }

    /** CPython: random_setstate. */
    @PyMethod
    public void setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        if (t.items.length != MersenneTwister.N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            if (!(t.items[i] instanceof PyInt v)) {
                throw Errors.typeError("an integer is required");
            }
            if (v.signum() < 0) {
                throw Errors.overflow("can't convert negative value to unsigned int");
            }
            if (v.big != null && v.big.bitLength() > 64) {
                throw Errors.overflow("Python int too large to convert to C unsigned long");
            }
            words[i] = v.big != null ? v.big.intValue() : (int) v.value;
        }
        long index = Args.toLong(t.items[MersenneTwister.N]);
        if (index < 0 || index > MersenneTwister.N) {
            throw Errors.valueError("invalid state");
        }
        System.arraycopy(words, 0, mt.mt, 0, words.length);
        mt.index = (int) index;
    }
}
