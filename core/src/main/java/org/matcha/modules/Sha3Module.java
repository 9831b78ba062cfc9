package org.matcha.modules;

import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyStr;

/** The _sha3 module: SHA3-224/256/384/512 and SHAKE128/256. CPython 3.11: Modules/_sha3/sha3module.c. */
@PyModuleDef(name = "_sha3")
public final class Sha3Module {
    private Sha3Module() {}

    public static void init(PyModule m) {
        m.add("sha3_224", Sha3Object.SHA3_224);
        m.add("sha3_256", Sha3Object.SHA3_256);
        m.add("sha3_384", Sha3Object.SHA3_384);
        m.add("sha3_512", Sha3Object.SHA3_512);
        m.add("shake_128", Sha3Object.SHAKE_128);
        m.add("shake_256", Sha3Object.SHAKE_256);
        m.add("implementation", PyStr.of("tiny_sha3"));
        m.add("keccakopt", PyInt.of(0));
    }
}
