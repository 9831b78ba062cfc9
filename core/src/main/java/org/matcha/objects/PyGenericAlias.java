package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/**
 * {@code list[int]} and friends: an origin with its arguments. Attributes other than its own are
 * read from the origin; subscripting substitutes type variables. CPython: Objects/genericaliasobject.c.
 */
@PyClass(name = "types.GenericAlias")
public class PyGenericAlias extends PyObject implements Callable {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyType.OBJECT, PyGenericAlias::new);

    static {
        TYPE.customAttributes = true;
        TYPE.weakrefable = true;
    }

    /** The names read from the alias itself, not its origin. CPython: attr_exceptions. */
    private static final String[] OWN_ATTRIBUTES = {"__class__", "__origin__", "__args__", "__unpacked__",
        "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__"};

    private final PyType type;
    PyObject origin;
    PyTuple args;
    /** {@code *tuple[int]}: the alias unpacked by a star (CPython: starred). */
    boolean starred;
    private PyTuple parameters;
    private PyDict dict;

    private PyGenericAlias(PyType type) {
        this.type = type;
        this.origin = PyNone.NONE;
        this.args = PyTuple.of();
    }

    public PyGenericAlias(PyObject origin, PyObject item) {
        this(TYPE);
        this.origin = origin;
        this.args = item instanceof PyTuple t ? t : PyTuple.of(item);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type.hasInstanceDict) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Calls the origin and records this alias as the new object's __orig_class__. CPython: ga_call. */
    @Override
    public PyObject call(PyObject[] a, String[] kwnames) {
        PyObject obj = Abstract.call(origin, a, kwnames);
        try {
            Abstract.setAttr(obj, "__orig_class__", this);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.AttributeError) && !e.matches(ExceptionTypes.TypeError)) {
                throw e;
            }
        }
        return obj;
    }

    /** types.GenericAlias(origin, args). CPython: ga_new. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0 && cls == TYPE) {
            throw Errors.typeError("GenericAlias() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("GenericAlias expected 2 arguments, got " + args.length);
        }
        PyGenericAlias ga = new PyGenericAlias(cls);
        ga.origin = args[0];
        ga.args = args[1] instanceof PyTuple t ? t : PyTuple.of(args[1]);
        return ga;
    }

    @PyMethod
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        PyGenericAlias ga = (PyGenericAlias) self;
        if (name instanceof PyStr s) {
            boolean own = false;
            for (String n : OWN_ATTRIBUTES) {
                if (n.equals(s.value)) {
                    own = true;
                    break;
                }
            }
            if (!own) {
                return Abstract.getAttr(ga.origin, s.value);
            }
        }
        return ObjectMethods.__getattribute__(self, name);
    }

    /** CPython: ga_repr_item. */
    static void reprItem(StringBuilder b, PyObject p) {
        if (p == PySingletons.ELLIPSIS) {
            b.append("...");
            return;
        }
        if (Abstract.lookupAttrOrNull(p, "__origin__") != null && Abstract.lookupAttrOrNull(p, "__args__") != null) {
            b.append(Abstract.reprString(p));
            return;
        }
        PyObject qualname = Abstract.lookupAttrOrNull(p, "__qualname__");
        if (qualname == null) {
            b.append(Abstract.reprString(p));
            return;
        }
        PyObject module = Abstract.lookupAttrOrNull(p, "__module__");
        if (module == null || module == PyNone.NONE) {
            b.append(Abstract.reprString(p));
            return;
        }
        if (module instanceof PyStr ms && ms.value.equals("builtins")) {
            b.append(Abstract.str(qualname));
        } else {
            b.append(Abstract.str(module)).append('.').append(Abstract.str(qualname));
        }
    }

    @PyMethod
    public static PyObject __repr__(PyObject self) {
        PyGenericAlias ga = (PyGenericAlias) self;
        StringBuilder b = new StringBuilder();
        if (ga.starred) {
            b.append('*');
        }
        reprItem(b, ga.origin);
        b.append('[');
        PyObject[] items = ga.args.items;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (items[i].type() == PyList.TYPE) {
                // a ParamSpec's list of argument types
                PyList l = (PyList) items[i];
                b.append('[');
                for (int j = 0; j < l.size; j++) {
                    if (j > 0) {
                        b.append(", ");
                    }
                    reprItem(b, l.items[j]);
                }
                b.append(']');
            } else {
                reprItem(b, items[i]);
            }
        }
        if (items.length == 0) {
            b.append("()");
        }
        return PyStr.of(b.append(']').toString());
    }

    @PyGetter
    public PyObject __origin__() {
        return origin;
    }

    @PyGetter
    public PyObject __args__() {
        return args;
    }

    @PyGetter
    public PyObject __parameters__() {
        if (parameters == null) {
            parameters = makeParameters(args);
        }
        return parameters;
    }

    @PyGetter
    public PyObject __unpacked__() {
        return PyBool.of(starred);
    }

    @PyGetter
    public PyObject __typing_unpacked_tuple_args__() {
        return starred && origin == PyTuple.TYPE ? args : PyNone.NONE;
    }

    @PyMethod
    public static PyObject __mro_entries__(PyObject self, PyObject bases) {
        return PyTuple.of(((PyGenericAlias) self).origin);
    }

    @PyMethod
    public static PyObject __instancecheck__(PyObject self, PyObject obj) {
        throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @PyMethod
    public static PyObject __subclasscheck__(PyObject self, PyObject obj) {
        throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }

    /** CPython: ga_reduce; a starred alias is rebuilt as next(iter(alias)). */
    @PyMethod
    public static PyObject __reduce__(PyObject self) {
        PyGenericAlias ga = (PyGenericAlias) self;
        if (ga.starred) {
            PyObject next = org.matcha.vm.Interpreter.current().builtinsModule.dict.getItem("next");
            return PyTuple.of(next, PyTuple.of(new AliasIterator(new PyGenericAlias(ga.origin, ga.args))));
        }
        return PyTuple.of(ga.type, PyTuple.of(ga.origin, ga.args));
    }

    /** CPython: ga_dir: the origin's names and the alias's own. */
    @PyMethod
    public static PyObject __dir__(PyObject self) {
        PyObject names = Abstract.call(org.matcha.vm.Interpreter.current().builtinsModule.dict.getItem("dir"),
                ((PyGenericAlias) self).origin);
        PyList l = (PyList) names;
        for (String n : OWN_ATTRIBUTES) {
            PyStr s = PyStr.of(n);
            if (!l.__contains__(s)) {
                l.append(s);
            }
        }
        return l;
    }

    @PyMethod
    public static PyObject __hash__(PyObject self) {
        PyGenericAlias ga = (PyGenericAlias) self;
        return PyInt.of(Abstract.hash(ga.origin) ^ Abstract.hash(ga.args));
    }

    /** CPython: ga_richcompare. */
    @PyMethod
    public static PyObject __eq__(PyObject self, PyObject o) {
        if (!(o instanceof PyGenericAlias b)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyGenericAlias a = (PyGenericAlias) self;
        if (a.starred != b.starred) {
            return PyBool.FALSE;
        }
        return PyBool.of(Abstract.eqBool(a.origin, b.origin) && Abstract.eqBool(a.args, b.args));
    }

    @PyMethod
    public static PyObject __ne__(PyObject self, PyObject o) {
        PyObject r = __eq__(self, o);
        return r == PySingletons.NOT_IMPLEMENTED ? r : PyBool.of(r != PyBool.TRUE);
    }

    @PyMethod
    public static PyObject __or__(PyObject self, PyObject o) {
        return PyUnionType.or(self, o);
    }

    @PyMethod
    public static PyObject __ror__(PyObject self, PyObject o) {
        return PyUnionType.or(o, self);
    }

    @PyMethod
    public static PyObject __iter__(PyObject self) {
        return new AliasIterator((PyGenericAlias) self);
    }

    /** CPython: ga_getitem. */
    @PyMethod
    public static PyObject __getitem__(PyObject self, PyObject item) {
        PyGenericAlias ga = (PyGenericAlias) self;
        ga.__parameters__();
        PyTuple newargs = substitute(self, ga.args, ga.parameters, item);
        PyGenericAlias res = new PyGenericAlias(ga.origin, newargs);
        res.starred = ga.starred;
        return res;
    }

    // ---- type-variable substitution, shared with types.UnionType ----

    private static int indexOf(PyObject[] items, int n, PyObject x) {
        for (int i = 0; i < n; i++) {
            if (items[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** The type variables of {@code args}, in order of first appearance. CPython: _Py_make_parameters. */
    static PyTuple makeParameters(PyTuple args) {
        java.util.ArrayList<PyObject> params = new java.util.ArrayList<>();
        for (PyObject t : args.items) {
            if (t instanceof PyType) {
                continue; // not the __parameters__ descriptor of a bare class
            }
            if (Abstract.lookupAttrOrNull(t, "__typing_subst__") != null) {
                if (!containsIdentical(params, t)) {
                    params.add(t);
                }
            } else {
                PyObject sub = Abstract.lookupAttrOrNull(t, "__parameters__");
                if (sub instanceof PyTuple st) {
                    for (PyObject t2 : st.items) {
                        if (!containsIdentical(params, t2)) {
                            params.add(t2);
                        }
                    }
                }
            }
        }
        return PyTuple.of(params.toArray(new PyObject[0]));
    }

    private static boolean containsIdentical(java.util.List<PyObject> l, PyObject x) {
        for (PyObject o : l) {
            if (o == x) {
                return true;
            }
        }
        return false;
    }

    /** The arguments of {@code *tuple[...]}, or null. CPython: _unpacked_tuple_args. */
    private static PyObject unpackedTupleArgs(PyObject arg) {
        if (arg instanceof PyGenericAlias ga && ga.starred && ga.origin == PyTuple.TYPE) {
            return ga.args;
        }
        PyObject r = Abstract.lookupAttrOrNull(arg, "__typing_unpacked_tuple_args__");
        return r == null || r == PyNone.NONE ? null : r;
    }

    /** The subscript as a tuple, with {@code *tuple[int, str]} items spread out. CPython: _unpack_args. */
    private static PyTuple unpackArgs(PyObject item) {
        PyObject[] items = item instanceof PyTuple t ? t.items : new PyObject[] {item};
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        for (PyObject x : items) {
            if (!(x instanceof PyType)) {
                PyObject sub = unpackedTupleArgs(x);
                if (sub instanceof PyTuple st
                        && !(st.items.length > 0 && st.items[st.items.length - 1] == PySingletons.ELLIPSIS)) {
                    out.addAll(java.util.Arrays.asList(st.items));
                    continue;
                }
            }
            out.add(x);
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    /** {@code obj} with its own type variables replaced. CPython: subs_tvars. */
    private static PyObject substituteVars(PyObject obj, PyTuple params, PyObject[] argitems) {
        PyObject sub = Abstract.lookupAttrOrNull(obj, "__parameters__");
        if (!(sub instanceof PyTuple st) || st.items.length == 0) {
            return obj;
        }
        java.util.ArrayList<PyObject> subargs = new java.util.ArrayList<>();
        for (PyObject arg : st.items) {
            int i = indexOf(params.items, params.items.length, arg);
            if (i >= 0) {
                PyObject param = params.items[i];
                arg = argitems[i];
                if (param.type().lookup("__iter__") != null && arg instanceof PyTuple at) {
                    // a TypeVarTuple takes a tuple of types
                    subargs.addAll(java.util.Arrays.asList(at.items));
                    continue;
                }
            }
            subargs.add(arg);
        }
        return Abstract.getItem(obj, PyTuple.of(subargs.toArray(new PyObject[0])));
    }

    /**
     * The arguments of {@code self[item]}: each type variable in {@code args} replaced by its value.
     * CPython: _Py_subs_parameters.
     */
    static PyTuple substitute(PyObject self, PyTuple args, PyTuple parameters, PyObject item) {
        int nparams = parameters.items.length;
        if (nparams == 0) {
            throw Errors.typeError(Abstract.reprString(self) + " is not a generic class");
        }
        PyObject items = unpackArgs(item);
        for (PyObject param : parameters.items) {
            PyObject prepare = Abstract.lookupAttrOrNull(param, "__typing_prepare_subst__");
            if (prepare != null && prepare != PyNone.NONE) {
                items = Abstract.call(prepare, self, items);
            }
        }
        PyObject[] argitems = items instanceof PyTuple t ? t.items : new PyObject[] {items};
        if (argitems.length != nparams) {
            throw Errors.typeError("Too " + (argitems.length > nparams ? "many" : "few") + " arguments for "
                    + Abstract.reprString(self) + "; actual " + argitems.length + ", expected " + nparams);
        }
        java.util.ArrayList<PyObject> newargs = new java.util.ArrayList<>();
        for (PyObject arg : args.items) {
            if (arg instanceof PyType) {
                newargs.add(arg);
                continue;
            }
            PyObject unpackFlag = Abstract.lookupAttrOrNull(arg, "__typing_is_unpacked_typevartuple__");
            boolean unpack = unpackFlag != null && Abstract.isTrue(unpackFlag);
            PyObject subst = Abstract.lookupAttrOrNull(arg, "__typing_subst__");
            if (subst != null) {
                int i = indexOf(parameters.items, nparams, arg);
                arg = Abstract.call(subst, argitems[i]);
            } else {
                arg = substituteVars(arg, parameters, argitems);
            }
            if (unpack) {
                PyTuple t = (PyTuple) Abstract.call(PyTuple.TYPE, arg);
                newargs.addAll(java.util.Arrays.asList(t.items));
            } else {
                newargs.add(arg);
            }
        }
        return PyTuple.of(newargs.toArray(new PyObject[0]));
    }

    /** iter(list[int]) yields *list[int] once. CPython: gaiterobject. */
    @PyClass(name = "generic_alias_iterator")
    public static final class AliasIterator extends PyIterator {
        public static final PyType TYPE = PyType.builtin("generic_alias_iterator", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
        }

        private PyGenericAlias obj;

        AliasIterator(PyGenericAlias obj) {
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** CPython: ga_iter_reduce. */
        @PyMethod
        public PyObject __reduce__() {
            PyObject iter = org.matcha.vm.Interpreter.current().builtinsModule.dict.getItem("iter");
            return PyTuple.of(iter, obj == null ? PyTuple.of(PyTuple.of()) : PyTuple.of(obj));
        }

        @Override
        public PyObject nextOrNull() {
            if (obj == null) {
                return null;
            }
            PyGenericAlias starred = new PyGenericAlias(obj.origin, obj.args);
            starred.starred = true;
            obj = null;
            return starred;
        }
    }

    /** The Python-visible __call__ (calls go through {@link Callable} directly). CPython: tp_call's slot wrapper. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(self, args, kwargs);
    }
}
