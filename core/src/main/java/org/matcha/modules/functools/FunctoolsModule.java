package org.matcha.modules.functools;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;

/**
 * The C half of functools: reduce and cmp_to_key (functools.py takes each name from here when it
 * exists and keeps its pure-Python version otherwise). CPython: Modules/_functoolsmodule.c.
 */
@PyModuleDef(name = "_functools")
public final class FunctoolsModule {
    private FunctoolsModule() {}

    /** reduce(function, iterable[, initial]). CPython: functools_reduce. */
    @PyMethod(sig = "(*args)")
    public static PyObject reduce(PyObject[] args) {
        if (args.length < 2) {
            throw Errors.typeError("reduce expected at least 2 arguments, got " + args.length);
        }
        if (args.length > 3) {
            throw Errors.typeError("reduce expected at most 3 arguments, got " + args.length);
        }
        PyObject func = args[0];
        PyObject result = args.length == 3 ? args[2] : null;
        PyObject it;
        try {
            it = Abstract.iter(args[1]);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        for (;;) {
            PyObject v = Abstract.next(it);
            if (v == null) {
                break;
            }
            result = result == null ? v : Abstract.call(func, result, v);
        }
        if (result == null) {
            throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    /** cmp_to_key(mycmp): a key wrapper for sorting with an old-style comparison. CPython: _functools_cmp_to_key_impl. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject cmp_to_key(PyObject[] args, PyDict kwargs) {
        return new KeyWrapper(KeyWrapper.oneArgument("cmp_to_key", "mycmp", args, kwargs), null);
    }
}
