package org.matcha.objects;

/**
 * The builtin exception hierarchy as rows of data: each class is a name and a base.
 * CPython: Objects/exceptions.c and Lib/test/exception_hierarchy.txt.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    private static PyType make(String name, PyType base) {
        PyType t = PyType.builtin(name, base);
        t.hasInstanceDict = true;
        t.sameLayoutAsBase = true;
        ALL.add(t);
        return t;
    }

    /**
     * An exception class defined by a native module, such as "locale.Error" (module "locale").
     * CPython: PyErr_NewException.
     */
    public static PyType newModuleException(String dottedName, PyType base) {
        PyType t = PyType.builtin(dottedName, base);
        t.hasInstanceDict = true;
        t.sameLayoutAsBase = true;
        t.weakrefable = base.weakrefable;
        return t;
    }

    public static final java.util.List<PyType> ALL = new java.util.ArrayList<>();

    public static final PyType BaseException = PyBaseException.TYPE;
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ExceptionGroup = makeExceptionGroup();
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType UserWarning = make("UserWarning", Warning);

    /** ExceptionGroup derives from both BaseExceptionGroup and Exception. */
    private static PyType makeExceptionGroup() {
        PyType t = make("ExceptionGroup", BaseExceptionGroup);
        t.bases = new PyType[] {BaseExceptionGroup, Exception};
        t.mro = new PyType[] {t, BaseExceptionGroup, Exception, BaseException, PyType.OBJECT};
        Exception.subclasses.add(t);
        return t;
    }

    /** Builtin aliases: EnvironmentError and IOError are OSError. */
    public static final String[] OS_ERROR_ALIASES = {"EnvironmentError", "IOError"};
}
