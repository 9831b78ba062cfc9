package org.matcha.vm;

import org.matcha.bytecode.PyCode;
import org.matcha.objects.Abstract;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyInt;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/**
 * Runs a program as __main__ and turns the outcome into an exit status the way CPython's main does:
 * 0, 1 after printing an uncaught exception, or sys.exit's code. CPython: Modules/main.c,
 * Python/pythonrun.c (_PyRun_SimpleFileObject, handle_system_exit).
 */
public final class PythonRunner {
    private final Interpreter interp;

    public PythonRunner(Host host) {
        this.interp = new Interpreter(host);
    }

    public Interpreter interpreter() {
        return interp;
    }

    public void setArgv(String[] argv, String path0) {
        PyList a = new PyList();
        for (String s : argv) {
            a.append(PyStr.of(s));
        }
        interp.sysModule.dict.setItem("argv", a);
        PyList path = (PyList) interp.sysModule.dict.getItem("path");
        path.items = new PyObject[4];
        path.size = 0;
        path.append(PyStr.of(path0));
    }

    public PyModule mainModule(String file) {
        PyModule main = new PyModule("__main__");
        main.dict.setItem("__builtins__", interp.builtinsModule);
        if (file != null) {
            main.dict.setItem("__file__", PyStr.of(file));
        }
        main.dict.setItem("__annotations__", new PyDict());
        main.dict.removeItem("__annotations__");
        interp.modules.setItem("__main__", main);
        return main;
    }

    /** Compiles and runs source as __main__; returns the exit status. */
    public int runSource(byte[] source, String filename) {
        PyModule main = mainModule(filename.startsWith("<") ? null : filename);
        int status;
        try {
            PyCode code = CompileSupport.compile(source, filename, "exec");
            interp.runCode(code, main.dict, main.dict);
            status = 0;
        } catch (PyException e) {
            status = handleUncaught(e.value);
        }
        interp.host.flush();
        return status;
    }

    /** Prints the exception (or handles SystemExit) and returns the exit status. */
    public int handleUncaught(PyBaseException exc) {
        interp.host.flush();
        if (exc.type().isSubtype(ExceptionTypes.SystemExit)) {
            PyObject code = Abstract.lookupAttrOrNull(exc, "code");
            if (code == null || code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) (i.longValueClamped() & 0xFF);
            }
            String text;
            try {
                text = Abstract.strString(code);
            } catch (PyException e) {
                text = "";
            }
            interp.host.writeStderr(text + "\n");
            return 1;
        }
        try {
            PyObject hook = interp.sysModule.dict.getItem("excepthook");
            if (hook != null && hook != interp.sysModule.dict.getItem("__excepthook__")) {
                Abstract.call(hook, exc.type(), exc, exc.traceback);
            } else {
                interp.host.writeStderr(TracebackPrinter.format(exc));
            }
        } catch (PyException e) {
            interp.host.writeStderr(TracebackPrinter.format(exc));
        }
        return 1;
    }
}
