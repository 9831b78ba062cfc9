package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.modules.hashes.Digest;
import org.matcha.modules.hashes.Keccak;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/**
 * A hash object of _sha3: one Python type per SHA-3 variant, each with the HASH methods plus the
 * sponge attributes. SHAKE types add {@link ShakeObject}'s digest(length). CPython 3.11:
 * Modules/_sha3/sha3module.c (py_sha3_new, SHA3_get_*).
 */
@PyClass(name = "sha3")
public class Sha3Object extends HashObject {
    /** Holds the generated methods for the registry; Python sees only the variant types below. */
    public static final PyType TYPE = PyType.builtin("_sha3.sha3", PyType.OBJECT);

    static final PyType SHA3_224 = variant("sha3_224", false);
    static final PyType SHA3_256 = variant("sha3_256", false);
    static final PyType SHA3_384 = variant("sha3_384", false);
    static final PyType SHA3_512 = variant("sha3_512", false);
    static final PyType SHAKE_128 = variant("shake_128", true);
    static final PyType SHAKE_256 = variant("shake_256", true);

    private static PyType variant(String name, boolean shake) {
        PyType t = standaloneType("_sha3", name);
        Sha3ObjectExposed.install(t);
        if (shake) {
            ShakeObjectExposed.install(t);
        }
        return t;
    }

    Sha3Object(PyType type, Digest engine) {
        super(type, engine);
    }

    private Keccak sponge() {
        return (Keccak) engine;
    }

    @Override
    protected HashObject withEngine(Digest e) {
        return e.digestSize() == 0 ? new ShakeObject(type, e) : new Sha3Object(type, e);
    }

    /** CPython: py_sha3_new; its clinic name is "sha3_224" for every variant. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (args.length > 1) {
            throw Errors.typeError("sha3_224() takes at most 1 positional argument (" + args.length + " given)");
        }
        PyObject usedForSecurity = null;
        if (kwargs != null) {
            for (PyObject key : kwargs.keysArray()) {
                String k = ((PyStr) key).value;
                if (!k.equals("usedforsecurity")) {
                    throw Errors.typeError("'" + k + "' is an invalid keyword argument for sha3_224()");
                }
                usedForSecurity = kwargs.getItem(key);
            }
        }
        if (usedForSecurity != null) {
            Abstract.isTrue(usedForSecurity);
        }
        Keccak engine = cls == SHA3_224 ? Keccak.sha3(224)
                : cls == SHA3_256 ? Keccak.sha3(256)
                : cls == SHA3_384 ? Keccak.sha3(384)
                : cls == SHA3_512 ? Keccak.sha3(512)
                : cls == SHAKE_128 ? Keccak.shake(128)
                : Keccak.shake(256);
        HashObject h = engine.digestSize() == 0 ? new ShakeObject(cls, engine) : new Sha3Object(cls, engine);
        if (args.length == 1) {
            h.update(args[0]);
        }
        return h;
    }

    @PyGetter
    public PyObject _capacity_bits() {
        return PyInt.of(sponge().capacityBits());
    }

    @PyGetter
    public PyObject _rate_bits() {
        return PyInt.of(sponge().rateBits());
    }

    @PyGetter
    public PyObject _suffix() {
        return new PyBytes(new byte[] {sponge().suffix()});
    }

    /** SHAKE output of {@code length} bytes. CPython: _SHAKE_digest. */
    byte[] squeeze(PyObject length) {
        if (!(length instanceof PyInt n)) {
            throw Errors.typeError("an integer is required");
        }
        if (n.signum() < 0) {
            throw Errors.valueError("value must be positive");
        }
        if (n.toBig().bitLength() > 64) {
            throw Errors.overflow("Python int too large to convert to C unsigned long");
        }
        if (n.toBig().bitLength() > 29) {
            throw Errors.valueError("length is too large");
        }
        return sponge().squeeze(n.intValue());
    }
}
