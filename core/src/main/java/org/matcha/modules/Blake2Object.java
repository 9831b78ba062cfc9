package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.modules.hashes.Blake2b;
import org.matcha.modules.hashes.Blake2s;
import org.matcha.modules.hashes.Digest;
import org.matcha.objects.Abstract;
import org.matcha.objects.Args;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/**
 * A hash object of _blake2: the blake2b and blake2s types, with every parameter of the BLAKE2
 * parameter block. CPython: Modules/_blake2/blake2b_impl.c and blake2s_impl.c (py_blake2b_new_impl).
 */
@PyClass(name = "blake2")
public final class Blake2Object extends HashObject {
    /** Holds the generated __new__ for the registry; Python sees only blake2b and blake2s. */
    public static final PyType TYPE = PyType.builtin("_blake2.blake2", PyType.OBJECT);

    static final PyType BLAKE2B = variant("blake2b", Blake2b.SALT, Blake2b.PERSON, Blake2b.MAX_KEY, Blake2b.MAX_DIGEST);
    static final PyType BLAKE2S = variant("blake2s", Blake2s.SALT, Blake2s.PERSON, Blake2s.MAX_KEY, Blake2s.MAX_DIGEST);

    private static PyType variant(String name, int salt, int person, int key, int digest) {
        PyType t = standaloneType("_blake2", name);
        Blake2ObjectExposed.install(t);
        t.dict().setItem("SALT_SIZE", PyInt.of(salt));
        t.dict().setItem("PERSON_SIZE", PyInt.of(person));
        t.dict().setItem("MAX_KEY_SIZE", PyInt.of(key));
        t.dict().setItem("MAX_DIGEST_SIZE", PyInt.of(digest));
        return t;
    }

    Blake2Object(PyType type, Digest engine) {
        super(type, engine);
    }

    /**
     * Arguments are converted in signature order (C int, buffers, C unsigned long, unsigned long
     * long, bool), then checked in the order of CPython's py_blake2b_new_impl; the data comes last.
     */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*data, digest_size=NULL, key=NULL, salt=NULL, person=NULL, "
            + "fanout=NULL, depth=NULL, leaf_size=NULL, node_offset=NULL, node_depth=NULL, inner_size=NULL, "
            + "last_node=NULL, usedforsecurity=NULL)")
    public static PyObject __new__(PyType cls, PyObject[] data, PyObject digestSizeArg, PyObject keyArg,
            PyObject saltArg, PyObject personArg, PyObject fanoutArg, PyObject depthArg, PyObject leafSizeArg,
            PyObject nodeOffsetArg, PyObject nodeDepthArg, PyObject innerSizeArg, PyObject lastNodeArg,
            PyObject usedForSecurityArg) {
        boolean isB = cls == BLAKE2B;
        String fname = isB ? "blake2b" : "blake2s";
        if (data.length > 1) {
            throw Errors.typeError(fname + "() takes at most 1 positional argument (" + data.length + " given)");
        }
        int maxDigest = isB ? Blake2b.MAX_DIGEST : Blake2s.MAX_DIGEST;
        int digestSize = digestSizeArg == null ? maxDigest : Args.toInt(digestSizeArg);
        byte[] key = bytesLike(keyArg);
        byte[] salt = bytesLike(saltArg);
        byte[] person = bytesLike(personArg);
        int fanout = fanoutArg == null ? 1 : Args.toInt(fanoutArg);
        int depth = depthArg == null ? 1 : Args.toInt(depthArg);
        long leafSize = leafSizeArg == null ? 0 : unsignedLong(leafSizeArg,
                "Python int too large to convert to C unsigned long");
        long nodeOffset = nodeOffsetArg == null ? 0 : unsignedLong(nodeOffsetArg, "int too big to convert");
        int nodeDepth = nodeDepthArg == null ? 0 : Args.toInt(nodeDepthArg);
        int innerSize = innerSizeArg == null ? 0 : Args.toInt(innerSizeArg);
        boolean lastNode = lastNodeArg != null && Abstract.isTrue(lastNodeArg);
        if (usedForSecurityArg != null) {
            Abstract.isTrue(usedForSecurityArg);
        }

        if (digestSize <= 0 || digestSize > maxDigest) {
            throw Errors.valueError("digest_size must be between 1 and " + maxDigest + " bytes");
        }
        int maxSalt = isB ? Blake2b.SALT : Blake2s.SALT;
        if (salt.length > maxSalt) {
            throw Errors.valueError("maximum salt length is " + maxSalt + " bytes");
        }
        int maxPerson = isB ? Blake2b.PERSON : Blake2s.PERSON;
        if (person.length > maxPerson) {
            throw Errors.valueError("maximum person length is " + maxPerson + " bytes");
        }
        if (fanout < 0 || fanout > 255) {
            throw Errors.valueError("fanout must be between 0 and 255");
        }
        if (depth <= 0 || depth > 255) {
            throw Errors.valueError("depth must be between 1 and 255");
        }
        if (Long.compareUnsigned(leafSize, 0xFFFFFFFFL) > 0) {
            throw Errors.overflow("leaf_size is too large");
        }
        if (!isB && Long.compareUnsigned(nodeOffset, 0xFFFFFFFFFFFFL) > 0) {
            throw Errors.overflow("node_offset is too large");
        }
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw Errors.valueError("node_depth must be between 0 and 255");
        }
        if (innerSize < 0 || innerSize > maxDigest) {
            throw Errors.valueError("inner_size must be between 0 and is " + maxDigest);
        }
        int maxKey = isB ? Blake2b.MAX_KEY : Blake2s.MAX_KEY;
        if (key.length > maxKey) {
            throw Errors.valueError("maximum key length is " + maxKey + " bytes");
        }
        Digest engine = isB
                ? new Blake2b(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize,
                        lastNode)
                : new Blake2s(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize,
                        lastNode);
        Blake2Object h = new Blake2Object(cls, engine);
        if (data.length == 1) {
            h.update(data[0]);
        }
        return h;
    }

    @Override
    protected HashObject withEngine(Digest e) {
        return new Blake2Object(type, e);
    }

    /** CPython's "y*" converter: any bytes-like object. */
    private static byte[] bytesLike(PyObject o) {
        if (o == null) {
            return new byte[0];
        }
        if (o instanceof BufferExporter b) {
            return b.bufferCopy();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().shortName() + "'");
    }

    /**
     * CPython: _PyLong_UnsignedLong_Converter and _PyLong_UnsignedLongLong_Converter, both 64-bit
     * here; the result is an unsigned 64-bit value in a long.
     */
    static long unsignedLong(PyObject o, String tooBig) {
        if (!(o instanceof PyInt n)) {
            throw Errors.typeError("an integer is required");
        }
        if (n.signum() < 0) {
            throw Errors.valueError("value must be positive");
        }
        if (n.toBig().bitLength() > 64) {
            throw Errors.overflow(tooBig);
        }
        return n.toBig().longValue();
    }
}
