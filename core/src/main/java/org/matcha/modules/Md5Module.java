package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.modules.hashes.Md5;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyType;

/** The _md5 module: MD5. CPython: Modules/md5module.c. */
@PyModuleDef(name = "_md5")
public final class Md5Module {
    private Md5Module() {}

    private static final PyType MD5_TYPE = HashObject.makeType("_md5", "md5", HashObject.TYPE);

    public static void init(PyModule m) {
        m.add("MD5Type", MD5_TYPE);
    }

    @PyMethod(sig = "(string=NULL, *, usedforsecurity=True)")
    public static PyObject md5(PyObject string, boolean usedforsecurity) {
        return HashObject.create(MD5_TYPE, new Md5(), string);
    }
}
