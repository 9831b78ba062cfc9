package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/** The _typing module: accelerators for Lib/typing.py. CPython: Modules/_typingmodule.c. */
@PyModuleDef(name = "_typing")
public final class TypingModule {
    private TypingModule() {}

    public static void init(PyModule m) {
        m.add("__doc__", PyStr.of("Accelerators for the typing module.\n"));
    }

    /** typing.NewType's __call__: a builtin function, so it is not bound to the NewType instance. */
    @PyMethod(sig = "(x, /)")
    public static PyObject _idfunc(PyObject x) {
        return x;
    }
}
