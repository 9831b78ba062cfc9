package org.matcha.vm;

import org.matcha.bytecode.PyCode;
import org.matcha.generated.ExposedRegistry;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.ExceptionTypes;
import org.matcha.objects.PyBaseException;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyException;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;

/**
 * The import system: native modules from the generated registry, then source files and packages
 * found on sys.path through the host. CPython: Python/import.c and Lib/importlib/_bootstrap.py
 * (_gcd_import, _find_and_load, _handle_fromlist, _calc___package__).
 */
public final class Imports {
    private final Interpreter interp;
    /** Extra module sources (the frozen standard library), by module name. */
    public final java.util.Map<String, ModuleSource> frozen = new java.util.HashMap<>();

    /** The frozen bundles installed, for source lines of their modules. */
    final java.util.List<FrozenBundle> frozenBundles = new java.util.ArrayList<>();

    /**
     * A module from somewhere other than the file system: its source, and its already compiled code
     * when there is one (code may be null; source may return null when only code was kept).
     */
    public record ModuleSource(String filename, boolean isPackage, java.util.function.Supplier<byte[]> source,
            java.util.function.Supplier<PyCode> code) {}

    /** The source of a frozen module by its filename, or null. */
    byte[] frozenSource(String filename) {
        for (FrozenBundle b : frozenBundles) {
            FrozenBundle.Entry e = b.byFilename(filename);
            if (e != null) {
                return e.source();
            }
        }
        return null;
    }

    Imports(Interpreter interp) {
        this.interp = interp;
    }

    private PyDict sysModules() {
        return interp.modules;
    }

