package org.matcha.objects;

/**
 * The builtin exception hierarchy as rows of data: each class is a name and a base.
 * CPython: Objects/exceptions.c and Lib/test/exception_hierarchy.txt.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    /** A builtin exception class with CPython's docstring (Objects/exceptions.c); null doc: None. */
    private static PyType make(String name, PyType base, String doc) {
        PyType t = PyType.builtin(name, base);
        if (doc != null) {
            t.setBuiltinDoc(doc);
        }
        t.hasInstanceDict = true;
        t.sharesBaseLayout = !WITH_OWN_FIELDS.contains(name);
        ALL.add(t);
        return t;
    }

    /**
     * The exceptions whose C struct adds fields to their base's, so that for example
     * class E(OSError, ValueError) is allowed and class E(OSError, ImportError) is a lay-out conflict.
     * CPython: Objects/exceptions.c (ComplexExtendsException with its own struct).
     */
    private static final java.util.Set<String> WITH_OWN_FIELDS = java.util.Set.of("SystemExit", "BaseExceptionGroup",
            "AttributeError", "ImportError", "NameError", "StopIteration", "SyntaxError", "UnicodeError",
            "OSError");

    /**
     * An exception class defined by a native module, such as "locale.Error" (module "locale").
     * CPython: PyErr_NewException.
     */
    public static PyType newModuleException(String dottedName, PyType base) {
        PyType t = PyType.builtin(dottedName, base);
        t.hasInstanceDict = true;
        t.weakrefable = base.weakrefable;
        t.sharesBaseLayout = true;
        return t;
    }

    public static final java.util.List<PyType> ALL = new java.util.ArrayList<>();

    public static final PyType BaseException = PyBaseException.TYPE;
    public static final PyType SystemExit = make("SystemExit", BaseException,
            "Request to exit from the interpreter.");
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException,
            "Program interrupted by user.");
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException, "Request that a generator exit.");
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException,
            "A combination of multiple unrelated exceptions.");
    public static final PyType Exception = make("Exception", BaseException,
            "Common base class for all non-exit exceptions.");
    public static final PyType ArithmeticError = make("ArithmeticError", Exception,
            "Base class for arithmetic errors.");
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError,
            "Floating point operation failed.");
    public static final PyType OverflowError = make("OverflowError", ArithmeticError,
            "Result too large to be represented.");
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError,
            "Second argument to a division or modulo operation was zero.");
    public static final PyType AssertionError = make("AssertionError", Exception, "Assertion failed.");
    public static final PyType AttributeError = make("AttributeError", Exception, "Attribute not found.");
    public static final PyType BufferError = make("BufferError", Exception, "Buffer error.");
    public static final PyType EOFError = make("EOFError", Exception, "Read beyond end of file.");
    public static final PyType ExceptionGroup = makeExceptionGroup();
    public static final PyType ImportError = make("ImportError", Exception,
            "Import can't find module, or can't find name in module.");
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError, "Module not found.");
    public static final PyType LookupError = make("LookupError", Exception, "Base class for lookup errors.");
    public static final PyType IndexError = make("IndexError", LookupError, "Sequence index out of range.");
    public static final PyType KeyError = make("KeyError", LookupError, "Mapping key not found.");
    public static final PyType MemoryError = make("MemoryError", Exception, "Out of memory.");
    public static final PyType NameError = make("NameError", Exception, "Name not found globally.");
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError,
            "Local name referenced but not bound to a value.");
    public static final PyType OSError = make("OSError", Exception, "Base class for I/O related errors.");
    public static final PyType BlockingIOError = make("BlockingIOError", OSError, "I/O operation would block.");
    public static final PyType ChildProcessError = make("ChildProcessError", OSError, "Child process error.");
    public static final PyType ConnectionError = make("ConnectionError", OSError, "Connection error.");
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError, "Broken pipe.");
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError,
            "Connection aborted.");
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError,
            "Connection refused.");
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError,
            "Connection reset.");
    public static final PyType FileExistsError = make("FileExistsError", OSError, "File already exists.");
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError, "File not found.");
    public static final PyType InterruptedError = make("InterruptedError", OSError, "Interrupted by signal.");
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError,
            "Operation doesn't work on directories.");
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError,
            "Operation only works on directories.");
    public static final PyType PermissionError = make("PermissionError", OSError, "Not enough permissions.");
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError, "Process not found.");
    public static final PyType TimeoutError = make("TimeoutError", OSError, "Timeout expired.");
    public static final PyType ReferenceError = make("ReferenceError", Exception,
            "Weak ref proxy used after referent went away.");
    public static final PyType RuntimeError = make("RuntimeError", Exception, "Unspecified run-time error.");
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError,
            "Method or function hasn't been implemented yet.");
    public static final PyType RecursionError = make("RecursionError", RuntimeError, "Recursion limit exceeded.");
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception,
            "Signal the end from iterator.__anext__().");
    public static final PyType StopIteration = make("StopIteration", Exception,
            "Signal the end from iterator.__next__().");
    public static final PyType SyntaxError = make("SyntaxError", Exception, "Invalid syntax.");
    public static final PyType IndentationError = make("IndentationError", SyntaxError, "Improper indentation.");
    public static final PyType TabError = make("TabError", IndentationError, "Improper mixture of spaces and tabs.");
    public static final PyType SystemError = make("SystemError", Exception,
            "Internal error in the Python interpreter.\n"
            + "\n"
            + "Please report this to the Python maintainer, along with the traceback,\n"
            + "the Python version, and the hardware/OS platform and version.");
    public static final PyType TypeError = make("TypeError", Exception, "Inappropriate argument type.");
    public static final PyType ValueError = make("ValueError", Exception,
            "Inappropriate argument value (of correct type).");
    public static final PyType UnicodeError = make("UnicodeError", ValueError, "Unicode related error.");
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError,
            "Unicode decoding error.");
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError,
            "Unicode encoding error.");
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError,
            "Unicode translation error.");
    public static final PyType Warning = make("Warning", Exception, "Base class for warning categories.");
    public static final PyType BytesWarning = make("BytesWarning", Warning,
            "Base class for warnings about bytes and buffer related problems, mostly\n"
            + "related to conversion from str or comparing to str.");
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning,
            "Base class for warnings about deprecated features.");
    public static final PyType EncodingWarning = make("EncodingWarning", Warning,
            "Base class for warnings about encodings.");
    public static final PyType FutureWarning = make("FutureWarning", Warning,
            "Base class for warnings about constructs that will change semantically\n"
            + "in the future.");
    public static final PyType ImportWarning = make("ImportWarning", Warning,
            "Base class for warnings about probable mistakes in module imports");
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning,
            "Base class for warnings about features which will be deprecated\n"
            + "in the future.");
    public static final PyType ResourceWarning = make("ResourceWarning", Warning,
            "Base class for warnings about resource usage.");
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning,
            "Base class for warnings about dubious runtime behavior.");
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning,
            "Base class for warnings about dubious syntax.");
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning,
            "Base class for warnings about Unicode related problems, mostly\n"
            + "related to conversion problems.");
    public static final PyType UserWarning = make("UserWarning", Warning,
            "Base class for warnings generated by user code.");

    /** ExceptionGroup derives from both BaseExceptionGroup and Exception. */
    private static PyType makeExceptionGroup() {
        PyType t = make("ExceptionGroup", BaseExceptionGroup, null);
        t.bases = new PyType[] {BaseExceptionGroup, Exception};
        t.mro = new PyType[] {t, BaseExceptionGroup, Exception, BaseException, PyType.OBJECT};
        Exception.subclasses.add(t);
        return t;
    }

    /** Builtin aliases: EnvironmentError and IOError are OSError. */
    public static final String[] OS_ERROR_ALIASES = {"EnvironmentError", "IOError"};
}
