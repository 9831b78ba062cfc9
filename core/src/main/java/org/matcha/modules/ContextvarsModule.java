package org.matcha.modules;

import java.util.LinkedHashMap;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.*;
import org.matcha.vm.Interpreter;

/**
 * The _contextvars module behind contextvars (and asyncio's task contexts). A Context maps
 * ContextVars to values; it is never changed in place, ContextVar.set replaces the current
 * context's map with an updated copy, so copy_context() is cheap. CPython: Python/context.c.
 */
@PyModuleDef(name = "_contextvars")
public final class ContextvarsModule {
    private ContextvarsModule() {}

    public static void init(PyModule m) {
        m.add("ContextVar", ContextVar.TYPE);
        m.add("Token", Token.TYPE);
        m.add("Context", Context.TYPE);
    }

    /** The interpreter's current context. */
    static final class State {
        Context current = new Context(new LinkedHashMap<>());
    }

    static State state() {
        return Interpreter.current().moduleState("_contextvars", State::new);
    }

    @PyMethod
    public static PyObject copy_context() {
        return new Context(state().current.vars);
    }

    /** contextvars.Context. */
    @PyClass(name = "_contextvars.Context")
    public static final class Context extends PyObject {
        public static final PyType TYPE = PyType.builtin("_contextvars.Context", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
            TYPE.dict().setItem("__hash__", PyNone.NONE);
        }

        /** Never changed after construction: a set makes a new map. */
        LinkedHashMap<ContextVar, PyObject> vars;
        private boolean entered;
        private Context previous;

        Context(LinkedHashMap<ContextVar, PyObject> vars) {
            this.vars = vars;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "()")
        public static PyObject __new__(PyType cls) {
            return new Context(new LinkedHashMap<>());
        }

        /** CPython: context_run, entering this context for the call. */
        @PyMethod(sig = "(callable, /, *args, **kwargs)")
        public PyObject run(PyObject callable, PyObject[] args, PyDict kwargs) {
            if (entered) {
                throw Errors.runtimeError("cannot enter context: " + Abstract.reprString(this) + " is already entered");
            }
            State st = state();
            previous = st.current;
            entered = true;
            st.current = this;
            try {
                return Abstract.callWithKwargs(callable, args, kwargs);
            } finally {
                st.current = previous;
                previous = null;
                entered = false;
            }
        }

        @PyMethod
        public PyObject copy() {
            return new Context(vars);
        }

        private static ContextVar checkVar(PyObject key) {
            if (!(key instanceof ContextVar v)) {
                throw Errors.typeError("a ContextVar key was expected, got " + Abstract.reprString(key));
            }
            return v;
        }

        @PyMethod
        public PyObject __getitem__(PyObject key) {
            PyObject v = vars.get(checkVar(key));
            if (v == null) {
                throw Errors.keyError(key);
            }
            return v;
        }

        @PyMethod(sig = "(key, default=None, /)")
        public PyObject get(PyObject key, PyObject dflt) {
            PyObject v = vars.get(checkVar(key));
            return v == null ? dflt : v;
        }

        @PyMethod
        public boolean __contains__(PyObject key) {
            return vars.containsKey(checkVar(key));
        }

        @PyMethod
        public long __len__() {
            return vars.size();
        }

        @PyMethod
        public PyObject __iter__() {
            return Abstract.iter(keys());
        }

        @PyMethod
        public PyObject keys() {
            return PyList.of(vars.keySet().toArray(new PyObject[0]));
        }

        @PyMethod
        public PyObject values() {
            return PyList.of(vars.values().toArray(new PyObject[0]));
        }

        @PyMethod
        public PyObject items() {
            PyObject[] items = new PyObject[vars.size()];
            int i = 0;
            for (var e : vars.entrySet()) {
                items[i++] = PyTuple.of(e.getKey(), e.getValue());
            }
            return PyList.of(items);
        }

        @PyMethod
        public PyObject __eq__(PyObject other) {
            if (!(other instanceof Context o)) {
                return PySingletons.NOT_IMPLEMENTED;
            }
            if (vars.size() != o.vars.size()) {
                return PyBool.FALSE;
            }
            for (var e : vars.entrySet()) {
                PyObject w = o.vars.get(e.getKey());
                if (w == null || !Abstract.isTrue(Abstract.richCompare(e.getValue(), w, "=="))) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }
    }

    /** contextvars.ContextVar. CPython: PyContextVar. */
    @PyClass(name = "_contextvars.ContextVar")
    public static final class ContextVar extends PyObject {
        public static final PyType TYPE = PyType.builtin("_contextvars.ContextVar", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
        }