    /** The IMPORT_NAME opcode and builtins.__import__. */
    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absolute.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        PyObject module = importAbsolute(absolute);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = absolute.indexOf('.');
                if (dot < 0) {
                    return module;
                }
                if (level == 0) {
                    return sysModules().getItem(absolute.substring(0, dot));
                }
                // relative "from . import x" never reaches here; "import .a.b" is not valid syntax
                String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                String pkgPart = absolute.substring(0, absolute.length() - name.length());
                return sysModules().getItem(pkgPart + top);
            }
            return module;
        }
        handleFromlist(module, fromlist);
        return module;
    }

    private void handleFromlist(PyObject module, PyObject fromlist) {
        if (!(module instanceof PyModule m) || m.dict.getItem("__path__") == null) {
            return;
        }
        for (PyObject item : Abstract.toArray(fromlist)) {
            if (!(item instanceof PyStr s)) {
                throw Errors.typeError("Item in " + m.name() + ".__all__ must be str, not " + item.type().name);
            }
            if (s.value.equals("*")) {
                PyObject all = m.dict.getItem("__all__");
                if (all != null) {
                    handleFromlist(module, all);
                }
                continue;
            }
            if (m.dict.getItem(s.value) == null) {
                String sub = m.name() + "." + s.value;
                try {
                    importAbsolute(sub);
                } catch (PyException e) {
                    if (!(e.matches(ExceptionTypes.ModuleNotFoundError) && sub.equals(nameOf(e.value)))) {
                        throw e;
                    }
                }
            }
        }
    }

    private static String nameOf(PyBaseException e) {
        PyObject n = e.getAttr("name");
        return n instanceof PyStr s ? s.value : null;
    }

    /** CPython: _calc___package__ and _resolve_name. */
    private String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals.getItem("__package__");
        String base;
        if (pkg instanceof PyStr p) {
            base = p.value;
        } else {
            PyObject modName = globals.getItem("__name__");
            if (!(modName instanceof PyStr mn)) {
                throw Errors.of(ExceptionTypes.KeyError, "'__name__' not in globals");
            }
            if (globals.getItem("__path__") != null) {
                base = mn.value;
            } else {
                int dot = mn.value.lastIndexOf('.');
                base = dot < 0 ? "" : mn.value.substring(0, dot);
            }
        }
        if (base.isEmpty()) {
            throw Errors.of(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        }
        String[] parts = base.split("\\.");
        if (level - 1 >= parts.length) {
            throw Errors.of(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length - (level - 1); i++) {
            if (i > 0) {
                b.append('.');
            }
            b.append(parts[i]);
        }
        return name.isEmpty() ? b.toString() : b + "." + name;
    }

    /** CPython: _gcd_import / _find_and_load. */
    public PyObject importAbsolute(String name) {
        PyObject existing = sysModules().getItem(name);
        if (existing != null) {
            if (existing == PyNone.NONE) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            return existing;
        }
        int dot = name.lastIndexOf('.');
        PyObject parent = null;
        PyObject path = null;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            parent = importAbsolute(parentName);
            existing = sysModules().getItem(name);
            if (existing != null) {
                return existing;
            }
            path = parent instanceof PyModule pm ? pm.dict.getItem("__path__") : null;
            if (path == null) {
                throw notFound("No module named '" + name + "'; '" + parentName + "' is not a package", name);
            }
        }
        PyModule m = load(name, path);
        if (m == null) {
            throw notFound("No module named '" + name + "'", name);
        }
        PyObject result = sysModules().getItem(name);
        if (parent instanceof PyModule pm && result != null) {
            pm.dict.setItem(name.substring(dot + 1), result);
        }
        return result == null ? m : result;
    }

    private PyException notFound(String msg, String name) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.ModuleNotFoundError, PyStr.of(msg));
        e.setAttr("msg", PyStr.of(msg));
        e.setAttr("name", PyStr.of(name));
        e.setAttr("path", PyNone.NONE);
        return new PyException(e);
    }

    private PyModule load(String name, PyObject parentPath) {
        PyObject metaPath = interp.sysModule.dict.getItem("meta_path");
        if (metaPath instanceof PyList mp && mp.size > 0) {
            return loadThroughMetaPath(name, parentPath, mp);
        }
        return loadNative(name, parentPath);
    }

    /**
     * Consults sys.meta_path in order; importlib's standard finders (and Matcha's place among them)
     * stand for the native importer, which runs once. CPython: _find_spec in _bootstrap.py.
     */
    private PyModule loadThroughMetaPath(String name, PyObject parentPath, PyList metaPath) {
        boolean nativeTried = false;
        PyObject[] finders = metaPath.toArray();
        for (PyObject finder : finders) {
            if (isStandardFinder(finder)) {
                if (!nativeTried) {
                    nativeTried = true;
                    PyModule m = loadNative(name, parentPath);
                    if (m != null) {
                        return m;
                    }
                }
                continue;
            }
            PyObject findSpec = Abstract.lookupAttrOrNull(finder, "find_spec");
            if (findSpec == null) {
                continue;
            }
            PyObject spec = Abstract.call(findSpec, PyStr.of(name), parentPath == null ? PyNone.NONE : parentPath,
                    PyNone.NONE);
            if (spec != PyNone.NONE) {
                importAbsolute("importlib");
                PyObject bootstrap = sysModules().getItem("importlib._bootstrap");
                Abstract.call(Abstract.getAttr(bootstrap, "_load_unlocked"), spec);
                PyObject m = sysModules().getItem(name);
                return m instanceof PyModule pm ? pm : new PyModule(name);
            }
        }
        return nativeTried ? null : loadNative(name, parentPath);
    }

    private boolean isStandardFinder(PyObject finder) {
        for (PyObject f : standardFinders) {
            if (f == finder) {
                return true;
            }
        }
        return false;
    }

    /** importlib's BuiltinImporter, FrozenImporter and PathFinder once importlib is imported. */
    private PyObject[] standardFinders = new PyObject[0];
    /** importlib._bootstrap once it is imported: new built-in modules then get its specs. */
    private PyObject bootstrap;

    /** _imp.create_builtin: an imported built-in module, or a new one made from the registry. */
    public PyObject createBuiltin(String name) {
        // CPython: create_builtin; sys and builtins cannot be made again, others are new module objects
        PyObject existing = sysModules().getItem(name);
        if (existing instanceof PyModule && (name.equals("sys") || name.equals("builtins"))) {
            return existing;
        }
        PyModule m = new PyModule(name);
        if (!ExposedRegistry.installModule(name, m)) {
            return PyNone.NONE;
        }
        return m;
    }

    private PyModule loadNative(String name, PyObject parentPath) {
        if (parentPath == null && org.matcha.modules.ImpModule.isBuiltinName(name)) {
            PyModule m = new PyModule(name);
            sysModules().setItem(name, m);
            ExposedRegistry.installModule(name, m);
            if (bootstrap != null) {
                PyObject builtinImporter = Abstract.getAttr(bootstrap, "BuiltinImporter");
                PyObject spec = Abstract.call(Abstract.getAttr(builtinImporter, "find_spec"), PyStr.of(name));
                if (spec != PyNone.NONE) {
                    Abstract.call(Abstract.getAttr(bootstrap, "_init_module_attrs"), spec, m);
                }
            }
            return m;
        }
        String tail = name.substring(name.lastIndexOf('.') + 1);
        java.util.List<String> dirs = new java.util.ArrayList<>();
        PyObject searchPath = parentPath;
        if (searchPath == null) {
            searchPath = interp.sysModule.dict.getItem("path");
        }
        if (searchPath != null) {
            for (PyObject p : Abstract.toArray(searchPath)) {
                if (p instanceof PyStr s) {
                    dirs.add(s.value);
                }
            }
        }
        for (String dir : dirs) {
            if (!frozenBundles.isEmpty() && (dir + "/").startsWith(FrozenBundle.LIB_PREFIX)) {
                // sys._stdlib_dir and its packages are the frozen stdlib (StdlibFiles shows it as files)
                ModuleSource fs = frozen.get(name);
                if (fs != null) {
                    return execFrozen(name, fs);
                }
                continue;
            }
            String base = dir.isEmpty() ? tail : (dir.endsWith("/") ? dir + tail : dir + "/" + tail);
            String init = base + "/__init__.py";
            if (interp.host.isDirectory(base) && interp.host.isFile(init)) {
                return execSource(name, init, interp.host.readFile(init), true, base);
            }
            String file = base + ".py";
            if (interp.host.isFile(file)) {
                return execSource(name, file, interp.host.readFile(file), false, null);
            }
        }
        ModuleSource fs = frozen.get(name);
        return fs == null ? null : execFrozen(name, fs);
    }

    private PyModule execFrozen(String name, ModuleSource fs) {
        String dir = fs.isPackage() ? fs.filename().substring(0, fs.filename().lastIndexOf('/')) : null;
        if (fs.code() != null) {
            return execModule(name, fs.filename(), null, fs.code().get(), fs.isPackage(), dir);
        }
        return execSource(name, fs.filename(), fs.source().get(), fs.isPackage(), dir);
    }

    /**
     * Once importlib is imported, finishes what CPython's startup does with it: the standard finders
     * on sys.meta_path, the FileFinder hook on sys.path_hooks, and _find_and_load going through this
     * importer. CPython: _bootstrap._install and _bootstrap_external._install.
     */
    private void importlibImported() {
        PyObject b = sysModules().getItem("importlib._bootstrap");
        PyObject ext = sysModules().getItem("importlib._bootstrap_external");
        if (b == null || ext == null || bootstrap != null) {
            return;
        }
        bootstrap = b;
        PyObject builtinImporter = Abstract.getAttr(b, "BuiltinImporter");
        PyObject frozenImporter = Abstract.getAttr(b, "FrozenImporter");
        PyObject pathFinder = Abstract.getAttr(ext, "PathFinder");
        standardFinders = new PyObject[] {builtinImporter, frozenImporter, pathFinder};
        PyObject metaPath = interp.sysModule.dict.getItem("meta_path");
        if (metaPath instanceof PyList mp) {
            for (PyObject f : standardFinders) {
                mp.append(f);
            }
        }
        PyObject hooks = interp.sysModule.dict.getItem("path_hooks");
        if (hooks instanceof PyList hl) {
            PyObject loaders = Abstract.call(Abstract.getAttr(ext, "_get_supported_file_loaders"));
            PyObject fileFinder = Abstract.getAttr(ext, "FileFinder");
            hl.append(Abstract.call(Abstract.getAttr(fileFinder, "path_hook"), Abstract.toArray(loaders)));
        }
        PyObject imp = sysModules().getItem("_imp");
        if (imp != null) {
            b.dict().setItem("_find_and_load", Abstract.getAttr(imp, "_find_and_load"));
        }
    }

    private PyModule execSource(String name, String filename, byte[] source, boolean isPackage, String packageDir) {
        return execModule(name, filename, source, null, isPackage, packageDir);
    }

    /** Runs a module body from source, or from compiled code when code is not null. */
    private PyModule execModule(String name, String filename, byte[] source, PyCode compiled, boolean isPackage,
            String packageDir) {
        PyModule m = new PyModule(name);
        PyDict d = m.dict;
        ImportSpecs.SourceLoader loader = new ImportSpecs.SourceLoader(name, filename, isPackage);
        PyObject path = isPackage ? PyList.of(PyStr.of(packageDir)) : PyNone.NONE;
        ImportSpecs.ModuleSpec spec = new ImportSpecs.ModuleSpec(name, loader, filename, path);
        d.setItem("__loader__", loader);
        d.setItem("__spec__", spec);
        if (isPackage) {
            d.setItem("__path__", path);
            d.setItem("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            d.setItem("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        d.setItem("__file__", PyStr.of(filename));
        d.setItem("__cached__", PyNone.NONE);
        d.setItem("__builtins__", interp.builtinsModule);
        sysModules().setItem(name, m);
        try {
            PyCode code = compiled != null ? compiled : CompileSupport.compile(source, filename, "exec");
            interp.runCode(code, d, d);
        } catch (PyException e) {
            sysModules().removeItem(name);
            throw e;
        } finally {
            spec.initializing = false;
        }
        if (name.equals("importlib")) {
            importlibImported();
        }
        return m;
    }

    /** IMPORT_FROM. CPython: import_from in ceval.c. */
    public PyObject importFrom(PyObject module, String name) {
        PyObject v = Abstract.lookupAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        PyObject modName = Abstract.lookupAttrOrNull(module, "__name__");
        if (modName instanceof PyStr mn) {
            PyObject sub = sysModules().getItem(mn.value + "." + name);
            if (sub != null) {
                return sub;
            }
        }
        String pkg = modName instanceof PyStr mn ? mn.value : "<unknown module name>";
        PyObject file = module instanceof PyModule pm ? pm.dict.getItem("__file__") : null;
        PyObject spec = module instanceof PyModule pm2 ? pm2.dict.getItem("__spec__") : null;
        boolean initializing = spec instanceof ImportSpecs.ModuleSpec ms && ms.initializing;
        String msg;
        if (initializing) {
            msg = "cannot import name '" + name + "' from partially initialized module '" + pkg
                    + "' (most likely due to a circular import)" + (file instanceof PyStr f ? " (" + f.value + ")" : "");
        } else {
            msg = "cannot import name '" + name + "' from '" + pkg + "'"
                    + (file instanceof PyStr f ? " (" + f.value + ")" : " (unknown location)");
        }
        PyBaseException e = PyBaseException.create(ExceptionTypes.ImportError, PyStr.of(msg));
        e.setAttr("msg", PyStr.of(msg));
        e.setAttr("name", PyStr.of(pkg));
        e.setAttr("path", file == null ? PyNone.NONE : file);
        throw new PyException(e);
    }

    /** from m import *. */
    public void importStar(PyObject module, Frame frame) {
        PyObject all = Abstract.lookupAttrOrNull(module, "__all__");
        PyObject[] names;
        if (all != null) {
            names = Abstract.toArray(all);
        } else {
            PyDict d = module.dict();
            java.util.List<PyObject> pub = new java.util.ArrayList<>();
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                PyObject k = d.keyAt(i);
                if (k instanceof PyStr s && !s.value.startsWith("_")) {
                    pub.add(k);
                }
            }
            names = pub.toArray(new PyObject[0]);
        }
        for (PyObject n : names) {
            String s = Abstract.strString(n);
            Ops.storeName(frame, PyStr.of(s), Abstract.getAttr(module, s));
        }
    }

}
