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
        // CPython: OSError_written_get/set; absent (AttributeError) unless BlockingIOError's third
        // argument or an assignment set it
        ExceptionTypes.OSError.addGetSet("characters_written", o -> {
            PyObject v = exc(o).getAttr("characters_written");
            if (v == null) {
                throw Errors.attributeError("characters_written");
            }
            return v;
        }, (o, v) -> {
            if (v == null) {
                if (exc(o).dict().removeItem("characters_written") == null) {
                    throw Errors.attributeError("characters_written");
                }
                return;
            }
            exc(o).setAttr("characters_written", Abstract.index(v));
        });
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
            if (cls == ExceptionTypes.OSError && args.length >= 2 && args.length <= 5 && args[0] instanceof PyInt errno
                    && errno.big == null) {
                PyType sub = subclassFor(errno.value);
                if (sub != null) {
                    actual = sub;
                }
            }
            PyBaseException e = (PyBaseException) actual.factory.apply(actual);
            if (useInit(actual)) {
                e.args = PyTuple.of(args);
            } else {
                parseArgs(e, args);
            }
            return e;
        }

        /**
         * A subclass that overrides __init__ but not __new__ has its arguments parsed by OSError.__init__
         * (which it calls through super()); otherwise __new__ parses them and __init__ does nothing.
         * CPython: oserror_use_init.
         */
        private static boolean useInit(PyType t) {
            PyType os = ExceptionTypes.OSError;
            return t.lookup("__init__") != os.dict().getItem("__init__")
                    && t.lookup("__new__") == os.dict().getItem("__new__");
        }

        /** CPython: oserror_parse_args and oserror_init; filename (and filename2) are kept out of args. */
        private static void parseArgs(PyBaseException e, PyObject[] args) {
            e.args = PyTuple.of(args);
            if (args.length >= 2 && args.length <= 5) {
                e.setAttr("errno", args[0]);
                e.setAttr("strerror", args[1]);
                // BlockingIOError's third argument is characters_written, not a filename
                boolean written = args.length >= 3 && e.type().isSubtype(ExceptionTypes.BlockingIOError)
                        && isNumber(args[2]);
                if (written) {
                    e.setAttr("characters_written", Abstract.index(args[2]));
                } else if (args.length >= 3 && args[2] != PyNone.NONE) {
                    e.setAttr("filename", args[2]);
                    if (args.length == 5 && args[4] != PyNone.NONE) {
                        e.setAttr("filename2", args[4]);
                    }
                    e.args = PyTuple.of(args[0], args[1]);
                }
            }
        }

        /** CPython: PyNumber_Check. */
        private static boolean isNumber(PyObject o) {
            PyType t = o.type();
            return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
                    || o instanceof PyComplex;
        }

        /** CPython: OSError_init. */
        @PyMethod(sig = "(*args, **kwargs)")
        public static void __init__(PyBaseException self, PyObject[] args, PyDict kwargs) {
            if (!useInit(self.type())) {
                return;
            }
            if (kwargs != null && kwargs.size() > 0) {
                throw Errors.typeError(self.type().name + "() takes no keyword arguments");
            }
            parseArgs(self, args);
        }

        @PyMethod
        public static PyObject __str__(PyBaseException self) {
            // CPython: OSError_str, from the fields oserror_init set (or that were assigned since)
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
            PyObject errno = self.getAttr("errno");
            PyObject strerror = self.getAttr("strerror");
            if (errno != null && strerror != null) {
                return PyStr.of("[Errno " + Abstract.strString(errno) + "] " + Abstract.strString(strerror));
            }
            return self.__str__();
        }
    }

    /** SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)). CPython: SyntaxError_str. */
    @PyClass(name = "SyntaxError")
    public static final class SyntaxErrorMethods {
        public static final PyType TYPE = ExceptionTypes.SyntaxError;

        private SyntaxErrorMethods() {}

        /** CPython: SyntaxError_init; the details are a sequence parsed as "OOOO|OO". */
        @PyMethod(sig = "(*args, **kwargs)")
        public static void __init__(PyBaseException self, PyObject[] args, PyDict kwargs) {
            if (kwargs != null && kwargs.size() > 0) {
                throw Errors.typeError(self.type().name + "() takes no keyword arguments");
            }
            self.args = PyTuple.of(args);
            if (args.length >= 1) {
                self.setAttr("msg", args[0]);
            }
            if (args.length == 2) {
                PyObject[] info = Abstract.toArray(args[1]);
                if (info.length < 4) {
                    throw Errors.typeError("function takes at least 4 arguments (" + info.length + " given)");
                }
                if (info.length > 6) {
                    throw Errors.typeError("function takes at most 6 arguments (" + info.length + " given)");
                }
                if (info.length == 5) {
                    throw Errors.typeError("end_offset must be provided when end_lineno is provided");
                }
                String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
                for (int i = 0; i < names.length; i++) {
                    self.setAttr(names[i], i < info.length ? info[i] : PyNone.NONE);
                }
            }
        }

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

    @PyClass(name = "UnicodeDecodeError")
    public static final class UnicodeDecodeErrorMethods {
        public static final PyType TYPE = ExceptionTypes.UnicodeDecodeError;

        private UnicodeDecodeErrorMethods() {}

        /** CPython: UnicodeDecodeError_init; a bytes-like object is kept as a bytes copy. */
        @PyMethod(sig = "(*args, **kwargs)")
        public static void __init__(PyBaseException self, PyObject[] args, PyDict kwargs) {
            self.args = PyTuple.of(args);
            if (args.length == 5 && !(args[1] instanceof PyBytes)) {
                self.setAttr("object", new PyBytes(PyBytes.asBytes(args[1])));
            }
        }
    }

    @PyClass(name = "UnicodeTranslateError")
    public static final class UnicodeTranslateErrorMethods {
        public static final PyType TYPE = ExceptionTypes.UnicodeTranslateError;

        private UnicodeTranslateErrorMethods() {}

        /** CPython: UnicodeTranslateError_init (object, start, end, reason); there is no encoding. */
        @PyMethod(sig = "(*args, **kwargs)")
        public static void __init__(PyBaseException self, PyObject[] args, PyDict kwargs) {
            self.args = PyTuple.of(args);
            if (args.length == 4) {
                self.setAttr("encoding", PyNone.NONE);
                self.setAttr("object", args[0]);
                self.setAttr("start", args[1]);
                self.setAttr("end", args[2]);
                self.setAttr("reason", args[3]);
            }
        }

        /** CPython: UnicodeTranslateError_str. */
        @PyMethod
        public static PyObject __str__(PyBaseException self) {
            if (self.args.items.length != 4) {
                return self.__str__();
            }
            long start = Abstract.index(Abstract.getAttr(self, "start")).longValue();
            long end = Abstract.index(Abstract.getAttr(self, "end")).longValue();
            String reason = Abstract.strString(Abstract.getAttr(self, "reason"));
            PyStr obj = (PyStr) Abstract.getAttr(self, "object");
            if (end == start + 1 && start < obj.length()) {
                return PyStr.of("can't translate character '" + charEscape(obj.codePointAt((int) start))
                        + "' in position " + start + ": " + reason);
            }
            return PyStr.of("can't translate characters in position " + start + "-" + (end - 1) + ": " + reason);
        }
    }

    /** '\\xNN', '\\uNNNN' or '\\UNNNNNNNN' as the Unicode errors show one character. */
    static String charEscape(int c) {
        String hex = Integer.toHexString(c);
        return c < 0x100 ? "\\x" + "0".repeat(2 - hex.length()) + hex
                : c < 0x10000 ? "\\u" + "0".repeat(4 - hex.length()) + hex : "\\U" + "0".repeat(8 - hex.length()) + hex;
    }

    /** The Unicode errors' messages. CPython: UnicodeDecodeError_str, UnicodeEncodeError_str. */
    @PyClass(name = "UnicodeError")
    public static final class UnicodeErrorMethods {
        public static final PyType TYPE = ExceptionTypes.UnicodeError;

        private UnicodeErrorMethods() {}

        /** The fields as set by the constructor or assigned since (str() shows the current ones). */
        @PyMethod
        public static PyObject __str__(PyBaseException self) {
            if (self.args.items.length != 5) {
                return self.__str__();
            }
            String enc = Abstract.strString(Abstract.getAttr(self, "encoding"));
            long start = Abstract.index(Abstract.getAttr(self, "start")).longValue();
            long end = Abstract.index(Abstract.getAttr(self, "end")).longValue();
            String reason = Abstract.strString(Abstract.getAttr(self, "reason"));
            PyObject object = Abstract.getAttr(self, "object");
            if (self.type().isSubtype(ExceptionTypes.UnicodeDecodeError)) {
                byte[] obj = PyBytes.asBytes(object);
                if (end == start + 1 && start < obj.length) {
                    String hex = Integer.toHexString(obj[(int) start] & 0xff);
                    return PyStr.of("'" + enc + "' codec can't decode byte 0x" + (hex.length() < 2 ? "0" : "") + hex
                            + " in position " + start + ": " + reason);
                }
                return PyStr.of("'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": "
                        + reason);
            }
            PyStr obj = (PyStr) object;
            if (end == start + 1 && start < obj.length()) {
                int c = obj.codePointAt((int) start);
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
