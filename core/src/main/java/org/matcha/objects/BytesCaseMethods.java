package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * The ASCII classification, case and padding methods shared by bytes and bytearray (bytes by the
 * registry, bytearray by {@link BytesMethods#installOnByteArray}). CPython: Objects/bytes_methods.c,
 * Python/pyctype.c (only ASCII letters, digits and whitespace count).
 */
@PyClass(name = "bytes")
public final class BytesCaseMethods {
    public static final PyType TYPE = PyBytes.TYPE;

    private BytesCaseMethods() {}

    static void installOnByteArray() {
        BytesCaseMethodsExposed.install(PyByteArray.TYPE);
    }

    private interface BytePredicate {
        boolean test(int b);
    }

    /** True when non-empty and every byte passes. CPython: _Py_bytes_isalpha and friends. */
    private static boolean all(PyObject self, BytePredicate p) {
        byte[] d = BytesSupport.data(self);
        if (d.length == 0) {
            return false;
        }
        for (byte b : d) {
            if (!p.test(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    public static boolean isalnum(PyObject self) {
        return all(self, b -> BytesSupport.isAlpha(b) || BytesSupport.isDigit(b));
    }

    @PyMethod
    public static boolean isalpha(PyObject self) {
        return all(self, BytesSupport::isAlpha);
    }

    @PyMethod
    public static boolean isdigit(PyObject self) {
        return all(self, BytesSupport::isDigit);
    }

    @PyMethod
    public static boolean isspace(PyObject self) {
        return all(self, BytesSupport::isSpace);
    }

    @PyMethod
    public static boolean isascii(PyObject self) {
        for (byte b : BytesSupport.data(self)) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** At least one cased byte and none of the other case. CPython: _Py_bytes_islower. */
    private static boolean cased(PyObject self, boolean lower) {
        boolean any = false;
        for (byte x : BytesSupport.data(self)) {
            int b = x & 0xff;
            if (lower ? BytesSupport.isUpper(b) : BytesSupport.isLower(b)) {
                return false;
            }
            if (lower ? BytesSupport.isLower(b) : BytesSupport.isUpper(b)) {
                any = true;
            }
        }
        return any;
    }

    @PyMethod
    public static boolean islower(PyObject self) {
        return cased(self, true);
    }

    @PyMethod
    public static boolean isupper(PyObject self) {
        return cased(self, false);
    }

    /** Uppercase only after uncased bytes, lowercase only after cased. CPython: _Py_bytes_istitle. */
    @PyMethod
    public static boolean istitle(PyObject self) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte x : BytesSupport.data(self)) {
            int b = x & 0xff;
            if (BytesSupport.isUpper(b)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (BytesSupport.isLower(b)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private interface ByteMap {
        int map(int b);
    }

    private static PyObject mapped(PyObject self, ByteMap m) {
        byte[] d = BytesSupport.data(self);
        byte[] out = new byte[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (byte) m.map(d[i] & 0xff);
        }
        return BytesSupport.make(self, out);
    }

    @PyMethod
    public static PyObject lower(PyObject self) {
        return mapped(self, BytesSupport::toLower);
    }

    @PyMethod
    public static PyObject upper(PyObject self) {
        return mapped(self, BytesSupport::toUpper);
    }

    @PyMethod
    public static PyObject swapcase(PyObject self) {
        return mapped(self, b -> BytesSupport.isUpper(b) ? b + 32 : BytesSupport.isLower(b) ? b - 32 : b);
    }

    @PyMethod
    public static PyObject capitalize(PyObject self) {
        byte[] d = BytesSupport.data(self);
        byte[] out = new byte[d.length];
        for (int i = 0; i < d.length; i++) {
            int b = d[i] & 0xff;
            out[i] = (byte) (i == 0 ? BytesSupport.toUpper(b) : BytesSupport.toLower(b));
        }
        return BytesSupport.make(self, out);
    }

    /** CPython: _Py_bytes_title. */
    @PyMethod
    public static PyObject title(PyObject self) {
        byte[] d = BytesSupport.data(self);
        byte[] out = new byte[d.length];
        boolean previousCased = false;
        for (int i = 0; i < d.length; i++) {
            int b = d[i] & 0xff;
            if (BytesSupport.isLower(b)) {
                out[i] = (byte) (previousCased ? b : b - 32);
                previousCased = true;
            } else if (BytesSupport.isUpper(b)) {
                out[i] = (byte) (previousCased ? b + 32 : b);
                previousCased = true;
            } else {
                out[i] = (byte) b;
                previousCased = false;
            }
        }
        return BytesSupport.make(self, out);
    }

    /** The fillchar argument: a bytes or bytearray of length 1. CPython: Argument Clinic's char converter. */
    private static byte fill(PyObject fillchar, String fname) {
        if (fillchar == null) {
            return ' ';
        }
        if ((fillchar instanceof PyBytes || fillchar instanceof PyByteArray) && PyBytes.asBytes(fillchar).length == 1) {
            return PyBytes.asBytes(fillchar)[0];
        }
        throw Errors.typeError(fname + "() argument 2 must be a byte string of length 1, not " + fillchar.type().name);
    }

    /** CPython: stringlib pad. */
    private static PyObject pad(PyObject self, long left, long right, byte fill) {
        byte[] d = BytesSupport.data(self);
        left = Math.max(0, left);
        right = Math.max(0, right);
        byte[] out = new byte[BytesSupport.checkedLength(left + d.length + right)];
        java.util.Arrays.fill(out, fill);
        System.arraycopy(d, 0, out, (int) left, d.length);
        return BytesSupport.make(self, out);
    }

    @PyMethod(sig = "(width, fillchar=NULL, /)")
    public static PyObject ljust(PyObject self, PyObject width, PyObject fillchar) {
        long w = BytesSupport.ssize(width);
        byte f = fill(fillchar, "ljust");
        return pad(self, 0, w - BytesSupport.data(self).length, f);
    }

    @PyMethod(sig = "(width, fillchar=NULL, /)")
    public static PyObject rjust(PyObject self, PyObject width, PyObject fillchar) {
        long w = BytesSupport.ssize(width);
        byte f = fill(fillchar, "rjust");
        return pad(self, w - BytesSupport.data(self).length, 0, f);
    }

    @PyMethod(sig = "(width, fillchar=NULL, /)")
    public static PyObject center(PyObject self, PyObject width, PyObject fillchar) {
        long w = BytesSupport.ssize(width);
        byte f = fill(fillchar, "center");
        long len = BytesSupport.data(self).length;
        if (w <= len) {
            return pad(self, 0, 0, f);
        }
        long marg = w - len;
        long left = marg / 2 + (marg & w & 1);
        return pad(self, left, marg - left, f);
    }

    /** CPython: stringlib_zfill (the sign stays in front). */
    @PyMethod(sig = "(width, /)")
    public static PyObject zfill(PyObject self, PyObject width) {
        long w = BytesSupport.ssize(width);
        byte[] d = BytesSupport.data(self);
        if (w <= d.length) {
            return BytesSupport.make(self, d.clone());
        }
        int fillCount = (int) (w - d.length);
        byte[] out = new byte[BytesSupport.checkedLength(w)];
        java.util.Arrays.fill(out, 0, fillCount, (byte) '0');
        System.arraycopy(d, 0, out, fillCount, d.length);
        if (d.length > 0 && (d[0] == '+' || d[0] == '-')) {
            out[0] = d[0];
            out[fillCount] = '0';
        }
        return BytesSupport.make(self, out);
    }

    /** Tabs to spaces; the column restarts after \n and \r. CPython: stringlib_expandtabs. */
    @PyMethod(sig = "(tabsize=8)")
    public static PyObject expandtabs(PyObject self, PyObject tabsizeObj) {
        int tabsize = Args.toInt(tabsizeObj);
        byte[] d = BytesSupport.data(self);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long col = 0;
        for (byte b : d) {
            if (b == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    if (out.size() + n > (1 << 28)) {
                        throw Errors.memory();
                    }
                    for (long k = 0; k < n; k++) {
                        out.write(' ');
                    }
                    col += n;
                }
            } else {
                out.write(b);
                col++;
                if (b == '\n' || b == '\r') {
                    col = 0;
                }
            }
        }
        return BytesSupport.make(self, out.toByteArray());
    }
}
