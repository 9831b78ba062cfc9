package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** A read-only view of a mapping, e.g. a class's {@code __dict__}. CPython: mappingproxy. */
@PyClass(name = "mappingproxy")
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT);
    final PyDict mapping;

    public PyMappingProxy(PyDict mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** mappingproxy(mapping) over a dict (other mappings are not supported yet). CPython: mappingproxy_new. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(mapping)")
    public static PyObject __new__(PyType cls, PyObject mapping) {
        if (mapping instanceof PyDict d) {
            return new PyMappingProxy(d);
        }
        if (mapping instanceof PyList || mapping instanceof PyTuple || Abstract.lookupAttrOrNull(mapping, "keys") == null) {
            throw Errors.typeError("mappingproxy() argument must be a mapping, not " + mapping.type().name);
        }
        throw Errors.notImplemented("mappingproxy() over a mapping that is not a dict");
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        return mapping.__getitem__(key);
    }

    @PyMethod
    public int __len__() {
        return mapping.size();
    }

    @PyMethod
    public PyObject __iter__() {
        return mapping.__iter__();
    }

    @PyMethod
    public boolean __contains__(PyObject key) {
        return mapping.containsKey(key);
    }

    @PyMethod(sig = "(key, default=None, /)")
    public PyObject get(PyObject key, PyObject dflt) {
        PyObject v = mapping.getItem(key);
        return v == null ? dflt : v;
    }

    @PyMethod
    public PyObject keys() {
        return DictMethods.keys(mapping);
    }

    @PyMethod
    public PyObject values() {
        return DictMethods.values(mapping);
    }

    @PyMethod
    public PyObject items() {
        return DictMethods.items(mapping);
    }

    @PyMethod
    public PyObject copy() {
        return mapping.copyDict();
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("mappingproxy(" + Abstract.reprString(mapping) + ")");
    }

    /** CPython: mappingproxy_str — str() of the mapping. */
    @PyMethod
    public PyObject __str__() {
        return Abstract.str(mapping);
    }

    // CPython: mappingproxy_richcompare compares the underlying mapping with the other operand.

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return Abstract.richCompare(mapping, o, 0);
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return Abstract.richCompare(mapping, o, 1);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return Abstract.richCompare(mapping, o, 2);
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return Abstract.richCompare(mapping, o, 3);
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return Abstract.richCompare(mapping, o, 4);
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return Abstract.richCompare(mapping, o, 5);
    }
}
