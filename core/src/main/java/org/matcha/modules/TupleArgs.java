package org.matcha.modules;

import org.matcha.objects.*;

/** Argument-count errors of functions that parse with PyArg_ParseTuple. CPython: Python/getargs.c, vgetargs1. */
final class TupleArgs {
    private TupleArgs() {}

    /** "NAME() takes exactly|at least|at most N argument(s) (M given)". */
    static void check(String fname, PyObject[] args, int min, int max) {
        int len = args.length;
        if (len < min || len > max) {
            int n = len < min ? min : max;
            throw Errors.typeError(fname + "() takes " + (min == max ? "exactly" : len < min ? "at least" : "at most")
                    + " " + n + " argument" + (n == 1 ? "" : "s") + " (" + len + " given)");
        }
    }

    /** The "s" converter's error: "NAME() argument 1 must be str, not int". */
    static String str(String fname, PyObject[] args, int i) {
        if (!(args[i] instanceof PyStr s)) {
            throw Errors.typeError(fname + "() argument " + (i + 1) + " must be str, not " + args[i].type().name);
        }
        return s.toString();
    }
}
