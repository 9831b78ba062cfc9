package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.modules.hashes.Sha1;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** The _sha1 module: SHA-1. CPython: Modules/sha1module.c. */
@PyModuleDef(name = "_sha1")
public final class Sha1Module {
    private Sha1Module() {}

    private static final PyType SHA1_TYPE = HashObject.makeType("_sha1", "sha1", HashObject.TYPE);

    public static void init(PyModule m) {
        m.add("SHA1Type", SHA1_TYPE);
    }

    @PyMethod(sig = "(string=NULL, *, usedforsecurity=True)")
    public static PyObject sha1(PyObject string, boolean usedforsecurity) {
        return HashObject.create(SHA1_TYPE, new Sha1(), string);
    }
}
