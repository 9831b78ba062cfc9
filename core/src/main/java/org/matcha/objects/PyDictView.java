package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** dict_keys, dict_values and dict_items. CPython: Objects/dictobject.c (dictview_*). */
@PyClass(name = "dict_keys")
public final class PyDictView extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict_keys", PyType.OBJECT);
    public static final PyType VALUES_TYPE = PyType.builtin("dict_values", PyType.OBJECT);
    public static final PyType ITEMS_TYPE = PyType.builtin("dict_items", PyType.OBJECT);
    final PyDict dict;
    final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == PyIterators.DictIterator.KEYS ? TYPE : kind == PyIterators.DictIterator.VALUES ? VALUES_TYPE
                : ITEMS_TYPE;
    }

    /** Installs the same methods on dict_values and dict_items (values drops the set operations). */
    public static void installSiblings() {
        // CPython: dictview_mapping, a read-only proxy of the viewed dict
        for (PyType t : new PyType[] {TYPE, VALUES_TYPE, ITEMS_TYPE}) {
            t.addGetter("mapping", v -> new PyMappingProxy(((PyDictView) v).dict));
        }
        for (PyType t : new PyType[] {VALUES_TYPE, ITEMS_TYPE}) {
            for (String name : new String[] {"__len__", "__iter__", "__repr__", "__reversed__"}) {
                t.dict().setItem(name, TYPE.dict().getItem(name));
            }
        }
        // dict_values has no __contains__: `in` iterates (CPython: PyDictValues_Type has no sq_contains)
        ITEMS_TYPE.dict().setItem("__contains__", TYPE.dict().getItem("__contains__"));
        for (String name : new String[] {"__and__", "__or__", "__sub__", "__xor__", "__rand__", "__ror__",
                "__rsub__", "__rxor__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "isdisjoint"}) {
            ITEMS_TYPE.dict().setItem(name, TYPE.dict().getItem(name));
        }
    }

    @PyMethod
    public int __len__() {
        return dict.size();
    }

    @PyMethod
    public PyObject __iter__() {
        return new PyIterators.DictIterator(dict, kind);
    }

    @PyMethod
    public PyObject __reversed__() {
        return new PyIterators.DictReverseIterator(dict, kind);
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        if (kind == PyIterators.DictIterator.KEYS) {
            return dict.containsKey(o);
        }
        if (kind == PyIterators.DictIterator.ITEMS) {
            if (!(o instanceof PyTuple t) || t.items.length != 2) {
                return false;
            }
            PyObject v = dict.getItem(t.items[0]);
            return v != null && (v == t.items[1] || Abstract.eqBool(v, t.items[1]));
        }
        for (int i = dict.nextEntry(0); i >= 0; i = dict.nextEntry(i + 1)) {
            if (dict.valueAt(i) == o || Abstract.eqBool(dict.valueAt(i), o)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    public PyObject __repr__() {
        PyList l = new PyList();
        l.extend(this);
        return PyStr.of(type().name + "(" + Abstract.reprString(l) + ")");
    }

    private PySet asSet() {
        PySet s = new PySet(PySet.TYPE);
        s.update(this);
        return s;
    }

    private static PySet toSet(PyObject o) {
        PySet s = new PySet(PySet.TYPE);
        s.update(o);
        return s;
    }

    @PyMethod
    public PyObject __and__(PyObject o) {
        return asSet().intersectionWith(toSet(o));
    }

    @PyMethod
    public PyObject __rand__(PyObject o) {
        return toSet(o).intersectionWith(asSet());
    }

    @PyMethod
    public PyObject __or__(PyObject o) {
        PySet s = asSet();
        s.update(o);
        return s;
    }

    @PyMethod
    public PyObject __ror__(PyObject o) {
        PySet s = toSet(o);
        s.update(this);
        return s;
    }

    @PyMethod
    public PyObject __sub__(PyObject o) {
        return asSet().differenceWith(toSet(o));
    }

    @PyMethod
    public PyObject __rsub__(PyObject o) {
        return toSet(o).differenceWith(asSet());
    }

    @PyMethod
    public PyObject __xor__(PyObject o) {
        return asSet().symmetricDifferenceWith(toSet(o));
    }

    @PyMethod
    public PyObject __rxor__(PyObject o) {
        return toSet(o).symmetricDifferenceWith(asSet());
    }

    @PyMethod
    public boolean isdisjoint(PyObject o) {
        PyObject it = Abstract.iter(o);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (__contains__(x)) {
                return false;
            }
        }
        return true;
    }

    private PyObject compare(PyObject o, String op) {
        if (!(o instanceof PySet) && !(o instanceof PyDictView)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(asSet(), o instanceof PySet ? o : ((PyDictView) o).asSet(), op);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return compare(o, "==");
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return compare(o, "!=");
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return compare(o, "<");
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return compare(o, "<=");
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return compare(o, ">");
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return compare(o, ">=");
    }
}
