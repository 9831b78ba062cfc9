package org.matcha.vm;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;
import org.matcha.bytecode.PyCode;
import org.matcha.objects.*;

/**
 * The __spec__ and __loader__ of modules that Matcha's own importer loads, shaped like importlib's
 * ModuleSpec and SourceFileLoader so that importlib, pkgutil, inspect and linecache can use them.
 * CPython: Lib/importlib/_bootstrap.py (ModuleSpec) and _bootstrap_external.py (SourceFileLoader).
 */
public final class ImportSpecs {
    private ImportSpecs() {}

    /** A module spec whose attributes live in an instance dict, as importlib's do. */
    @PyClass(name = "ModuleSpec")
    public static final class ModuleSpec extends PyObject {
        public static final PyType TYPE = PyType.builtin("ModuleSpec", PyType.OBJECT);
        boolean initializing = true;
        private final PyDict dict = new PyDict();

        ModuleSpec(String name, PyObject loader, String origin, PyObject searchLocations) {
            dict.setItem("name", PyStr.of(name));
            dict.setItem("loader", loader);
            dict.setItem("origin", origin == null ? PyNone.NONE : PyStr.of(origin));
            dict.setItem("loader_state", PyNone.NONE);
            dict.setItem("submodule_search_locations", searchLocations);
            dict.setItem("cached", PyNone.NONE);
            dict.setItem("has_location", PyBool.of(origin != null));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        /** ModuleSpec.parent: the package a module belongs to. */
        @org.matcha.annotations.PyGetter
        public PyObject parent() {
            String name = Abstract.strString(Abstract.getAttr(this, "name"));
            if (dict.getItem("submodule_search_locations") instanceof PyNone) {
                int dot = name.lastIndexOf('.');
                return PyStr.of(dot < 0 ? "" : name.substring(0, dot));
            }
            return PyStr.of(name);
        }

        @org.matcha.annotations.PyGetter
        public PyObject _initializing() {
            return PyBool.of(initializing);
        }

        /** CPython: ModuleSpec.__repr__. */
        @PyMethod
        public PyObject __repr__() {
            StringBuilder b = new StringBuilder("ModuleSpec(name=");
            b.append(Abstract.reprString(dict.getItem("name")));
            b.append(", loader=").append(Abstract.reprString(dict.getItem("loader")));
            PyObject origin = dict.getItem("origin");
            if (origin != null && origin != PyNone.NONE) {
                b.append(", origin=").append(Abstract.reprString(origin));
            }
            PyObject locs = dict.getItem("submodule_search_locations");
            if (locs != null && locs != PyNone.NONE) {
                b.append(", submodule_search_locations=").append(Abstract.reprString(locs));
            }
            return PyStr.of(b.append(')').toString());
        }

        /** CPython: ModuleSpec.__eq__. */
        @PyMethod
        public PyObject __eq__(PyObject other) {
            if (!(other instanceof ModuleSpec)) {
                return PySingletons.NOT_IMPLEMENTED;
            }
            for (String a : new String[] {"name", "loader", "origin", "submodule_search_locations", "cached",
                "has_location"}) {
                if (!Abstract.isTrue(Abstract.richCompare(Abstract.getAttr(this, a), Abstract.getAttr(other, a),
                        "=="))) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }
    }

    /**
     * The loader of a module that Matcha's importer found as a source file on sys.path or in the
     * frozen standard library. CPython: SourceFileLoader (FileLoader + SourceLoader).
     */
    @PyClass(name = "SourceFileLoader")
    public static final class SourceLoader extends PyObject {
        public static final PyType TYPE = PyType.builtin("SourceFileLoader", PyType.OBJECT);
        private final PyDict dict = new PyDict();
        final boolean isPackage;

        SourceLoader(String name, String path, boolean isPackage) {
            this.isPackage = isPackage;
            dict.setItem("name", PyStr.of(name));
            dict.setItem("path", PyStr.of(path));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        private String path() {
            return Abstract.strString(dict.getItem("path"));
        }

        private void checkName(PyObject fullname) {
            PyObject mine = dict.getItem("name");
            if (fullname != PyNone.NONE && !Abstract.isTrue(Abstract.richCompare(fullname, mine, "=="))) {
                PyBaseException e = PyBaseException.create(ExceptionTypes.ImportError,
                        PyStr.of("loader for " + Abstract.strString(mine) + " cannot handle "
                                + Abstract.strString(fullname)));
                e.setAttr("name", fullname);
                e.setAttr("path", PyNone.NONE);
                throw new PyException(e);
            }
        }

        /** The raw bytes of this module's source, from the host file system or the frozen library. */
        byte[] sourceBytes() {
            Interpreter interp = Interpreter.current();
            String p = path();
            byte[] data = interp.host.readFile(p);
            if (data == null) {
                data = interp.imports.frozenSource(p);
            }
            if (data == null) {
                throw OsErrors.make(2, PyStr.of(p), null);
            }
            return data;
        }

        @PyMethod(sig = "(fullname=None, /)")
        public PyObject get_filename(PyObject fullname) {
            checkName(fullname);
            return dict.getItem("path");
        }

        @PyMethod(sig = "(fullname, /)")
        public PyObject is_package(PyObject fullname) {
            return PyBool.of(isPackage);
        }

        @PyMethod(sig = "(path, /)")
        public PyObject get_data(PyObject path) {
            String p = Abstract.strString(path);
            byte[] data = Interpreter.current().host.readFile(p);
            if (data == null) {
                data = Interpreter.current().imports.frozenSource(p);
            }
            if (data == null) {
                throw OsErrors.make(2, PyStr.of(p), null);
            }
            return new PyBytes(data);
        }

        /** CPython: SourceLoader.get_source, decoding with the PEP 263 rules. */
        @PyMethod(sig = "(fullname, /)")
        public PyObject get_source(PyObject fullname) {
            checkName(fullname);
            try {
                return PyStr.of(org.matcha.lexer.SourceDecoder.decode(sourceBytes(), path()));
            } catch (org.matcha.parser.PySyntaxError e) {
                throw CompileSupport.toPython(e);
            }
        }

        @PyMethod(sig = "(fullname, /)")
        public PyObject get_code(PyObject fullname) {
            checkName(fullname);
            return CompileSupport.compile(sourceBytes(), path(), "exec");
        }

        @PyMethod(sig = "(spec, /)")
        public PyObject create_module(PyObject spec) {
            return PyNone.NONE;
        }

        @PyMethod(sig = "(module, /)")
        public void exec_module(PyObject module) {
            PyCode code = CompileSupport.compile(sourceBytes(), path(), "exec");
            PyDict d = module.dict();
            Interpreter.current().runCode(code, d, d);
        }

        /** The deprecated load_module: import (or reload) the module through the import system. */
        @PyMethod(sig = "(fullname=None, /)")
        public PyObject load_module(PyObject fullname) {
            checkName(fullname);
            String name = Abstract.strString(dict.getItem("name"));
            Interpreter interp = Interpreter.current();
            PyObject existing = interp.modules.getItem(name);
            if (existing != null) {
                exec_module(existing);
                return existing;
            }
            return interp.imports.importAbsolute(name);
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<SourceFileLoader object at " + Abstract.address(this) + ">");
        }

        @PyMethod
        public PyObject __eq__(PyObject other) {
            if (!(other instanceof SourceLoader o)) {
                return PySingletons.NOT_IMPLEMENTED;
            }
            return PyBool.of(Abstract.isTrue(Abstract.richCompare(dict.getItem("name"), o.dict.getItem("name"), "=="))
                    && Abstract.isTrue(Abstract.richCompare(dict.getItem("path"), o.dict.getItem("path"), "==")));
        }

        @PyMethod
        public long __hash__() {
            return Abstract.hash(dict.getItem("name")) ^ Abstract.hash(dict.getItem("path"));
        }
    }
}
