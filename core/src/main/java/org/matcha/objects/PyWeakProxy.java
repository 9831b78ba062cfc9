package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * {@code weakref.proxy}: an object that forwards every operation to its referent.
 * {@code weakref.CallableProxyType} is the same with {@code __call__}. Like {@link PyWeakRef}, the
 * referent is kept alive. CPython: Objects/weakrefobject.c (proxy_*).
 */
@PyClass(name = "weakref.ProxyType")
public final class PyWeakProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("weakref.ProxyType", PyType.OBJECT);
    public static final PyType CALLABLE_TYPE = PyType.builtin("weakref.CallableProxyType", PyType.OBJECT);

    private final PyType type;
    final PyObject referent;
    final PyObject callback;

    private PyWeakProxy(PyType type, PyObject referent, PyObject callback) {
        this.type = type;
        this.referent = referent;
        this.callback = callback;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** _weakref.proxy(ob, callback=None); a callback-less proxy is shared. CPython: PyWeakref_NewProxy. */
    public static PyObject create(PyObject ob, PyObject callback) {
        PyWeakRef.checkWeakrefable(ob);
        PyType t = Abstract.isCallable(ob) ? CALLABLE_TYPE : TYPE;
        if (callback == PyNone.NONE) {
            for (PyObject r : PyWeakRef.refsTo(ob)) {
                if (r.type() == t && ((PyWeakProxy) r).callback == PyNone.NONE) {
                    return r;
                }
            }
        }
        PyWeakProxy p = new PyWeakProxy(t, ob, callback);
        PyWeakRef.register(ob, p);
        return p;
    }

    static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy p ? p.referent : o;
    }

    /** Installs the forwarding operators on both proxy types. */
    public static void install() {
        PyWeakProxyExposed.install(CALLABLE_TYPE);
        TYPE.dict().removeItem("__call__");
        for (PyType t : new PyType[] {TYPE, CALLABLE_TYPE}) {
            t.customAttributes = true;
            t.dict().setItem("__hash__", PyNone.NONE);
        }
        for (int op = 0; op < 13; op++) {
            String name = Abstract.binaryName(op);
            final int code = op;
            forward(name, 2, args -> Abstract.binaryOp(unwrap(args[0]), unwrap(args[1]), code));
            forward("__r" + name.substring(2), 2, args -> Abstract.binaryOp(unwrap(args[1]), unwrap(args[0]), code));
            forward("__i" + name.substring(2), 2, args -> Abstract.binaryOp(unwrap(args[0]), unwrap(args[1]), code + 13));
        }
        String[] compares = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        String[] symbols = {"<", "<=", "==", "!=", ">", ">="};
        for (int i = 0; i < compares.length; i++) {
            final String symbol = symbols[i];
            forward(compares[i], 2, args -> Abstract.richCompare(unwrap(args[0]), unwrap(args[1]), symbol));
        }
        String[] unary = {"__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__",
            "__len__", "__iter__", "__reversed__", "__bytes__"};
        for (String name : unary) {
            forward(name, 1, args -> Abstract.callSpecial(unwrap(args[0]), name));
        }
        forward("__getitem__", 2, args -> Abstract.getItem(unwrap(args[0]), args[1]));
        forward("__contains__", 2, args -> PyBool.of(Abstract.contains(unwrap(args[0]), args[1])));
    }

    private interface Forward {
        PyObject apply(PyObject[] selfAndArgs);
    }

    /** Adds a method {@code name} taking self plus {@code arity - 1} arguments to both types. */
    private static void forward(String name, int arity, Forward body) {
        for (PyType t : new PyType[] {TYPE, CALLABLE_TYPE}) {
            String[] names = new String[arity - 1];
            int[] kinds = new int[arity - 1];
            boolean[] required = new boolean[arity - 1];
            for (int i = 0; i < names.length; i++) {
                names[i] = "arg" + i;
                required[i] = true;
            }
            t.addMethod(new PyBuiltinFunction(name, new ArgSpec(name, names, kinds, required)) {
                @Override
                public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
                    PyObject[] bound = spec.bind(args, kwnames);
                    PyObject[] all = new PyObject[arity];
                    all[0] = self;
                    System.arraycopy(bound, 0, all, 1, arity - 1);
                    return body.apply(all);
                }
            });
        }
    }

    @PyMethod
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        return Abstract.getAttr(((PyWeakProxy) self).referent, name);
    }

    @PyMethod
    public static void __setattr__(PyObject self, PyObject name, PyObject value) {
        Abstract.setAttr(((PyWeakProxy) self).referent, Args.toJavaString(name, "setattr", "name"), value);
    }

    @PyMethod
    public static void __delattr__(PyObject self, PyObject name) {
        Abstract.setAttr(((PyWeakProxy) self).referent, Args.toJavaString(name, "delattr", "name"), null);
    }

    @PyMethod
    public static PyObject __str__(PyObject self) {
        return Abstract.str(((PyWeakProxy) self).referent);
    }

    /** CPython: proxy_repr, "<weakproxy at 0x...; to 'C' at 0x...>". */
    @PyMethod
    public static PyObject __repr__(PyObject self) {
        PyObject ref = ((PyWeakProxy) self).referent;
        return PyStr.of("<weakproxy at " + Abstract.address(self) + "; to '" + ref.type().fullName() + "' at "
                + Abstract.address(ref) + ">");
    }

    @PyMethod
    public static boolean __bool__(PyObject self) {
        return Abstract.isTrue(((PyWeakProxy) self).referent);
    }

    @PyMethod
    public static void __setitem__(PyObject self, PyObject key, PyObject value) {
        Abstract.setItem(((PyWeakProxy) self).referent, key, value);
    }

    @PyMethod
    public static void __delitem__(PyObject self, PyObject key) {
        Abstract.delItem(((PyWeakProxy) self).referent, key);
    }

    /** CPython: proxy_iternext. */
    @PyMethod
    public static PyObject __next__(PyObject self) {
        PyObject ref = ((PyWeakProxy) self).referent;
        if (ref.type().lookup("__next__") == null) {
            throw Errors.typeError("Weakref proxy referenced a non-iterator '" + ref.type().name + "' object");
        }
        return Abstract.callSpecial(ref, "__next__");
    }

    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(((PyWeakProxy) self).referent, args, kwargs);
    }
}
