package org.matcha.vm;

import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyBool;
import org.matcha.objects.PyByteArray;
import org.matcha.objects.PyBytes;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyFloat;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyRange;
import org.matcha.objects.PySet;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyTuple;
import org.matcha.objects.PyType;
import org.matcha.objects.PyMappingProxy;
import org.matcha.objects.PyMemoryView;

/** Runtime support for match statements. CPython: Python/ceval.c match_class, match_keys. */
final class Patterns {
    private Patterns() {}

    /** Registered sequences: list, tuple, range, memoryview, collections.deque, and subclasses/registrations. */
    static boolean isSequence(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray) {
            return false;
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof PyMemoryView) {
            return true;
        }
        return flag(o, "__matcha_sequence__");
    }

    static boolean isMapping(PyObject o) {
        if (o instanceof PyDict || o instanceof PyMappingProxy) {
            return true;
        }
        return flag(o, "__matcha_mapping__");
    }

    private static boolean flag(PyObject o, String name) {
        PyObject v = o.type().lookup(name);
        return v != null && Abstract.isTrue(v);
    }

    /** The values for keys, or None when one is missing. */
    static PyObject matchKeys(PyObject subject, PyTuple keys) {
        PyObject[] out = new PyObject[keys.items.length];
        if (subject instanceof PyDict d && d.type() == PyDict.TYPE) {
            for (int i = 0; i < out.length; i++) {
                PyObject v = d.getItem(keys.items[i]);
                if (v == null) {
                    return PyNone.NONE;
                }
                out[i] = v;
            }
            return PyTuple.of(out);
        }
        PyObject get = Abstract.getAttr(subject, "get");
        PyObject dummy = new PyList();
        for (int i = 0; i < out.length; i++) {
            PyObject v = Abstract.call(get, keys.items[i], dummy);
            if (v == dummy) {
                return PyNone.NONE;
            }
            out[i] = v;
        }
        return PyTuple.of(out);
    }

    private static boolean matchesSelf(PyType t) {
        return t == PyBool.TYPE || t == PyByteArray.TYPE || t == PyBytes.TYPE || t == PyDict.TYPE
                || t == PyFloat.TYPE || t == PySet.FROZEN_TYPE || t == PyInt.TYPE || t == PyList.TYPE
                || t == PySet.TYPE || t == PyStr.TYPE || t == PyTuple.TYPE;
    }

    /** A tuple of the matched attributes, or None. CPython: match_class. */
    static PyObject matchClass(PyObject subject, PyObject cls, int nargs, PyTuple kwNames) {
        if (!(cls instanceof PyType type)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!org.matcha.builtins.BuiltinsModule.isinstance(subject, type)) {
            return PyNone.NONE;
        }
        PyObject[] out = new PyObject[nargs + kwNames.items.length];
        java.util.List<String> seen = new java.util.ArrayList<>();
        if (nargs > 0) {
            PyObject matchArgs = type.lookup("__match_args__");
            boolean selfMatch = false;
            PyObject[] names;
            if (matchArgs == null) {
                selfMatch = isSelfMatching(type);
                names = new PyObject[0];
            } else {
                if (!(matchArgs instanceof PyTuple ma)) {
                    throw Errors.typeError(type.name + ".__match_args__ must be a tuple (got " + matchArgs.type().name
                            + ")");
                }
                names = ma.items;
            }
            if (selfMatch) {
                if (nargs > 1) {
                    throw Errors.typeError(type.name + "() accepts 1 positional sub-pattern (" + nargs + " given)");
                }
                out[0] = subject;
            } else {
                if (nargs > names.length) {
                    throw Errors.typeError(type.name + "() accepts " + names.length + " positional sub-pattern"
                            + (names.length == 1 ? "" : "s") + " (" + nargs + " given)");
                }
                for (int i = 0; i < nargs; i++) {
                    if (!(names[i] instanceof PyStr n)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + names[i].type().name
                                + ")");
                    }
                    if (seen.contains(n.value)) {
                        throw Errors.typeError(type.name + "() got multiple sub-patterns for attribute '" + n.value + "'");
                    }
                    seen.add(n.value);
                    PyObject v = Abstract.lookupAttrOrNull(subject, n.value);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    out[i] = v;
                }
            }
        }
        for (int i = 0; i < kwNames.items.length; i++) {
            String n = ((PyStr) kwNames.items[i]).value;
            if (seen.contains(n)) {
                throw Errors.typeError(type.name + "() got multiple sub-patterns for attribute '" + n + "'");
            }
            seen.add(n);
            PyObject v = Abstract.lookupAttrOrNull(subject, n);
            if (v == null) {
                return PyNone.NONE;
            }
            out[nargs + i] = v;
        }
        return PyTuple.of(out);
    }

    private static boolean isSelfMatching(PyType t) {
        for (PyType m : t.mro) {
            if (matchesSelf(m)) {
                return true;
            }
        }
        return false;
    }

}
