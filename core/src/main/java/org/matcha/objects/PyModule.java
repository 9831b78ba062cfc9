package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** A module: a namespace dict with a name. CPython: Objects/moduleobject.c. */
@PyClass(name = "module")
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, t -> new PyModule(t, "?"));

    private final PyType type;
    public final PyDict dict;

    static {
        // CPython: moduleobject.c module_get_annotations / module_set_annotations (created on first use)
        TYPE.addGetSet("__annotations__", m -> {
            PyDict d = ((PyModule) m).dict;
            PyObject a = d.getItem("__annotations__");
            if (a == null) {
                a = new PyDict();
                d.setItem("__annotations__", a);
            }
            return a;
        }, (m, v) -> {
            PyDict d = ((PyModule) m).dict;
            if (v != null) {
                d.setItem("__annotations__", v);
            } else if (d.getItem("__annotations__") == null) {
                throw Errors.attributeError("__annotations__");
            } else {
                d.removeItem("__annotations__");
            }
        });
    }

    public PyModule(String name) {
        this(TYPE, name);
    }

    protected PyModule(PyType type, String name) {
        this.type = type;
        this.dict = new PyDict();
        dict.setItem("__name__", PyStr.of(name));
        dict.setItem("__doc__", PyNone.NONE);
        dict.setItem("__package__", PyNone.NONE);
        dict.setItem("__loader__", PyNone.NONE);
        dict.setItem("__spec__", PyNone.NONE);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** module.__dict__ (CPython: module_members, "__dict__"). */
    @org.matcha.annotations.PyGetter(name = "__dict__")
    public PyObject namespace() {
        return dict;
    }

    public String name() {
        PyObject n = dict.getItem("__name__");
        return n instanceof PyStr s ? s.value : "?";
    }

    /** Used by native modules' init and the generated installers. */
    public void addFunction(PyBuiltinFunction f) {
        if (!name().equals("builtins")) {
            f.spec.qualifyCallingConventionName(name());
        }
        dict.setItem(f.name, new PyBuiltinFunctionObject(f, this));
    }

    public void add(String name, PyObject value) {
        dict.setItem(name, value);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        return new PyModule(cls, "?");
    }

    @PyMethod(sig = "(name, doc=None)")
    public void __init__(PyObject name, PyObject doc) {
        dict.setItem("__name__", name);
        dict.setItem("__doc__", doc);
    }

    @PyMethod
    public PyObject __repr__() {
        PyObject file = dict.getItem("__file__");
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + name() + "' from '" + f.value + "'>");
        }
        return PyStr.of("<module '" + name() + "' (built-in)>");
    }

    @PyMethod
    public PyObject __dir__() {
        // CPython: module___dir___impl — a module-level __dir__ function (PEP 562) answers instead
        PyObject d = Abstract.getAttr(this, "__dict__");
        if (!(d instanceof PyDict dd)) {
            throw Errors.typeError("<module>.__dict__ is not a dictionary");
        }
        PyObject custom = dd.getItem("__dir__");
        if (custom != null) {
            return Abstract.call(custom);
        }
        PyList l = new PyList();
        l.extend(dd);
        return l;
    }
}
