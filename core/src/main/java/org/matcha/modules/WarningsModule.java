package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Frame;
import org.matcha.vm.Interpreter;

/**
 * The _warnings module: the filters, the once-registry and the default action shared with
 * warnings.py, and warn/warn_explicit, which Matcha's own warnings (compile-time SyntaxWarning and
 * DeprecationWarning) also go through. CPython: Python/_warnings.c.
 */
@PyModuleDef(name = "_warnings")
public final class WarningsModule {
    private WarningsModule() {}

    /** The per-interpreter state: CPython's WarningsState. */
    static final class State {
        final PyList filters = new PyList();
        final PyDict onceRegistry = new PyDict();
        PyObject defaultAction = PyStr.of("default");
        long filtersVersion;

        State() {
            // CPython: init_filters (release build)
            filters.append(filter("default", ExceptionTypes.DeprecationWarning, PyStr.of("__main__")));
            filters.append(filter("ignore", ExceptionTypes.DeprecationWarning, PyNone.NONE));
            filters.append(filter("ignore", ExceptionTypes.PendingDeprecationWarning, PyNone.NONE));
            filters.append(filter("ignore", ExceptionTypes.ImportWarning, PyNone.NONE));
            filters.append(filter("ignore", ExceptionTypes.ResourceWarning, PyNone.NONE));
        }

        private static PyObject filter(String action, PyType category, PyObject module) {
            return PyTuple.of(PyStr.of(action), PyNone.NONE, category, module, PyInt.of(0));
        }
    }

    static State state() {
        return Interpreter.current().moduleState("_warnings", State::new);
    }

    public static void init(PyModule m) {
        State st = state();
        m.add("filters", st.filters);
        m.add("_defaultaction", st.defaultAction);
        m.add("_onceregistry", st.onceRegistry);
    }

    @PyMethod
    public static void _filters_mutated() {
        state().filtersVersion++;
    }

    /** CPython: warnings_warn_impl. */
    @PyMethod(sig = "(message, category=None, stacklevel=1, source=None)")
    public static PyObject warn(PyObject message, PyObject category, PyObject stacklevel, PyObject source) {
        long level = Abstract.index(stacklevel).longValue();
        PyObject cat = category(message, category);
        return doWarn(message, cat, level, source);
    }

    /** CPython: warnings_warn_explicit_impl. */
    @PyMethod(sig = "(message, category, filename, lineno, module=None, registry=None, module_globals=None,"
            + " source=None)")
    public static PyObject warn_explicit(PyObject message, PyObject category, PyObject filename, PyObject lineno,
            PyObject module, PyObject registry, PyObject moduleGlobals, PyObject source) {
        if (!(filename instanceof PyStr)) {
            throw Errors.typeError("warn_explicit() argument 3 must be str, not " + filename.type().name);
        }
        if (!(lineno instanceof PyInt)) {
            throw Errors.typeError("'" + lineno.type().name + "' object cannot be interpreted as an integer");
        }
        if (registry != PyNone.NONE && !(registry instanceof PyDict)) {
            throw Errors.typeError("'registry' must be a dict or None");
        }
        String sourceline = null;
        if (moduleGlobals != PyNone.NONE) {
            if (!(moduleGlobals instanceof PyDict g)) {
                throw Errors.typeError("module_globals must be a dict, not '" + moduleGlobals.type().name + "'");
            }
            sourceline = sourceLineFromGlobals(g, ((PyInt) lineno).longValue());
        }
        return warnExplicit(category, message, (PyStr) filename, ((PyInt) lineno).longValue(), module, registry,
                sourceline, source == PyNone.NONE ? null : source);
    }

    /** The source line from the module's loader, for warn_explicit's module_globals. */
    private static String sourceLineFromGlobals(PyDict g, long lineno) {
        PyObject loader = g.getItem("__loader__");
        PyObject name = g.getItem("__name__");
        if (loader == null || loader == PyNone.NONE || name == null) {
            return null;
        }
        PyObject getSource = Abstract.lookupAttrOrNull(loader, "get_source");
        if (getSource == null) {
            return null;
        }
        PyObject src = Abstract.call(getSource, name);
        if (!(src instanceof PyStr s)) {
            return null;
        }
        return nthLine(s.value, lineno);
    }

    /** CPython: get_category. */
    private static PyObject category(PyObject message, PyObject category) {
        if (message.type().isSubtype(ExceptionTypes.Warning)) {
            return message.type();
        }
        PyObject cat = category == PyNone.NONE ? ExceptionTypes.UserWarning : category;
        boolean ok;
        try {
            ok = cat instanceof PyType t && t.isSubtype(ExceptionTypes.Warning);
        } catch (PyException e) {
            ok = false;
        }
        if (!ok) {
            throw Errors.typeError("category must be a Warning subclass, not '" + cat.type().name + "'");
        }
        return cat;
    }

    /** Warns from Java code as warnings.warn(message, category, stacklevel) would. */
    public static void warn(PyType category, String message, int stacklevel) {
        doWarn(PyStr.of(message), category, stacklevel, null);
    }

