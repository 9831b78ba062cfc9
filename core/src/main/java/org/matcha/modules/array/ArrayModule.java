package org.matcha.modules.array;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.codecs.Utf16Codec;
import org.matcha.codecs.Utf32Codec;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/**
 * The array module: array.array, ArrayType, typecodes and the pickle helper _array_reconstructor.
 * CPython: Modules/arraymodule.c.
 */
@PyModuleDef(name = "array")
public final class ArrayModule {
    private ArrayModule() {}

    public static void init(PyModule m) {
        m.add("array", ArrayObject.TYPE);
        m.add("ArrayType", ArrayObject.TYPE);
        m.add("typecodes", PyStr.of(TypeCode.CODES));
        PyType it = ArrayIterator.TYPE;
        it.dict().setItem("__iter__", PyIterator.TYPE.dict().getItem("__iter__"));
        it.dict().setItem("__next__", PyIterator.TYPE.dict().getItem("__next__"));
        ArrayObject.reconstructor = m.dict.getItem("_array_reconstructor");
        registerMutableSequence();
    }

    /**
     * CPython's array_modexec registers array with collections.abc.MutableSequence. Without the
     * stdlib on the path that import fails; array then still works, just unregistered.
     */
    private static void registerMutableSequence() {
        PyObject abc;
        try {
            abc = Interpreter.current().imports.importAbsolute("collections.abc");
        } catch (PyException e) {
            return;
        }
        Abstract.call(Abstract.getAttr(Abstract.getAttr(abc, "MutableSequence"), "register"), ArrayObject.TYPE);
    }

    /**
     * Rebuilds a pickled array from bytes in a machine format, converting when the format is not the
     * typecode's native one. CPython: array__array_reconstructor_impl.
     */
    @PyMethod(sig = "(arraytype, typecode, mformat_code, items, /)")
    public static PyObject _array_reconstructor(PyObject arraytype, PyObject typecode, PyObject mformatCode,
            PyObject items) {
        if (!(arraytype instanceof PyType cls)) {
            throw Errors.typeError("first argument must be a type object, not " + arraytype.type().name);
        }
        if (!cls.isSubtype(ArrayObject.TYPE)) {
            throw Errors.typeError(cls.name + " is not a subtype of " + ArrayObject.TYPE.name);
        }
        if (!(typecode instanceof PyStr tcs) || tcs.length() != 1) {
            throw Errors.typeError("_array_reconstructor() argument 2 must be a unicode character, not "
                    + (typecode instanceof PyStr ? "str" : typecode.type().name));
        }
        TypeCode code = TypeCode.of(tcs.codePointAt(0));
        if (code == null) {
            throw Errors.valueError("second argument must be a valid type code");
        }
        long mf = Args.toLong(mformatCode);
        if (mf < 0 || mf > 21) {
            throw Errors.valueError("third argument must be a valid machine format code.");
        }
        if (!(items instanceof PyBytes b)) {
            throw Errors.typeError("fourth argument should be bytes, not " + items.type().name);
        }
        if (mf == code.mformat) {
            return ArrayObject.make(cls, code, items);
        }
        int size = mformatSize((int) mf);
        boolean big = mf % 2 == 1;
        byte[] raw = b.bytes;
        if (raw.length % size != 0) {
            throw Errors.valueError("string length not a multiple of item size");
        }
        int n = raw.length / size;
        PyObject converted;
        if (mf >= 18) {
            int order = big ? 1 : -1;
            converted = mf < 20 ? Utf16Codec.decode(raw, "strict", order, true).text()
                    : Utf32Codec.decode(raw, "strict", order, true).text();
        } else {
            PyObject[] values = new PyObject[n];
            boolean signed = mf < 14 && (mf == 1 || (mf >= 4 && mf <= 5) || (mf >= 8 && mf <= 9) || mf >= 12);
            for (int i = 0; i < n; i++) {
                long v = readUnit(raw, i * size, size, big);
                if (mf >= 14) {
                    values[i] = PyFloat.of(size == 4 ? Float.intBitsToFloat((int) v) : Double.longBitsToDouble(v));
                } else if (signed) {
                    values[i] = PyInt.of(size == 8 ? v : (v << (64 - 8 * size)) >> (64 - 8 * size));
                } else {
                    values[i] = v >= 0 ? PyInt.of(v)
                            : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
                }
            }
            if (mf < 14) {
                code = TypeCode.integer(size, signed);
            }
            converted = PyList.of(values);
        }
        return ArrayObject.make(cls, code, converted);
    }

    /** CPython: mformat_descriptors (sizes). */
    private static int mformatSize(int mf) {
        if (mf <= 1) {
            return 1;
        }
        if (mf <= 5) {
            return 2;
        }
        if (mf <= 9) {
            return 4;
        }
        if (mf <= 13) {
            return 8;
        }
        if (mf <= 15) {
            return 4;
        }
        if (mf <= 17) {
            return 8;
        }
        return mf <= 19 ? 2 : 4;
    }

    private static long readUnit(byte[] b, int off, int n, boolean bigEndian) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            int k = bigEndian ? i : n - 1 - i;
            v = (v << 8) | (b[off + k] & 0xff);
        }
        return v;
    }
}
