package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code property}. CPython: Objects/descrobject.c property_descr_get/set. */
@PyClass(name = "property", doc = "Property attribute.\n"
        + "\n"
        + "  fget\n"
        + "    function to be used for getting an attribute value\n"
        + "  fset\n"
        + "    function to be used for setting an attribute value\n"
        + "  fdel\n"
        + "    function to be used for del'ing an attribute\n"
        + "  doc\n"
        + "    docstring\n"
        + "\n"
        + "Typical use is to define a managed attribute x:\n"
        + "\n"
        + "class C(object):\n"
        + "    def getx(self): return self._x\n"
        + "    def setx(self, value): self._x = value\n"
        + "    def delx(self): del self._x\n"
        + "    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n"
        + "\n"
        + "Decorators make defining new properties or modifying existing ones easy:\n"
        + "\n"
        + "class C(object):\n"
        + "    @property\n"
        + "    def x(self):\n"
        + "        \"I am the 'x' property.\"\n"
        + "        return self._x\n"
        + "    @x.setter\n"
        + "    def x(self, value):\n"
        + "        self._x = value\n"
        + "    @x.deleter\n"
        + "    def x(self):\n"
        + "        del self._x")
public final class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, PyProperty::new);
    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    /** The attribute name from __set_name__, for error messages. */
    PyObject name = PyNone.NONE;
    private final PyType type;

    PyProperty(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject get(PyObject obj, PyType t) {
        if (obj == null) {
            return this;
        }
        if (fget == PyNone.NONE) {
            throw Errors.attributeError(name == PyNone.NONE ? "unreadable attribute"
                    : "property " + Abstract.reprString(name) + " of '" + obj.type().name + "' object has no getter");
        }
        return Abstract.call(fget, obj);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (fset == PyNone.NONE) {
            throw Errors.attributeError(name == PyNone.NONE ? "can't set attribute"
                    : "property " + Abstract.reprString(name) + " of '" + obj.type().name + "' object has no setter");
        }
        Abstract.call(fset, obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        if (fdel == PyNone.NONE) {
            throw Errors.attributeError(name == PyNone.NONE ? "can't delete attribute"
                    : "property " + Abstract.reprString(name) + " of '" + obj.type().name + "' object has no deleter");
        }
        Abstract.call(fdel, obj);
    }

    @PyMethod(sig = "(fget=None, fset=None, fdel=None, doc=None)")
    public void __init__(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        if (doc == PyNone.NONE && fget != PyNone.NONE) {
            PyObject d = Abstract.lookupAttrOrNull(fget, "__doc__");
            doc = d == null ? PyNone.NONE : d;
        }
        this.doc = doc;
    }

    private PyProperty copy(PyObject g, PyObject s, PyObject d) {
        PyProperty p = new PyProperty(type);
        p.fget = g;
        p.fset = s;
        p.fdel = d;
        p.doc = doc;
        p.name = name;
        return p;
    }

    @PyMethod
    public PyObject getter(PyObject f) {
        return copy(f, fset, fdel);
    }

    @PyMethod
    public PyObject setter(PyObject f) {
        return copy(fget, f, fdel);
    }

    @PyMethod
    public PyObject deleter(PyObject f) {
        return copy(fget, fset, f);
    }

    @PyMethod
    public void __set_name__(PyObject owner, PyObject name) {
        this.name = name;
    }

    @PyMethod(sig = "(instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return get(instance == PyNone.NONE ? null : instance, null);
    }

    @PyMethod
    public void __set__(PyObject instance, PyObject value) {
        set(instance, value);
    }

    @PyMethod
    public void __delete__(PyObject instance) {
        delete(instance);
    }

    @PyGetter
    public PyObject fget() {
        return fget;
    }

    @PyGetter
    public PyObject fset() {
        return fset;
    }

    @PyGetter
    public PyObject fdel() {
        return fdel;
    }

    @PyGetter
    public PyObject __doc__() {
        return doc;
    }

    @PyGetter
    public PyObject __isabstractmethod__() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            PyObject v = Abstract.lookupAttrOrNull(f, "__isabstractmethod__");
            if (v != null && Abstract.isTrue(v)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }
}
