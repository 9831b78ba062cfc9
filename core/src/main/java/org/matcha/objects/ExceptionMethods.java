package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * What particular exception classes add to BaseException: StopIteration.value, KeyError's str,
 * SystemExit.code, ImportError/NameError/AttributeError attributes, OSError's errno fields,
 * SyntaxError's location, the Unicode errors' messages and ExceptionGroup.
 * CPython: Objects/exceptions.c.
 */
public final class ExceptionMethods {
    private ExceptionMethods() {}

    private static PyBaseException exc(PyObject o) {
        return (PyBaseException) o;
    }

    private static PyObject attrOrNone(PyObject o, String name) {
        PyObject v = exc(o).getAttr(name);
        return v == null ? PyNone.NONE : v;
    }

    /** Getters and setters that need Java code. */
    public static void install() {
        PyType base = PyBaseException.TYPE;
        base.addGetSet("args", o -> exc(o).args, (o, v) -> exc(o).args = PyTuple.of(Abstract.toArray(v)));
        base.addGetSet("__cause__", o -> exc(o).cause, (o, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception cause must be None or derive from BaseException");
            }
            exc(o).cause = v;
            exc(o).suppressContext = true;
        });
        base.addGetSet("__context__", o -> exc(o).context, (o, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception context must be None or derive from BaseException");
            }
            exc(o).context = v;
        });
        base.addGetSet("__suppress_context__", o -> PyBool.of(exc(o).suppressContext),
                (o, v) -> exc(o).suppressContext = Abstract.isTrue(v));
        base.addGetSet("__traceback__", o -> exc(o).traceback, (o, v) -> exc(o).traceback = v);
        base.addGetSet("__dict__", o -> exc(o).dict(), (o, v) -> {
            throw Errors.typeError("cannot replace __dict__");
        });
        PyType si = ExceptionTypes.StopIteration;
        si.addGetSet("value", o -> {
            PyObject v = exc(o).getAttr("value");
            return v != null ? v : exc(o).firstArgOrNone();
        }, (o, v) -> exc(o).setAttr("value", v));
        ExceptionTypes.SystemExit.addGetSet("code", o -> {
            PyObject v = exc(o).getAttr("code");
            if (v != null) {
                return v;
            }
            PyTuple a = exc(o).args;
            return a.items.length == 0 ? PyNone.NONE : a.items.length == 1 ? a.items[0] : a;
        }, (o, v) -> exc(o).setAttr("code", v));
        for (String n : new String[] {"name", "path", "msg"}) {
            ExceptionTypes.ImportError.addGetSet(n, o -> {
                PyObject v = exc(o).getAttr(n);
                if (v == null && n.equals("msg")) {
                    return exc(o).firstArgOrNone();
                }
                return v == null ? PyNone.NONE : v;
            }, (o, v) -> exc(o).setAttr(n, v));
        }
        ExceptionTypes.NameError.addGetSet("name", o -> attrOrNone(o, "name"), (o, v) -> exc(o).setAttr("name", v));
        ExceptionTypes.AttributeError.addGetSet("name", o -> attrOrNone(o, "name"), (o, v) -> exc(o).setAttr("name", v));
        ExceptionTypes.AttributeError.addGetSet("obj", o -> attrOrNone(o, "obj"), (o, v) -> exc(o).setAttr("obj", v));
        String[] osFields = {"errno", "strerror", "filename", "filename2"};
        for (int i = 0; i < osFields.length; i++) {
            String n = osFields[i];
            int index = i;
            ExceptionTypes.OSError.addGetSet(n, o -> {
                PyObject v = exc(o).getAttr(n);
                if (v != null) {
                    return v;
                }
                PyTuple a = exc(o).args;
                if (a.items.length >= 2 && a.items.length <= 5 && index < 3 && index < a.items.length) {
                    return a.items[index];
                }
                return PyNone.NONE;
            }, (o, v) -> exc(o).setAttr(n, v));
        }
        String[] syntaxFields = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"};
        for (String n : syntaxFields) {
            ExceptionTypes.SyntaxError.addGetSet(n, o -> {
                PyObject v = exc(o).getAttr(n);
                if (v != null) {
                    return v;
                }
                if (n.equals("msg")) {
                    return exc(o).firstArgOrNone();
                }
                PyTuple a = exc(o).args;
                if (a.items.length == 2 && a.items[1] instanceof PyTuple details) {
                    int idx = java.util.Arrays.asList("filename", "lineno", "offset", "text", "end_lineno", "end_offset")
                            .indexOf(n);
                    if (idx >= 0 && idx < details.items.length) {
                        return details.items[idx];
                    }
                }
                return PyNone.NONE;
            }, (o, v) -> exc(o).setAttr(n, v));
        }
        for (String n : new String[] {"encoding", "object", "start", "end", "reason"}) {
            int idx = java.util.Arrays.asList("encoding", "object", "start", "end", "reason").indexOf(n);
            ExceptionTypes.UnicodeError.addGetSet(n, o -> {
                PyObject v = exc(o).getAttr(n);
                if (v != null) {
                    return v;
                }
                PyTuple a = exc(o).args;
                return idx < a.items.length ? a.items[idx] : PyNone.NONE;
            }, (o, v) -> exc(o).setAttr(n, v));
        }
        ExceptionGroupMethods.install();
    }

    /** KeyError: the repr of a single argument. CPython: KeyError_str. */
    @PyClass(name = "KeyError")
    public static final class KeyErrorMethods {
        public static final PyType TYPE = ExceptionTypes.KeyError;

        private KeyErrorMethods() {}

        @PyMethod
        public static PyObject __str__(PyBaseException self) {
            if (self.args.items.length == 1) {
                return Abstract.repr(self.args.items[0]);
            }
            return self.__str__();
        }
    }

    /** ImportError, NameError, AttributeError take keyword arguments. */
    @PyClass(name = "ImportError")
    public static final class ImportErrorMethods {
        public static final PyType TYPE = ExceptionTypes.ImportError;

        private ImportErrorMethods() {}

        @PyMethod(sig = "(*args, name=None, path=None)")
        public static void __init__(PyBaseException self, PyObject[] args, PyObject name, PyObject path) {
            self.args = PyTuple.of(args);
            self.setAttr("name", name);
            self.setAttr("path", path);
            self.setAttr("msg", args.length == 1 ? args[0] : PyNone.NONE);
        }

        @PyMethod
        public static PyObject __str__(PyBaseException self) {
            PyObject msg = self.getAttr("msg");
            if (msg != null && msg != PyNone.NONE) {
                return Abstract.str(msg);
            }
            return self.__str__();
        }
    }

    @PyClass(name = "NameError")
    public static final class NameErrorMethods {
        public static final PyType TYPE = ExceptionTypes.NameError;

        private NameErrorMethods() {}

        @PyMethod(sig = "(*args, name=None)")
        public static void __init__(PyBaseException self, PyObject[] args, PyObject name) {
            self.args = PyTuple.of(args);
            self.setAttr("name", name);
        }
    }

    @PyClass(name = "AttributeError")
    public static final class AttributeErrorMethods {
        public static final PyType TYPE = ExceptionTypes.AttributeError;

        private AttributeErrorMethods() {}

        @PyMethod(sig = "(*args, name=None, obj=None)")
        public static void __init__(PyBaseException self, PyObject[] args, PyObject name, PyObject obj) {
            self.args = PyTuple.of(args);
            self.setAttr("name", name);
            self.setAttr("obj", obj);
        }
    }

    /** OSError(errno, strerror[, filename]) prints as "[Errno 2] No such file: 'x'". CPython: OSError_str. */
    @PyClass(name = "OSError")
    public static final class OSErrorMethods {
        public static final PyType TYPE = ExceptionTypes.OSError;

        private OSErrorMethods() {}

        private static PyType subclassFor(long errno) {
            switch ((int) errno) {
                case 2: return ExceptionTypes.FileNotFoundError;
                case 17: return ExceptionTypes.FileExistsError;
                case 21: return ExceptionTypes.IsADirectoryError;
                case 20: return ExceptionTypes.NotADirectoryError;
                case 1: case 13: return ExceptionTypes.PermissionError;
                case 10: return ExceptionTypes.ChildProcessError;
                case 32: case 108: return ExceptionTypes.BrokenPipeError;
                case 103: return ExceptionTypes.ConnectionAbortedError;
                case 111: return ExceptionTypes.ConnectionRefusedError;
                case 104: return ExceptionTypes.ConnectionResetError;
                case 4: return ExceptionTypes.InterruptedError;
                case 3: return ExceptionTypes.ProcessLookupError;
                case 110: return ExceptionTypes.TimeoutError;
                case 11: case 114: case 115: return ExceptionTypes.BlockingIOError;
                default: return null;
            }
        }

        /** OSError(errno, ...) becomes the subclass for that errno. CPython: OSError_new, errnomap. */
        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
        public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
            PyType actual = cls;
            if (cls == ExceptionTypes.OSError && args.length >= 2 && args[0] instanceof PyInt errno
                    && errno.big == null) {
                PyType sub = subclassFor(errno.value);
                if (sub != null) {
                    actual = sub;
                }
            }
            PyBaseException e = (PyBaseException) actual.factory.apply(actual);
            if (args.length >= 3 && args.length <= 5) {
                // CPython: oserror_parse_args keeps filename (and filename2) out of args
                e.setAttr("filename", args[2]);
                if (args.length == 5) {
                    e.setAttr("filename2", args[4]);
                }
                e.args = PyTuple.of(args[0], args[1]);
                e.setAttr("errno", args[0]);
                e.setAttr("strerror", args[1]);
            } else {
                e.args = PyTuple.of(args);
            }
            return e;
        }

        @PyMethod
        public static PyObject __str__(PyBaseException self) {
            PyObject[] a = self.args.items;
            PyObject filename = self.getAttr("filename");
            PyObject filename2 = self.getAttr("filename2");
            if (filename != null && filename != PyNone.NONE) {
                String head = "[Errno " + Abstract.strString(Abstract.getAttr(self, "errno")) + "] "
                        + Abstract.strString(Abstract.getAttr(self, "strerror")) + ": " + Abstract.reprString(filename);
                if (filename2 != null && filename2 != PyNone.NONE) {
                    head += " -> " + Abstract.reprString(filename2);
                }
                return PyStr.of(head);
            }
            if (a.length >= 3 && a[2] != PyNone.NONE) {
                return PyStr.of("[Errno " + Abstract.strString(a[0]) + "] " + Abstract.strString(a[1]) + ": "
                        + Abstract.reprString(a[2]));
            }
            if (a.length >= 2 && a.length <= 5) {
                return PyStr.of("[Errno " + Abstract.strString(a[0]) + "] " + Abstract.strString(a[1]));
            }
            return self.__str__();
        }
    }

    /** SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)). CPython: SyntaxError_str. */
    @PyClass(name = "SyntaxError")
    public static final class SyntaxErrorMethods {
        public static final PyType TYPE = ExceptionTypes.SyntaxError;

        private SyntaxErrorMethods() {}

        @PyMethod
        public static PyObject __str__(PyBaseException self) {
            PyObject msg = Abstract.getAttr(self, "msg");
            PyObject filename = Abstract.getAttr(self, "filename");
            PyObject lineno = Abstract.getAttr(self, "lineno");
            String m = Abstract.strString(msg);
            String file = filename instanceof PyStr f ? f.value : null;
            if (file != null) {
                int slash = file.lastIndexOf('/');
                file = file.substring(slash + 1);
            }
            boolean haveLine = lineno instanceof PyInt;
            if (file != null && haveLine) {
                return PyStr.of(m + " (" + file + ", line " + Abstract.strString(lineno) + ")");
            }
            if (file != null) {
                return PyStr.of(m + " (" + file + ")");
            }
            if (haveLine) {
                return PyStr.of(m + " (line " + Abstract.strString(lineno) + ")");
            }
            return PyStr.of(m);
        }
    }

    /** The Unicode errors' messages. CPython: UnicodeDecodeError_str, UnicodeEncodeError_str. */
    @PyClass(name = "UnicodeError")
    public static final class UnicodeErrorMethods {
        public static final PyType TYPE = ExceptionTypes.UnicodeError;

        private UnicodeErrorMethods() {}

        @PyMethod
        public static PyObject __str__(PyBaseException self) {
            PyObject[] a = self.args.items;
            if (a.length != 5) {
                return self.__str__();
            }
            String enc = Abstract.strString(a[0]);
            int start = ((PyInt) a[2]).intValue();
            int end = ((PyInt) a[3]).intValue();
            String reason = Abstract.strString(a[4]);
            if (self.type().isSubtype(ExceptionTypes.UnicodeDecodeError)) {
                byte[] obj = PyBytes.asBytes(a[1]);
                if (end == start + 1 && start < obj.length) {
                    String hex = Integer.toHexString(obj[start] & 0xff);
                    return PyStr.of("'" + enc + "' codec can't decode byte 0x" + (hex.length() < 2 ? "0" : "") + hex
                            + " in position " + start + ": " + reason);
                }
                return PyStr.of("'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": "
                        + reason);
            }
            PyStr obj = (PyStr) a[1];
            if (end == start + 1 && start < obj.length()) {
                int c = obj.codePointAt(start);
                String hex = Integer.toHexString(c);
                String esc = c < 0x100 ? "\\x" + "0".repeat(2 - hex.length()) + hex
                        : c < 0x10000 ? "\\u" + "0".repeat(4 - hex.length()) + hex : "\\U" + "0".repeat(8 - hex.length()) + hex;
                return PyStr.of("'" + enc + "' codec can't encode character '" + esc + "' in position " + start + ": "
                        + reason);
            }
            return PyStr.of("'" + enc + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": "
                    + reason);
        }
    }
}
