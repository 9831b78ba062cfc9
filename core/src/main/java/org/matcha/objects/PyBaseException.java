package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/**
 * An instance of BaseException or any subclass. The hierarchy itself is data
 * ({@link ExceptionTypes}); per-class behaviour (StopIteration.value, KeyError's str, ...) lives in
 * {@link ExceptionMethods}. CPython: Objects/exceptions.c.
 */
@PyClass(name = "BaseException", doc = "Common base class for all exceptions")
public class PyBaseException extends PyObject {
    public static final PyType TYPE = PyType.builtin("BaseException", PyType.OBJECT,
            t -> new PyBaseException(t, PyTuple.EMPTY));

    static {
        TYPE.hasInstanceDict = true;
    }

    private PyType type;
    private PyDict dict;
    public PyTuple args;
    public PyObject cause = PyNone.NONE;
    public PyObject context = PyNone.NONE;
    public boolean suppressContext;
    /** A PyTraceback or None. */
    public PyObject traceback = PyNone.NONE;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    public static PyBaseException create(PyType type, PyObject... args) {
        return new PyBaseException(type, PyTuple.of(args));
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType t) {
        type = t;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public void setAttr(String name, PyObject value) {
        dict().setItem(name, value);
    }

    public PyObject getAttr(String name) {
        return dict == null ? null : dict.getItem(name);
    }

    public PyObject firstArgOrNone() {
        return args.items.length > 0 ? args.items[0] : PyNone.NONE;
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        PyObject o = cls.factory.apply(cls);
        if (o instanceof PyBaseException e) {
            e.args = PyTuple.of(args);
        }
        return o;
    }

    @PyMethod(sig = "(*args, **kwargs)")
    public void __init__(PyObject[] args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0 && !type.heap) {
            throw Errors.typeError(type.name + "() takes no keyword arguments");
        }
        this.args = PyTuple.of(args);
    }

    @PyMethod
    public PyObject __str__() {
        if (args.items.length == 0) {
            return PyStr.EMPTY;
        }
        if (args.items.length == 1) {
            return Abstract.str(args.items[0]);
        }
        return Abstract.str(args);
    }

    @PyMethod
    public PyObject __repr__() {
        String name = type.name;
        if (args.items.length == 1) {
            return PyStr.of(name + "(" + Abstract.reprString(args.items[0]) + ")");
        }
        return PyStr.of(name + Abstract.reprString(args));
    }

    @PyMethod
    public PyObject with_traceback(PyObject tb) {
        traceback = tb;
        return this;
    }

    @PyMethod
    public void add_note(PyObject note) {
        if (!(note instanceof PyStr)) {
            throw Errors.typeError("note must be a str, not '" + note.type().name + "'");
        }
        PyObject notes = getAttr("__notes__");
        if (notes == null) {
            notes = new PyList();
            setAttr("__notes__", notes);
        }
        if (!(notes instanceof PyList l)) {
            throw Errors.typeError("Cannot add note: __notes__ is not a list");
        }
        l.append(note);
    }

    /** (type, args), with the instance __dict__ as state when it has entries. CPython: BaseException_reduce. */
    @PyMethod
    public PyObject __reduce__() {
        if (dict != null && dict.size() > 0) {
            return PyTuple.of(type, args, dict);
        }
        return PyTuple.of(type, args);
    }

    /** CPython: BaseException_setstate, each item set as an attribute. */
    @PyMethod
    public PyObject __setstate__(PyObject state) {
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict d)) {
                throw Errors.typeError("state is not a dictionary");
            }
            for (PyObject k : Abstract.toArray(d)) {
                Abstract.setAttr(this, Abstract.strString(k), d.getItem(k));
            }
        }
        return PyNone.NONE;
    }
}