    /** CPython: do_warn with setup_context. */
    private static PyObject doWarn(PyObject message, PyObject category, long stacklevel, PyObject source) {
        Interpreter interp = Interpreter.current();
        Frame f = interp.currentFrame();
        if (stacklevel <= 0 || isInternal(f)) {
            while (--stacklevel > 0 && f != null) {
                f = back(f);
            }
        } else {
            while (--stacklevel > 0 && f != null) {
                f = nextExternal(f);
            }
        }
        PyDict globals;
        PyStr filename;
        long lineno;
        if (f == null) {
            globals = interp.sysModule.dict;
            filename = PyStr.of("sys");
            lineno = 1;
        } else {
            globals = f.globals;
            filename = PyStr.of(f.code.filename);
            lineno = f.lineno();
        }
        PyObject registry = globals.getItem("__warningregistry__");
        if (registry == null) {
            registry = new PyDict();
            globals.setItem("__warningregistry__", registry);
        }
        PyObject module = globals.getItem("__name__");
        if (!(module instanceof PyStr)) {
            module = PyStr.of("<string>");
        }
        return warnExplicit(category, message, filename, lineno, module, registry, null,
                source == PyNone.NONE ? null : source);
    }

    private static Frame back(Frame f) {
        return f.f_back() instanceof Frame b ? b : null;
    }

    private static boolean isInternal(Frame f) {
        if (f == null) {
            return false;
        }
        String fn = f.code.filename;
        return fn.contains("importlib") && fn.contains("_bootstrap");
    }

    private static Frame nextExternal(Frame f) {
        do {
            f = back(f);
        } while (f != null && isInternal(f));
        return f;
    }

    /** warnings.ATTR when the warnings module has been imported (or try_import asks for it), else null. */
    private static PyObject warningsAttr(String attr, boolean tryImport) {
        Interpreter interp = Interpreter.current();
        PyObject mod = interp.modules.getItem("warnings");
        if (mod == null && tryImport) {
            try {
                mod = interp.imports.importAbsolute("warnings");
            } catch (PyException e) {
                return null;
            }
        }
        if (mod == null || mod == PyNone.NONE) {
            return null;
        }
        return Abstract.lookupAttrOrNull(mod, attr);
    }

    private static PyList filters() {
        PyObject f = warningsAttr("filters", false);
        if (f == null) {
            return state().filters;
        }
        if (!(f instanceof PyList l)) {
            throw Errors.valueError("_warnings.filters must be a list");
        }
        return l;
    }

    /** CPython: check_matched. */
    private static boolean matched(PyObject pattern, PyObject arg) {
        if (pattern == PyNone.NONE) {
            return true;
        }
        if (pattern.type() == PyStr.TYPE) {
            return Abstract.isTrue(Abstract.richCompare(pattern, arg, "=="));
        }
        return Abstract.isTrue(Abstract.call(Abstract.getAttr(pattern, "match"), arg));
    }

    /** CPython: get_filter; returns the action and the matching filter (null for the default). */
    private static PyObject[] filter(PyObject category, PyObject text, long lineno, PyObject module) {
        PyList filters = filters();
        for (int i = 0; i < filters.size; i++) {
            PyObject item = filters.toArray()[i];
            if (!(item instanceof PyTuple t) || t.size() != 5) {
                throw Errors.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
            }
            PyObject action = t.get(0);
            if (!(action instanceof PyStr)) {
                throw Errors.typeError("action must be a string, not '" + action.type().name + "'");
            }
            PyObject msg = t.get(1);
            PyObject cat = t.get(2);
            PyObject mod = t.get(3);
            long ln = Abstract.index(t.get(4)).longValue();
            if (matched(msg, text) && org.matcha.builtins.BuiltinsModule.issubclass(category, cat) && matched(mod, module)
                    && (ln == 0 || ln == lineno)) {
                return new PyObject[] {action, item};
            }
        }
        PyObject action = warningsAttr("_defaultaction", false);
        if (action == null) {
            action = state().defaultAction;
        }
        if (!(action instanceof PyStr)) {
            throw Errors.typeError("_warnings.defaultaction must be a string, not '" + action.type().name + "'");
        }
        return new PyObject[] {action, null};
    }

    /** CPython: already_warned. */
    private static boolean alreadyWarned(PyDict registry, PyObject key, boolean shouldSet) {
        long version = state().filtersVersion;
        PyObject v = registry.getItem("version");
        if (!(v instanceof PyInt vi) || v.type() != PyInt.TYPE || vi.longValue() != version) {
            registry.clear();
            registry.setItem("version", PyInt.of(version));
        } else {
            PyObject w = registry.getItem(key);
            if (w != null && Abstract.isTrue(w)) {
                return true;
            }
        }
        if (shouldSet) {
            registry.setItem(key, PyBool.TRUE);
        }
        return false;
    }

    private static boolean updateRegistry(PyDict registry, PyObject text, PyObject category, boolean addZero) {
        PyObject altkey = addZero ? PyTuple.of(text, category, PyInt.of(0)) : PyTuple.of(text, category);
        return alreadyWarned(registry, altkey, true);
    }

