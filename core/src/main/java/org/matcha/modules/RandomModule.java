package org.matcha.modules;

import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyStr;

/** The _random module. CPython: Modules/_randommodule.c. */
@PyModuleDef(name = "_random")
public final class RandomModule {
    private RandomModule() {}

    public static void init(PyModule m) {
        RandomType.TYPE.dict().setItem("__module__", PyStr.of("_random"));
        m.add("Random", RandomType.TYPE);
    }
}
