package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.BufferExporter;
import org.matcha.objects.Errors;
import org.matcha.objects.PyStr;
import org.matcha.objects.PyObject;

/**
 * The _operator module. Lib/operator.py defines every operator function in Python and takes what
 * _operator offers with {@code from _operator import *}: {@code _compare_digest} (hmac.compare_digest),
 * which Lib has no Python version of, and {@code index}, whose Python version raises AttributeError
 * where CPython raises TypeError. CPython: Modules/_operator.c.
 */
@PyModuleDef(name = "_operator")
public final class OperatorModule {
    private OperatorModule() {}

    public static void init(org.matcha.objects.PyModule m) {
        // operator.py takes its __doc__ from here
        m.add("__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented in C"
                + " corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis"
                + " equivalent to the expression x+y.  The function names are those\nused for special methods;"
                + " variants without leading and trailing\n'__' are also provided for convenience."));
    }

    /** operator.index(a): a TypeError (not AttributeError) for a non-integer. CPython: _operator_index. */
    @PyMethod(sig = "(a, /)")
    public static PyObject index(PyObject a) {
        return Abstract.index(a);
    }

    /** Compares in time that depends on the length of b only. CPython: _operator__compare_digest_impl. */
    @PyMethod(sig = "(a, b, /)")
    public static boolean _compare_digest(PyObject a, PyObject b) {
        byte[] left;
        byte[] right;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            left = asciiBytes(sa);
            right = asciiBytes(sb);
        } else if (a instanceof BufferExporter ba && b instanceof BufferExporter bb) {
            left = ba.bufferCopy();
            right = bb.bufferCopy();
        } else if (!(a instanceof BufferExporter) && !(b instanceof BufferExporter)) {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '"
                    + a.type().name + "' and '" + b.type().name + "'");
        } else {
            PyObject bad = a instanceof BufferExporter ? b : a;
            throw Errors.typeError("a bytes-like object is required, not '" + bad.type().name + "'");
        }
        // CPython: _tscmp — always walk all of b
        int result = left.length == right.length ? 0 : 1;
        byte[] against = left.length == right.length ? left : right;
        for (int i = 0; i < right.length; i++) {
            result |= against[i] ^ right[i];
        }
        return result == 0;
    }

    private static byte[] asciiBytes(PyStr s) {
        String v = s.value;
        byte[] out = new byte[v.length()];
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c > 127) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            out[i] = (byte) c;
        }
        return out;
    }
}