    /** "file.py" to "file" for a warning's module when none was given. CPython: normalize_module. */
    private static PyObject normalizeModule(PyStr filename) {
        String f = filename.value;
        if (f.isEmpty()) {
            return PyStr.of("<unknown>");
        }
        if (f.endsWith(".py")) {
            return PyStr.of(f.substring(0, f.length() - 3));
        }
        return filename;
    }

    /** The core of warnings: filter, registry and display. CPython: warn_explicit. */
    public static PyObject warnExplicit(PyObject category, PyObject message, PyStr filename, long lineno,
            PyObject module, PyObject registry, String sourceline, PyObject source) {
        if (module == PyNone.NONE || module == null) {
            module = normalizeModule(filename);
        }
        PyObject text;
        if (message.type().isSubtype(ExceptionTypes.Warning)) {
            text = Abstract.str(message);
            category = message.type();
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        PyObject key = PyTuple.of(text, category, PyInt.of(lineno));
        PyDict reg = registry instanceof PyDict d ? d : null;
        if (reg != null && alreadyWarned(reg, key, false)) {
            return PyNone.NONE;
        }
        PyObject[] found = filter(category, text, lineno, module);
        String action = ((PyStr) found[0]).value;
        if (action.equals("error")) {
            if (message instanceof PyBaseException be) {
                throw new PyException(be);
            }
            throw Errors.typeError("exceptions must derive from BaseException");
        }
        if (action.equals("ignore")) {
            return PyNone.NONE;
        }
        boolean already = false;
        if (!action.equals("always")) {
            if (reg != null) {
                reg.setItem(key, PyBool.TRUE);
            }
            switch (action) {
                case "once": {
                    PyDict once = reg;
                    if (once == null) {
                        PyObject o = warningsAttr("_onceregistry", false);
                        once = o instanceof PyDict od ? od : state().onceRegistry;
                    }
                    already = updateRegistry(once, text, category, false);
                    break;
                }
                case "module":
                    if (reg != null) {
                        already = updateRegistry(reg, text, category, true);
                    }
                    break;
                case "default":
                    break;
                default:
                    throw Errors.runtimeError("Unrecognized action (" + Abstract.reprString(found[0])
                            + ") in warnings.filters:\n " + Abstract.reprString(found[1]));
            }
        }
        if (!already) {
            show(category, text, message, filename, lineno, sourceline, source);
        }
        return PyNone.NONE;
    }

    /** CPython: call_show_warning; warnings._showwarnmsg when warnings is imported, else the native display. */
    private static void show(PyObject category, PyObject text, PyObject message, PyStr filename, long lineno,
            String sourceline, PyObject source) {
        PyObject showFn = warningsAttr("_showwarnmsg", source != null);
        if (showFn == null) {
            showNative(category, text, filename, lineno, sourceline);
            return;
        }
        if (!Abstract.isCallable(showFn)) {
            throw Errors.typeError("warnings._showwarnmsg() must be set to a callable");
        }
        PyObject cls = warningsAttr("WarningMessage", false);
        if (cls == null) {
            throw Errors.runtimeError("unable to get warnings.WarningMessage");
        }
        PyObject msg = Abstract.call(cls, message, category, filename, PyInt.of(lineno), PyNone.NONE, PyNone.NONE,
                source == null ? PyNone.NONE : source);
        Abstract.call(showFn, msg);
    }

    /** "file:line: Category: text" and the source line on sys.stderr. CPython: show_warning. */
    private static void showNative(PyObject category, PyObject text, PyStr filename, long lineno,
            String sourceline) {
        Interpreter interp = Interpreter.current();
        StringBuilder b = new StringBuilder();
        b.append(filename.value).append(':').append(lineno).append(": ")
                .append(Abstract.strString(Abstract.getAttr(category, "__name__"))).append(": ")
                .append(Abstract.strString(text)).append('\n');
        String line = sourceline != null ? sourceline : sourceLine(interp, filename.value, (int) lineno);
        if (line != null) {
            String stripped = line.stripLeading();
            if (sourceline != null || !stripped.isEmpty()) {
                b.append("  ").append(stripped.stripTrailing()).append('\n');
            }
        }
        PyObject err = interp.sysModule.dict.getItem("stderr");
        if (err == null || err == PyNone.NONE) {
            interp.host.writeStderr("lost sys.stderr\n");
            return;
        }
        Abstract.call(Abstract.getAttr(err, "write"), PyStr.of(b.toString()));
    }

    /** The line as _Py_DisplaySourceLine finds it: from the compiled-source cache or the file. */
    private static String sourceLine(Interpreter interp, String filename, int lineno) {
        String line = org.matcha.vm.SourceCache.line(filename, lineno);
        if (line != null) {
            return line;
        }
        byte[] data = interp.host.readFile(filename);
        if (data == null) {
            return null;
        }
        return nthLine(new String(data, java.nio.charset.StandardCharsets.UTF_8), lineno);
    }

    /** Line lineno (from 1) of text without its newline, or null. */
    private static String nthLine(String text, long lineno) {
        int start = 0;
        for (long n = 1; n < lineno; n++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (lineno < 1 || start > text.length()) {
            return null;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
