package org.matcha.vm;

import org.matcha.bytecode.PyCode;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/**
 * The inline cache of LOAD_GLOBAL: which entry of the globals (or, when globals lack the name,
 * of the builtins) holds the name, valid while both dicts keep their {@link PyDict#version}
 * (no key added, removed or moved). The value itself is read from the entry each time, so
 * rebinding a global needs no invalidation. CPython 3.11: LOAD_GLOBAL_MODULE and
 * LOAD_GLOBAL_BUILTIN (Python/specialize.c), keyed on the dict keys' version.
 */
final class GlobalCache {
    private final PyDict globals;
    private final int globalsVersion;
    /** Null when the name is in globals. */
    private final PyDict builtins;
    private final int builtinsVersion;
    private final int entry;

    private GlobalCache(PyDict globals, PyDict builtins, int entry) {
        this.globals = globals;
        this.globalsVersion = globals.version;
        this.builtins = builtins;
        this.builtinsVersion = builtins == null ? 0 : builtins.version;
        this.entry = entry;
    }

    /** LOAD_GLOBAL with exact dicts as globals and builtins (the caller checks). */
    static PyObject load(PyCode co, int at, PyDict globals, PyDict builtins, PyStr name) {
        Object[] caches = co.inlineCaches;
        if (caches != null && caches[at] instanceof GlobalCache c && c.globals == globals
                && c.globalsVersion == globals.version) {
            if (c.builtins == null) {
                return globals.valueAt(c.entry);
            }
            if (c.builtins == builtins && c.builtinsVersion == builtins.version) {
                return builtins.valueAt(c.entry);
            }
        }
        if (caches == null) {
            caches = new Object[co.code.length];
            co.inlineCaches = caches;
        }
        int e = globals.entryOf(name);
        if (e >= 0) {
            caches[at] = new GlobalCache(globals, null, e);
            return globals.valueAt(e);
        }
        e = builtins.entryOf(name);
        if (e >= 0) {
            caches[at] = new GlobalCache(globals, builtins, e);
            return builtins.valueAt(e);
        }
        throw Errors.nameError(name.value);
    }
}
