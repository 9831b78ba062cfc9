package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;
import org.matcha.bytecode.PyCode;
import org.matcha.vm.Interpreter;

/** A function defined in Python. CPython: Objects/funcobject.c. */
@PyClass(name = "function")
public final class PyFunction extends PyObject implements Descriptor, Callable {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT);

    static {
        TYPE.subclassable = false;
        TYPE.hasInstanceDict = true;
    }

    public PyCode code;
    public final PyDict globals;
    /** The builtins namespace its frames use, taken from globals['__builtins__'] when made. CPython: func_builtins. */
    public final PyObject builtins;
    public PyObject name;
    public PyObject qualname;
    public PyObject[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public PyObject doc = PyNone.NONE;
    public PyObject module = PyNone.NONE;
    public PyObject annotations;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyObject[] defaults, PyDict kwdefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = org.matcha.vm.Interpreter.current().builtinsFor(globals);
        this.name = PyStr.of(code.name);
        this.qualname = PyStr.of(code.qualname);
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        if (code.hasDocstring) {
            doc = code.consts[0];
        }
        PyObject m = globals.getItem("__name__");
        if (m != null) {
            module = m;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : new PyBoundMethod(this, obj);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Interpreter.current().callFunction(this, args, kwnames);
    }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<function " + Abstract.strString(qualname) + " at " + Abstract.address(this) + ">");
    }

    @PyMethod(sig = "(instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return instance == PyNone.NONE ? this : new PyBoundMethod(this, instance);
    }

    @PyGetter
    public PyObject __globals__() {
        return globals;
    }

    @PyGetter
    public PyObject __closure__() {
        if (closure == null || closure.length == 0) {
            return PyNone.NONE;
        }
        return PyTuple.of(closure.clone());
    }

    @PyGetter
    public PyObject __builtins__() {
        return Interpreter.current().builtins;
    }

    /** Installs the writable attributes (__name__, __defaults__, ...), which need setters. */
    public static void installGetSets() {
        // CPython: func_memberlist; READONLY members are member_descriptors (types.MemberDescriptorType)
        TYPE.addMember("__globals__", f -> ((PyFunction) f).__globals__());
        TYPE.addMember("__closure__", f -> ((PyFunction) f).__closure__());
        TYPE.addMember("__builtins__", f -> ((PyFunction) f).__builtins__());
        TYPE.addGetSet("__name__", f -> ((PyFunction) f).name, (f, v) -> {
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("__name__ must be set to a string object");
            }
            ((PyFunction) f).name = v;
        });
        TYPE.addGetSet("__qualname__", f -> ((PyFunction) f).qualname, (f, v) -> {
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("__qualname__ must be set to a string object");
            }
            ((PyFunction) f).qualname = v;
        });
        TYPE.addGetSet("__code__", f -> ((PyFunction) f).code, (f, v) -> {
            if (!(v instanceof PyCode c)) {
                throw Errors.typeError("__code__ must be set to a code object");
            }
            ((PyFunction) f).code = c;
        });
        TYPE.addGetSet("__doc__", f -> ((PyFunction) f).doc, (f, v) -> ((PyFunction) f).doc = v == null ? PyNone.NONE : v);
        TYPE.addGetSet("__module__", f -> ((PyFunction) f).module,
                (f, v) -> ((PyFunction) f).module = v == null ? PyNone.NONE : v);
        TYPE.addGetSet("__defaults__", f -> {
            PyObject[] d = ((PyFunction) f).defaults;
            return d == null || d.length == 0 ? PyNone.NONE : PyTuple.of(d.clone());
        }, (f, v) -> ((PyFunction) f).defaults = v == null || v == PyNone.NONE ? null : ((PyTuple) v).items.clone());
        TYPE.addGetSet("__kwdefaults__", f -> {
            PyDict d = ((PyFunction) f).kwdefaults;
            return d == null || d.size() == 0 ? PyNone.NONE : d;
        }, (f, v) -> ((PyFunction) f).kwdefaults = v == null || v == PyNone.NONE ? null : (PyDict) v);
        TYPE.addGetSet("__annotations__", f -> {
            PyFunction fn = (PyFunction) f;
            if (fn.annotations == null || fn.annotations == PyNone.NONE) {
                fn.annotations = new PyDict();
            }
            return fn.annotations;
        }, (f, v) -> ((PyFunction) f).annotations = v);
        TYPE.addGetSet("__dict__", f -> f.dict(), (f, v) -> {
            throw Errors.typeError("setting function's dictionary is not supported here");
        });
    }

    /** The Python-visible __call__ (calls go through {@link Callable} directly). CPython: tp_call's slot wrapper. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, PyDict kwargs) {
        return Abstract.callWithKwargs(self, args, kwargs);
    }
}
