package org.matcha.modules;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.modules.hashes.Digest;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyType;

/** A SHAKE hash object: digest and hexdigest take the output length. CPython: _sha3_shake_128_digest. */
@PyClass(name = "shake")
public final class ShakeObject extends Sha3Object {
    /** Holds the generated methods for the registry; Sha3Object installs them on shake_128/shake_256. */
    public static final PyType TYPE = PyType.builtin("_sha3.shake", PyType.OBJECT);

    ShakeObject(PyType type, Digest engine) {
        super(type, engine);
    }

    @PyMethod(name = "digest", sig = "(length, /)")
    public PyObject digestLength(PyObject length) {
        return new PyBytes(squeeze(length));
    }

    @PyMethod(name = "hexdigest", sig = "(length, /)")
    public PyObject hexdigestLength(PyObject length) {
        return PyStr.of(hex(squeeze(length)));
    }
}
