package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.modules.hashes.Sha512;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** The _sha512 module: SHA-384 and SHA-512. CPython: Modules/sha512module.c. */
@PyModuleDef(name = "_sha512")
public final class Sha512Module {
    private Sha512Module() {}

    private static final PyType SHA512_TYPE = HashObject.makeType("_sha512", "sha512", HashObject.TYPE);
    private static final PyType SHA384_TYPE = HashObject.makeType("_sha512", "sha384", HashObject.TYPE);

    public static void init(PyModule m) {
        m.add("SHA384Type", SHA512_TYPE); // sic: CPython 3.11 binds SHA384Type to the sha512 type
    }

    @PyMethod(sig = "(string=NULL, *, usedforsecurity=True)")
    public static PyObject sha512(PyObject string, boolean usedforsecurity) {
        return HashObject.create(SHA512_TYPE, new Sha512(false), string);
    }

    @PyMethod(sig = "(string=NULL, *, usedforsecurity=True)")
    public static PyObject sha384(PyObject string, boolean usedforsecurity) {
        return HashObject.create(SHA384_TYPE, new Sha512(true), string);
    }
}