        final PyStr name;
        /** null when there is no default. */
        final PyObject dflt;

        ContextVar(PyStr name, PyObject dflt) {
            this.name = name;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod(kind = PyMethod.Kind.NEW, sig = "(name, *, default=NULL)")
        public static PyObject __new__(PyType cls, PyObject name, PyObject dflt) {
            if (!(name instanceof PyStr s)) {
                throw Errors.typeError("context variable name must be a str");
            }
            return new ContextVar(s, dflt);
        }

        @PyGetter
        public PyObject name() {
            return name;
        }

        /** CPython: contextvar_get; LookupError(var) when unset and without default. */
        @PyMethod(sig = "(default=NULL, /)")
        public PyObject get(PyObject dflt) {
            PyObject v = state().current.vars.get(this);
            if (v != null) {
                return v;
            }
            if (dflt != null) {
                return dflt;
            }
            if (this.dflt != null) {
                return this.dflt;
            }
            throw new PyException(PyBaseException.create(ExceptionTypes.LookupError, this));
        }

        @PyMethod(sig = "(value, /)")
        public PyObject set(PyObject value) {
            Context ctx = state().current;
            PyObject old = ctx.vars.get(this);
            LinkedHashMap<ContextVar, PyObject> updated = new LinkedHashMap<>(ctx.vars);
            updated.put(this, value);
            ctx.vars = updated;
            return new Token(ctx, this, old == null ? Token.MISSING : old);
        }

        /** CPython: contextvar_reset. */
        @PyMethod(sig = "(token, /)")
        public void reset(PyObject token) {
            if (!(token instanceof Token t)) {
                throw Errors.typeError("expected an instance of Token, got " + Abstract.reprString(token));
            }
            if (t.used) {
                throw Errors.runtimeError(Abstract.reprString(t) + " has already been used once");
            }
            if (t.var != this) {
                throw Errors.valueError(Abstract.reprString(t) + " was created by a different ContextVar");
            }
            Context ctx = state().current;
            if (t.context != ctx) {
                throw Errors.valueError(Abstract.reprString(t) + " was created in a different Context");
            }
            t.used = true;
            LinkedHashMap<ContextVar, PyObject> updated = new LinkedHashMap<>(ctx.vars);
            if (t.oldValue == Token.MISSING) {
                updated.remove(this);
            } else {
                updated.put(this, t.oldValue);
            }
            ctx.vars = updated;
        }

        @PyMethod
        public long __hash__() {
            return Abstract.identityHash(this);
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<ContextVar name=" + Abstract.reprString(name)
                    + (dflt != null ? " default=" + Abstract.reprString(dflt) : "") + " at " + Abstract.address(this)
                    + ">");
        }

        @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
        public static PyObject __class_getitem__(PyType cls, PyObject item) {
            return new PyGenericAlias(cls, item);
        }
    }

    /** contextvars.Token, returned by ContextVar.set. */
    @PyClass(name = "_contextvars.Token")
    public static final class Token extends PyObject {
        public static final PyType TYPE = PyType.builtin("_contextvars.Token", PyType.OBJECT);
        /** Token.MISSING: the variable had no value before the set. */
        static final PyObject MISSING = new TokenMissing();

        static {
            TYPE.subclassable = false;
            TYPE.dict().setItem("MISSING", MISSING);
        }

        final Context context;
        final ContextVar var;
        final PyObject oldValue;
        boolean used;

        Token(Context context, ContextVar var, PyObject oldValue) {
            this.context = context;
            this.var = var;
            this.oldValue = oldValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyGetter
        public PyObject var() {
            return var;
        }

        @PyGetter
        public PyObject old_value() {
            return oldValue;
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<Token" + (used ? " used" : "") + " var=" + Abstract.reprString(var) + " at "
                    + Abstract.address(this) + ">");
        }

        @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
        public static PyObject __class_getitem__(PyType cls, PyObject item) {
            return new PyGenericAlias(cls, item);
        }
    }

    /** The Token.MISSING marker, whose repr is "<Token.MISSING>". */
    @PyClass(name = "Token.MISSING")
    public static final class TokenMissing extends PyObject {
        public static final PyType TYPE = PyType.builtin("Token.MISSING", PyType.OBJECT);

        static {
            TYPE.subclassable = false;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @PyMethod
        public PyObject __repr__() {
            return PyStr.of("<Token.MISSING>");
        }
    }
}
