package org.matcha.objects;

/** Argument conversions used by the generated builtin wrappers. CPython: Python/getargs.c converters. */
public final class Args {
    private Args() {}

    public static int toInt(PyObject o) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    public static long toLong(PyObject o) {
        if (o instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    public static PyInt toPyInt(PyObject o) {
        return Abstract.index(o);
    }

    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        PyObject f = Abstract.callSpecial(o, "__float__");
        if (f instanceof PyFloat pf) {
            return pf.value;
        }
        if (f == null && Abstract.lookupSpecial(o, "__index__") != null) {
            return Abstract.index(o).doubleValue();
        }
        throw Errors.typeError("must be real number, not " + o.type().name);
    }

    public static String toJavaString(PyObject o, String fname, String pname) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(fname + "() argument '" + pname + "' must be str, not " + o.type().name);
    }

    /** Always throws: self is not an instance of the method's class. */
    public static <T> T badSelf(String method, String owner, PyObject self) {
        throw Errors.typeError("descriptor '" + method + "' for '" + owner + "' objects doesn't apply to a '"
                + self.type().name + "' object");
    }

    /** Always throws: an argument has the wrong type. */
    public static <T> T wrongType(String fname, String pname, String expected, PyObject got) {
        throw Errors.typeError(fname + "() argument '" + pname + "' must be " + expected + ", not " + got.type().name);
    }
}
