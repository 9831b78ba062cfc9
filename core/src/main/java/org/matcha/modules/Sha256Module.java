package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.modules.hashes.Sha256;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** The _sha256 module: SHA-224 and SHA-256. CPython: Modules/sha256module.c. */
@PyModuleDef(name = "_sha256")
public final class Sha256Module {
    private Sha256Module() {}

    private static final PyType SHA256_TYPE = HashObject.makeType("_sha256", "sha256", HashObject.TYPE);
    private static final PyType SHA224_TYPE = HashObject.makeType("_sha256", "sha224", HashObject.TYPE);

    public static void init(PyModule m) {
        m.add("SHA256Type", SHA256_TYPE);
        m.add("SHA224Type", SHA224_TYPE);
    }

    @PyMethod(sig = "(string=NULL, *, usedforsecurity=True)")
    public static PyObject sha256(PyObject string, boolean usedforsecurity) {
        return HashObject.create(SHA256_TYPE, new Sha256(false), string);
    }

    @PyMethod(sig = "(string=NULL, *, usedforsecurity=True)")
    public static PyObject sha224(PyObject string, boolean usedforsecurity) {
        return HashObject.create(SHA224_TYPE, new Sha256(true), string);
    }
}
