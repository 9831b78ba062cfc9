package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code int | str}. CPython: Objects/unionobject.c. */
@PyClass(name = "types.UnionType")
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.UnionType", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
    }

    final PyTuple args;
    private PyTuple parameters;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The members of a union, for isinstance and issubclass. CPython: _Py_union_args. */
    public PyTuple args() {
        return args;
    }

    private static boolean isUnionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code a | b}, or NotImplemented when either side is no type. CPython: _Py_union_type_or. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return make(new PyObject[] {a, b});
    }

    /** Flattens nested unions, turns None into NoneType and drops duplicates. CPython: make_union. */
    private static PyObject make(PyObject[] items) {
        java.util.ArrayList<PyObject> flat = new java.util.ArrayList<>();
        for (PyObject x : items) {
            if (x instanceof PyUnionType u) {
                flat.addAll(java.util.Arrays.asList(u.args.items));
            } else {
                flat.add(x == PyNone.NONE ? PyNone.TYPE : x);
            }
        }
        java.util.ArrayList<PyObject> unique = new java.util.ArrayList<>();
        for (PyObject x : flat) {
            boolean dup = false;
            for (PyObject y : unique) {
                // CPython: is_same, generic aliases compare by value
                if (x instanceof PyGenericAlias && y instanceof PyGenericAlias ? Abstract.eqBool(x, y) : x == y) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                unique.add(x);
            }
        }
        if (unique.size() == 1) {
            return unique.get(0);
        }
        return new PyUnionType(PyTuple.of(unique.toArray(new PyObject[0])));
    }

    /** CPython: union_repr_item. */
    @PyMethod
    public PyObject __repr__() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.items.length; i++) {
            if (i > 0) {
                b.append(" | ");
            }
            PyObject x = args.items[i];
            if (x == PyNone.TYPE) {
                b.append("None");
            } else {
                PyGenericAlias.reprItem(b, x);
            }
        }
        return PyStr.of(b.toString());
    }

    @PyGetter
    public PyObject __args__() {
        return args;
    }

    @PyGetter
    public PyObject __parameters__() {
        if (parameters == null) {
            parameters = PyGenericAlias.makeParameters(args);
        }
        return parameters;
    }

    /** CPython: union_getitem, the substituted members or-ed together again. */
    @PyMethod
    public PyObject __getitem__(PyObject item) {
        __parameters__();
        PyTuple newargs = PyGenericAlias.substitute(this, args, parameters, item);
        if (newargs.items.length == 0) {
            return make(newargs.items);
        }
        PyObject res = newargs.items[0];
        for (int i = 1; i < newargs.items.length; i++) {
            res = Abstract.binaryOp(res, newargs.items[i], 7);
        }
        return res;
    }

    @PyMethod
    public PyObject __or__(PyObject o) {
        return or(this, o);
    }

    @PyMethod
    public PyObject __ror__(PyObject o) {
        return or(o, this);
    }

    @PyMethod
    public PyObject __hash__() {
        return PyInt.of(Abstract.hash(PySet.frozen(args.items)));
    }

    /** CPython: union_richcompare, the members compared as sets. */
    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyUnionType u)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(Abstract.eqBool(PySet.frozen(args.items), PySet.frozen(u.args.items)));
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        PyObject r = __eq__(o);
        return r == PySingletons.NOT_IMPLEMENTED ? r : PyBool.of(r != PyBool.TRUE);
    }
}
