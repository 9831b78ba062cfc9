package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;

/**
 * _posixsubprocess for a host that cannot start processes: subprocess imports, and Popen fails
 * with ENOSYS. CPython: Modules/_posixsubprocess.c.
 */
@PyModuleDef(name = "_posixsubprocess")
public final class PosixSubprocessModule {
    private PosixSubprocessModule() {}

    @PyMethod(sig = "(*args)")
    public static void fork_exec(org.matcha.objects.PyObject[] args) {
        throw PosixErrors.oserror(PosixErrors.ENOSYS, null, null);
    }
}
