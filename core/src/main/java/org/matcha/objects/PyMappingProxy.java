package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** A read-only view of a mapping, e.g. a class's {@code __dict__}. CPython: mappingproxy. */
@PyClass(name = "mappingproxy")
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT);
    static {
        // CPython 3.11: tp_richcompare without tp_hash, so unhashable
        TYPE.dict().setItem("__hash__", PyNone.NONE);
    }

    /** The mapping shown: any object with __getitem__ except a list or tuple. */
    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject method(String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(mapping, name), args);
    }

    /** mappingproxy(mapping). CPython: mappingproxy_new, mappingproxy_check_mapping. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(mapping)")
    public static PyObject __new__(PyType cls, PyObject mapping) {
        if (mapping instanceof PyList || mapping instanceof PyTuple || mapping.type().lookup("__getitem__") == null) {
            throw Errors.typeError("mappingproxy() argument must be a mapping, not " + mapping.type().name);
        }
        return new PyMappingProxy(mapping);
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        return Abstract.getItem(mapping, key);
    }

    @PyMethod
    public int __len__() {
        return (int) Abstract.len(mapping);
    }

    @PyMethod
    public PyObject __iter__() {
        return Abstract.iter(mapping);
    }

    @PyMethod
    public PyObject __reversed__() {
        return method("__reversed__");
    }

    @PyMethod
    public boolean __contains__(PyObject key) {
        if (mapping.type() == PyDict.TYPE) {
            return ((PyDict) mapping).containsKey(key);
        }
        return Abstract.contains(mapping, key);
    }

    @PyMethod(sig = "(key, default=None, /)")
    public PyObject get(PyObject key, PyObject dflt) {
        return method("get", key, dflt);
    }

    @PyMethod
    public PyObject keys() {
        return method("keys");
    }

    @PyMethod
    public PyObject values() {
        return method("values");
    }

    @PyMethod
    public PyObject items() {
        return method("items");
    }

    @PyMethod
    public PyObject copy() {
        return method("copy");
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyMappingProxy p ? p.mapping : o;
    }

    /** CPython: mappingproxy_or, the | of the underlying mappings. */
    @PyMethod
    public PyObject __or__(PyObject other) {
        return Abstract.binaryOp(mapping, unwrap(other), 7);
    }

    @PyMethod
    public PyObject __ror__(PyObject other) {
        return Abstract.binaryOp(unwrap(other), mapping, 7);
    }

    @PyMethod
    public PyObject __ior__(PyObject other) {
        throw Errors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    /** CPython: mappingproxy_richcompare, comparing the mapping itself. */
    @PyMethod
    public PyObject __eq__(PyObject other) {
        return Abstract.richCompare(mapping, other, 2);
    }

    @PyMethod
    public PyObject __ne__(PyObject other) {
        return Abstract.richCompare(mapping, other, 3);
    }

    @PyMethod
    public PyObject __lt__(PyObject other) {
        return Abstract.richCompare(mapping, other, 0);
    }

    @PyMethod
    public PyObject __le__(PyObject other) {
        return Abstract.richCompare(mapping, other, 1);
    }

    @PyMethod
    public PyObject __gt__(PyObject other) {
        return Abstract.richCompare(mapping, other, 4);
    }

    @PyMethod
    public PyObject __ge__(PyObject other) {
        return Abstract.richCompare(mapping, other, 5);
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
}
