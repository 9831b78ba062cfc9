package org.matcha.objects;

import java.util.ArrayList;
import java.util.List;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** BaseExceptionGroup and ExceptionGroup (PEP 654). CPython: Objects/exceptions.c BaseExceptionGroup_*. */
@PyClass(name = "BaseExceptionGroup")
public final class ExceptionGroupMethods {
    public static final PyType TYPE = ExceptionTypes.BaseExceptionGroup;

    private ExceptionGroupMethods() {}

    static void install() {
        TYPE.addGetter("message", o -> ((PyBaseException) o).getAttr("message"));
        TYPE.addGetter("exceptions", o -> ((PyBaseException) o).getAttr("exceptions"));
    }

    static PyObject[] exceptions(PyBaseException eg) {
        return ((PyTuple) eg.getAttr("exceptions")).items;
    }

    public static boolean isGroup(PyObject o) {
        return o instanceof PyBaseException e && e.type().isSubtype(ExceptionTypes.BaseExceptionGroup);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw Errors.typeError("argument 1 must be str, not " + args[0].type().name);
        }
        PyObject seq = args[1];
        if (seq.type().lookup("__getitem__") == null || seq instanceof PyStr || seq instanceof PySet
                || seq instanceof PyDict) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Abstract.toArray(seq);
        if (excs.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.type().isSubtype(ExceptionTypes.Exception);
        }
        PyType actual = cls;
        if (cls == ExceptionTypes.BaseExceptionGroup) {
            if (allExceptions) {
                actual = ExceptionTypes.ExceptionGroup;
            }
        } else if (cls == ExceptionTypes.ExceptionGroup) {
            if (!allExceptions) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (!allExceptions && cls.isSubtype(ExceptionTypes.Exception)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        PyBaseException eg = (PyBaseException) actual.factory.apply(actual);
        eg.args = PyTuple.of(args[0], seq);
        eg.setAttr("message", args[0]);
        eg.setAttr("exceptions", PyTuple.of(excs));
        return eg;
    }

    @PyMethod(sig = "(*args, **kwargs)")
    public static void __init__(PyBaseException self, PyObject[] args, PyDict kwargs) {
    }

    @PyMethod
    public static PyObject __str__(PyBaseException self) {
        int n = exceptions(self).length;
        return PyStr.of(Abstract.strString(self.getAttr("message")) + " (" + n + " sub-exception" + (n == 1 ? "" : "s")
                + ")");
    }

    @PyMethod
    public static PyObject __repr__(PyBaseException self) {
        return PyStr.of(self.type().name + "(" + Abstract.reprString(self.getAttr("message")) + ", "
                + Abstract.reprString(self.args.items[1]) + ")");
    }

    @PyMethod
    public static PyObject derive(PyBaseException self, PyObject excs) {
        return Abstract.call(ExceptionTypes.BaseExceptionGroup, self.getAttr("message"), excs);
    }

    private static boolean matches(PyObject cond, PyBaseException e) {
        if (cond instanceof PyType t) {
            return e.type().isSubtype(t);
        }
        if (cond instanceof PyTuple tu) {
            for (PyObject x : tu.items) {
                if (x instanceof PyType t && e.type().isSubtype(t)) {
                    return true;
                }
            }
            return false;
        }
        return Abstract.isTrue(Abstract.call(cond, e));
    }

    private static void checkCondition(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtype(PyBaseException.TYPE)) {
            return;
        }
        if (cond instanceof PyTuple tu) {
            for (PyObject x : tu.items) {
                if (!(x instanceof PyType t && t.isSubtype(PyBaseException.TYPE))) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return;
        }
        if (!Abstract.isCallable(cond)) {
            throw Errors.typeError("expected a function, exception type or tuple of exception types");
        }
    }

    /** {match, rest}, either may be null. CPython: exceptiongroup_split_recursive. */
    static PyBaseException[] split(PyBaseException eg, PyObject cond, boolean wantRest) {
        if (matches(cond, eg)) {
            return new PyBaseException[] {eg, null};
        }
        if (!isGroup(eg)) {
            return new PyBaseException[] {null, wantRest ? eg : null};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject x : exceptions(eg)) {
            PyBaseException[] r = split((PyBaseException) x, cond, wantRest);
            if (r[0] != null) {
                match.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        return new PyBaseException[] {derived(eg, match), wantRest ? derived(eg, rest) : null};
    }

    private static PyBaseException derived(PyBaseException eg, List<PyObject> items) {
        if (items.isEmpty()) {
            return null;
        }
        PyObject d = Abstract.callMethodRaw(eg.type().lookup("derive"), eg, PyList.of(items.toArray(new PyObject[0])));
        if (!(d instanceof PyBaseException de) || !isGroup(de)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        de.traceback = eg.traceback;
        de.cause = eg.cause;
        de.context = eg.context;
        PyObject notes = eg.getAttr("__notes__");
        if (notes != null) {
            de.setAttr("__notes__", notes);
        }
        return de;
    }

    @PyMethod
    public static PyObject split(PyBaseException self, PyObject cond) {
        checkCondition(cond);
        PyBaseException[] r = split(self, cond, true);
        return PyTuple.of(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
    }

    @PyMethod
    public static PyObject subgroup(PyBaseException self, PyObject cond) {
        checkCondition(cond);
        PyBaseException[] r = split(self, cond, false);
        return r[0] == null ? PyNone.NONE : r[0];
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    // ---- except* support for the VM ----

    /** CHECK_EG_MATCH: {match, rest} or null when nothing matches. CPython: exception_group_match. */
    public static PyObject[] matchForExceptStar(PyObject exc, PyObject type) {
        if (exc == PyNone.NONE) {
            return null; // an earlier except* clause took everything
        }
        if (type instanceof PyType t && t.isSubtype(ExceptionTypes.BaseExceptionGroup)
                || type instanceof PyTuple tu && java.util.Arrays.stream(tu.items).anyMatch(
                        x -> x instanceof PyType t2 && t2.isSubtype(ExceptionTypes.BaseExceptionGroup))) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        PyBaseException e = (PyBaseException) exc;
        if (!isGroup(e)) {
            if (matches(type, e)) {
                PyBaseException wrapped = (PyBaseException) Abstract.call(ExceptionTypes.BaseExceptionGroup,
                        PyStr.EMPTY, PyTuple.of(e));
                wrapped.traceback = e.traceback;
                return new PyObject[] {wrapped, PyNone.NONE};
            }
            return null;
        }
        PyBaseException[] r = split(e, type, true);
        if (r[0] == null) {
            return null;
        }
        return new PyObject[] {r[0], r[1] == null ? PyNone.NONE : r[1]};
    }

    private static void leaves(PyBaseException e, List<PyObject> out) {
        if (isGroup(e)) {
            for (PyObject x : exceptions(e)) {
                leaves((PyBaseException) x, out);
            }
        } else {
            out.add(e);
        }
    }

    private static boolean containsIdentity(List<PyObject> list, PyObject o) {
        for (PyObject x : list) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    /** PREP_RERAISE_STAR: what to raise after the except* clauses. CPython: _PyExc_PrepReraiseStar. */
    public static PyObject prepReraiseStar(PyObject orig, PyList list) {
        List<PyObject> excs = new ArrayList<>();
        for (int i = 0; i < list.size; i++) {
            if (list.items[i] != PyNone.NONE) {
                excs.add(list.items[i]);
            }
        }
        if (excs.isEmpty()) {
            return PyNone.NONE;
        }
        if (!isGroup(orig)) {
            return excs.get(0);
        }
        List<PyObject> origLeaves = new ArrayList<>();
        leaves((PyBaseException) orig, origLeaves);
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraisedLeaves = new ArrayList<>();
        for (PyObject x : excs) {
            List<PyObject> l = new ArrayList<>();
            leaves((PyBaseException) x, l);
            boolean all = true;
            for (PyObject leaf : l) {
                all &= containsIdentity(origLeaves, leaf);
            }
            if (all) {
                reraisedLeaves.addAll(l);
            } else {
                raised.add(x);
            }
        }
        PyBaseException keep = null;
        if (!reraisedLeaves.isEmpty()) {
            keep = splitByIdentity((PyBaseException) orig, reraisedLeaves);
        }
        if (raised.isEmpty()) {
            return keep == null ? PyNone.NONE : keep;
        }
        if (keep != null) {
            raised.add(keep);
        }
        if (raised.size() == 1 && keep == null && !isGroup(raised.get(0))) {
            return raised.get(0);
        }
        return Abstract.call(ExceptionTypes.BaseExceptionGroup, PyStr.EMPTY, PyList.of(raised.toArray(new PyObject[0])));
    }

    private static PyBaseException splitByIdentity(PyBaseException eg, List<PyObject> keepLeaves) {
        if (!isGroup(eg)) {
            return containsIdentity(keepLeaves, eg) ? eg : null;
        }
        List<PyObject> kept = new ArrayList<>();
        for (PyObject x : exceptions(eg)) {
            PyBaseException r = splitByIdentity((PyBaseException) x, keepLeaves);
            if (r != null) {
                kept.add(r);
            }
        }
        return derived(eg, kept);
    }
}
