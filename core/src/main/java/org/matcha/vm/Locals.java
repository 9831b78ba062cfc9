package org.matcha.vm;

import org.matcha.bytecode.PyCode;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyObject;

/** locals() and frame.f_locals for optimised frames: a fresh dict of the bound names. */
final class Locals {
    private Locals() {}

    static PyObject snapshot(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyCode co = f.code;
        // CPython 3.11 keeps one dict per frame and refreshes it (PyFrame_FastToLocals): names that
        // exec() stored in it survive the next locals() call
        PyDict d = f.localsSnapshot;
        if (d == null) {
            d = new PyDict();
            f.localsSnapshot = d;
        }
        for (int i = 0; i < co.varnames.length; i++) {
            if (isCell(co, co.varnames[i])) {
                continue;
            }
            if (f.fast[i] != null) {
                d.setItem(co.varnames[i], f.fast[i]);
            } else {
                d.removeItem(co.varnames[i]);
            }
        }
        for (int i = 0; i < co.cellvars.length; i++) {
            if (f.cells[i].value != null) {
                d.setItem(co.cellvars[i], f.cells[i].value);
            } else {
                d.removeItem(co.cellvars[i]);
            }
        }
        for (int i = 0; i < co.freevars.length; i++) {
            PyObject v = f.cells[co.cellvars.length + i].value;
            if (v != null && (co.flags & PyCode.CO_OPTIMIZED) != 0) {
                d.setItem(co.freevars[i], v);
            }
        }
        return d;
    }

    private static boolean isCell(PyCode co, String name) {
        for (String c : co.cellvars) {
            if (c.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
