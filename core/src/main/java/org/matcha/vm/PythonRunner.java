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
        for (String extra : extraPath) {
            path.append(PyStr.of(extra));
        }
        argvSet = true;
        if (!interp.imports.frozenBundles.isEmpty()) {
            addStdlibPath(path);
        }
    }

    private boolean argvSet;

    /** CPython's sys.path ends with its stdlib directory; Matcha's is the frozen bundles. */
    private void addStdlibPath(PyList path) {
        String stdlib = FrozenBundle.LIB_PREFIX.substring(0, FrozenBundle.LIB_PREFIX.length() - 1);
        path.append(PyStr.of(stdlib));
        installSiteBuiltins();
    }

    /**
     * Makes a bundle that arrived after this runner's interpreter was created importable, as if it
     * had been there from the start (the browser creates the interpreter while the bundle is still
     * downloading, and adds it before any Python code runs).
     */
    public void addFrozenBundle(FrozenBundle b) {
        if (interp.imports.frozenBundles.contains(b)) {
            return;
        }
        boolean first = interp.imports.frozenBundles.isEmpty();
        b.installInto(interp.imports);
        if (first && argvSet) {
            addStdlibPath((PyList) interp.sysModule.dict.getItem("path"));
        }
    }

    /**
     * The builtins that CPython's site module adds once sys.path is set: exit, quit, copyright,
     * credits, license and help, from the frozen {@code _sitebuiltins}. CPython: site.setquit,
     * setcopyright and sethelper (site.main's other work, site-packages and .pth files, does not
     * apply to a frozen stdlib).
     */
    private void installSiteBuiltins() {
        PyModule site;
        try {
            site = (PyModule) interp.imports.importAbsolute("_sitebuiltins");
        } catch (PyException | ClassCastException e) {
            return;
        }
        PyDict builtins = interp.builtinsModule.dict;
        PyObject quitter = site.dict.getItem("Quitter");
        PyObject printer = site.dict.getItem("_Printer");
        PyStr eof = PyStr.of("Ctrl-D (i.e. EOF)");
        builtins.setItem("quit", Abstract.call(quitter, PyStr.of("quit"), eof));
        builtins.setItem("exit", Abstract.call(quitter, PyStr.of("exit"), eof));
        builtins.setItem("copyright", Abstract.call(printer, PyStr.of("copyright"),
                interp.sysModule.dict.getItem("copyright")));
        builtins.setItem("credits", Abstract.call(printer, PyStr.of("credits"), PyStr.of(
                "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                + "    for supporting Python development.  See www.python.org for more information.")));
        builtins.setItem("license", Abstract.call(printer, PyStr.of("license"),
                PyStr.of("See https://www.python.org/psf/license/")));
        builtins.setItem("help", Abstract.call(site.dict.getItem("_Helper")));
    }

    /** Directories appended to sys.path after the script's own (the JVM runner takes them from MATCHAPATH). */
    public java.util.List<String> extraPath = new java.util.ArrayList<>();

    public PyModule mainModule(String file) {
        PyModule main = new PyModule("__main__");
        main.dict.setItem("__annotations__", new PyDict()); // CPython: pylifecycle.c add_main_module
        main.dict.setItem("__builtins__", interp.builtinsModule);
        if (file != null) {
            main.dict.setItem("__file__", PyStr.of(file));
        }
        interp.modules.setItem("__main__", main);
        return main;
    }

    /** Whether the module can be imported (it is imported, quietly; an ImportError gives false). */
    public boolean canImport(String module) {
        try {
            interp.imports.importAbsolute(module);
            return true;
        } catch (PyException e) {
            return false;
        }
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
        finish();
        return status;
    }

    /** What happens when the program ends: atexit callbacks, then the streams are flushed. CPython: Py_FinalizeEx. */
    public void finish() {
        org.matcha.modules.AtexitModule.runExitFuncs(interp);
        interp.host.flush();
    }

    /**
     * The interactive loop: {@code >>>} and {@code ...} prompts, expression values echoed through
     * sys.displayhook, a compound statement ended by an empty line. CPython: PyRun_InteractiveLoop
     * and codeop's incomplete-input rule. Returns the exit status (sys.exit ends the loop).
     */
    public int repl(String banner) {
        PyModule main = mainModule(null);
        if (banner != null) {
            interp.host.writeStdout(banner);
        }
        StringBuilder buffer = new StringBuilder();
        boolean compound = false;
        while (true) {
            interp.host.writeStdout(buffer.length() == 0 ? ">>> " : "... ");
            interp.host.flush();
            String line = interp.host.readLine();
            if (line == null) {
                interp.host.writeStdout("\n");
                finish();
                return 0;
            }
            if (line.endsWith("\n")) {
                line = line.substring(0, line.length() - 1);
            }
            if (buffer.length() == 0 && line.isBlank()) {
                continue;
            }
            buffer.append(line).append('\n');
            String first = buffer.toString().split("\n", 2)[0].strip();
            int hash = first.indexOf('#');
            compound = (hash >= 0 ? first.substring(0, hash).strip() : first).endsWith(":")
                    || first.startsWith("@");
            if (compound && !line.isBlank()) {
                continue;
            }
            PyCode code;
            try {
                code = CompileSupport.compile(buffer.toString(), "<stdin>", "single");
            } catch (PyException e) {
                String msg = Abstract.strString(e.value);
                boolean incomplete = msg.contains("was never closed") || msg.contains("expected an indented block")
                        || msg.contains("unexpected EOF") || msg.contains("unterminated triple-quoted");
                if (incomplete && !line.isBlank()) {
                    continue;
                }
                interp.host.writeStderr(TracebackPrinter.format(e.value));
                buffer.setLength(0);
                continue;
            }
            buffer.setLength(0);
            try {
                interp.runCode(code, main.dict, main.dict);
            } catch (PyException e) {
                if (e.value.type().isSubtype(ExceptionTypes.SystemExit)) {
                    int status = handleUncaught(e.value);
                    finish();
                    return status;
                }
                interp.host.flush();
                interp.host.writeStderr(TracebackPrinter.format(e.value));
            }
            interp.host.flush();
        }
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
