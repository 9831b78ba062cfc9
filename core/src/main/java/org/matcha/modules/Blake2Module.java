package org.matcha.modules;

import org.matcha.annotations.PyModuleDef;
import org.matcha.modules.hashes.Blake2b;
import org.matcha.modules.hashes.Blake2s;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyModule;

/** The _blake2 module: BLAKE2b and BLAKE2s. CPython: Modules/_blake2/blake2module.c. */
@PyModuleDef(name = "_blake2")
public final class Blake2Module {
    private Blake2Module() {}

    public static void init(PyModule m) {
        m.add("blake2b", Blake2Object.BLAKE2B);
        m.add("BLAKE2B_SALT_SIZE", PyInt.of(Blake2b.SALT));
        m.add("BLAKE2B_PERSON_SIZE", PyInt.of(Blake2b.PERSON));
        m.add("BLAKE2B_MAX_KEY_SIZE", PyInt.of(Blake2b.MAX_KEY));
        m.add("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(Blake2b.MAX_DIGEST));
        m.add("blake2s", Blake2Object.BLAKE2S);
        m.add("BLAKE2S_SALT_SIZE", PyInt.of(Blake2s.SALT));
        m.add("BLAKE2S_PERSON_SIZE", PyInt.of(Blake2s.PERSON));
        m.add("BLAKE2S_MAX_KEY_SIZE", PyInt.of(Blake2s.MAX_KEY));
        m.add("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(Blake2s.MAX_DIGEST));
    }
}
