package org.matcha.vm;

import org.matcha.bytecode.PyCode;
import org.matcha.objects.Errors;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFunction;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;

/**
 * Binds call arguments to a Python function's parameters, with CPython's error messages.
 * CPython: Python/ceval.c initialize_locals, too_many_positional, missing_arguments.
 */
final class ArgBinder {
    private ArgBinder() {}

    /** Fills {@code fast} from vectorcall arguments: {@code args[from, from + n)}, the last kwnames.length named. */
    static void bind(PyFunction fn, PyObject[] fast, PyObject[] args, int from, int n, String[] kwnames) {
        PyCode co = fn.code;
        int argcount = co.argcount;
        int total = argcount + co.kwonlyargcount;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        boolean hasVarargs = (co.flags & PyCode.CO_VARARGS) != 0;
        boolean hasVarkw = (co.flags & PyCode.CO_VARKEYWORDS) != 0;
        // fast path: exact positional call without defaults to fill
        if (nkw == 0 && npos == argcount && !hasVarargs && !hasVarkw && co.kwonlyargcount == 0) {
            System.arraycopy(args, from, fast, 0, npos);
            return;
        }
        PyDict kwdict = null;
        if (hasVarkw) {
            kwdict = new PyDict();
            fast[total + (hasVarargs ? 1 : 0)] = kwdict;
        }
        int take = Math.min(npos, argcount);
        System.arraycopy(args, from, fast, 0, take);
        if (hasVarargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            System.arraycopy(args, from + take, rest, 0, rest.length);
            fast[total] = PyTuple.of(rest);
        }
        java.util.List<String> posonlyAsKeyword = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[from + npos + k];
            int slot = -1;
            for (int j = co.posonlyargcount; j < total; j++) {
                if (co.varnames[j].equals(name)) {
                    slot = j;
                    break;
                }
            }
            if (slot < 0) {
                if (kwdict != null) {
                    kwdict.setItem(PyStr.of(name), value);
                    continue;
                }
                boolean isPosonly = false;
                for (int j = 0; j < co.posonlyargcount; j++) {
                    if (co.varnames[j].equals(name)) {
                        isPosonly = true;
                        break;
                    }
                }
                if (isPosonly) {
                    if (posonlyAsKeyword == null) {
                        posonlyAsKeyword = new java.util.ArrayList<>();
                    }
                    posonlyAsKeyword.add(name);
                    continue;
                }
                throw Errors.typeError(qualname(fn) + "() got an unexpected keyword argument '" + name + "'");
            }
            if (fast[slot] != null) {
                throw Errors.typeError(qualname(fn) + "() got multiple values for argument '" + name + "'");
            }
            fast[slot] = value;
        }
        if (posonlyAsKeyword != null) {
            throw Errors.typeError(qualname(fn) + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKeyword) + "'");
        }
        if (npos > argcount && !hasVarargs) {
            throw tooManyPositional(fn, npos, fast);
        }
        if (npos < argcount) {
            PyObject[] defaults = fn.defaults == null ? new PyObject[0] : fn.defaults;
            int firstDefault = argcount - defaults.length;
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int i = npos; i < argcount; i++) {
                if (fast[i] == null) {
                    if (i >= firstDefault) {
                        fast[i] = defaults[i - firstDefault];
                    } else {
                        missing.add(co.varnames[i]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArguments(fn, missing, "positional");
            }
        }
        if (co.kwonlyargcount > 0) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int i = argcount; i < total; i++) {
                if (fast[i] == null) {
                    PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(co.varnames[i]);
                    if (d != null) {
                        fast[i] = d;
                    } else {
                        missing.add(co.varnames[i]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArguments(fn, missing, "keyword-only");
            }
        }
    }

    static String qualname(PyFunction fn) {
        return fn.qualname instanceof PyStr s ? s.value : fn.code.qualname;
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, PyObject[] fast) {
        PyCode co = fn.code;
        int defcount = fn.defaults == null ? 0 : fn.defaults.length;
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (fast[i] != null) {
                kwonlyGiven++;
            }
        }
        String sig;
        if (defcount > 0) {
            sig = "from " + (co.argcount - defcount) + " to " + co.argcount;
        } else {
            sig = String.valueOf(co.argcount);
        }
        boolean plural = !(defcount == 0 && co.argcount == 1);
        String kwonly = "";
        if (kwonlyGiven > 0) {
            kwonly = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return Errors.typeError(qualname(fn) + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + (kwonly.isEmpty() ? (given == 1 ? " was" : " were") : kwonly + " were") + " given");
    }

    private static RuntimeException missingArguments(PyFunction fn, java.util.List<String> names, String kind) {
        StringBuilder b = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            b.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(qualname(fn) + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + b);
    }
}
