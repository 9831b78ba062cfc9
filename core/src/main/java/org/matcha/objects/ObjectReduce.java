package org.matcha.objects;

import org.matcha.vm.Interpreter;

/**
 * object.__reduce_ex__, object.__reduce__ and object.__getstate__: the generic reduction pickle and
 * copy use for instances of classes that define no reduction of their own.
 * CPython: Objects/typeobject.c (object___reduce_ex___impl, _common_reduce, reduce_newobj,
 * object_getstate_default, _PyObject_GetNewArguments).
 */
final class ObjectReduce {
    private ObjectReduce() {}

    /** CPython: object___reduce_ex___impl; a class's own __reduce__ wins over the generic one. */
    static PyObject reduceEx(PyObject self, int protocol) {
        PyObject reduce = Abstract.lookupAttrOrNull(self, "__reduce__");
        if (reduce != null) {
            PyObject clsReduce = self.type().lookup("__reduce__");
            if (clsReduce != PyType.OBJECT.dict().getItem("__reduce__")) {
                return Abstract.call(reduce);
            }
        }
        return commonReduce(self, protocol);
    }

    /** CPython: _common_reduce. */
    static PyObject commonReduce(PyObject self, int protocol) {
        if (protocol >= 2) {
            return reduceNewObj(self);
        }
        PyObject reduceEx = Abstract.getAttr(copyreg(), "_reduce_ex");
        return Abstract.call(reduceEx, self, PyInt.of(protocol));
    }

    private static PyObject copyreg() {
        return Interpreter.current().imports.importAbsolute("copyreg");
    }

    /** CPython: reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
    private static PyObject reduceNewObj(PyObject obj) {
        PyType cls = obj.type();
        if (cls.lookup("__new__") == null) {
            throw Errors.typeError("cannot pickle '" + cls.name + "' object");
        }
        PyObject[] newArgs = newArguments(obj);
        PyObject args = newArgs[0];
        PyObject kwargs = newArgs[1];
        boolean hasArgs = args != null;
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || Abstract.len(kwargs) == 0) {
            newobj = Abstract.getAttr(copyreg(), "__newobj__");
            PyTuple items = hasArgs ? (PyTuple) args : PyTuple.of();
            PyObject[] all = new PyObject[items.size() + 1];
            all[0] = cls;
            for (int i = 0; i < items.size(); i++) {
                all[i + 1] = items.get(i);
            }
            newargs = PyTuple.of(all);
        } else {
            newobj = Abstract.getAttr(copyreg(), "__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        }
        boolean isList = obj instanceof PyList;
        boolean isDict = obj instanceof PyDict;
        PyObject state = getState(obj, !(hasArgs || isList || isDict));
        PyObject listitems = isList ? Abstract.iter(obj) : PyNone.NONE;
        PyObject dictitems = isDict ? Abstract.iter(Abstract.call(Abstract.getAttr(obj, "items"))) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    /** CPython: _PyObject_GetNewArguments: {args tuple or null, kwargs dict or null}. */
    private static PyObject[] newArguments(PyObject obj) {
        PyObject getnewargsEx = Abstract.lookupAttrOrNull(obj, "__getnewargs_ex__");
        if (getnewargsEx != null) {
            PyObject r = Abstract.call(getnewargsEx);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '" + r.type().name + "'");
            }
            if (t.size() != 2) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple of length 2, not " + t.size());
            }
            PyObject a = t.get(0);
            PyObject k = t.get(1);
            if (!(a instanceof PyTuple)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + a.type().name + "'");
            }
            if (!(k instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + k.type().name + "'");
            }
            return new PyObject[] {a, k};
        }
        PyObject getnewargs = Abstract.lookupAttrOrNull(obj, "__getnewargs__");
        if (getnewargs != null) {
            PyObject a = Abstract.call(getnewargs);
            if (!(a instanceof PyTuple)) {
                throw Errors.typeError("__getnewargs__ should return a tuple, not '" + a.type().name + "'");
            }
            return new PyObject[] {a, null};
        }
        return new PyObject[] {null, null};
    }

    /** CPython: object_getstate: a __getstate__ of the class's own, else the default state. */
    static PyObject getState(PyObject obj, boolean required) {
        PyObject getstate = Abstract.getAttr(obj, "__getstate__");
        if (getstate instanceof PyBuiltinFunctionObject b && b.self == obj
                && obj.type().lookup("__getstate__") == PyType.OBJECT.dict().getItem("__getstate__")) {
            return defaultState(obj, required);
        }
        return Abstract.call(getstate);
    }

    /**
     * CPython: object_getstate_default: the instance __dict__ (None when empty), paired with a dict
     * of the __slots__ values when there are any. An object whose builtin base keeps state that no
     * reduction describes cannot be pickled.
     */
    static PyObject defaultState(PyObject obj, boolean required) {
        PyType cls = obj.type();
        if (required && !nativeStateFree(cls)) {
            throw Errors.typeError("cannot pickle '" + cls.name + "' object");
        }
        PyDict dict = obj.dict();
        PyObject state = dict == null || dict.size() == 0 ? PyNone.NONE : dict;
        // A builtin type has no __slots__: copyreg._slotnames would find none (and fail to cache them).
        PyObject slotnames = cls.heap ? Abstract.call(Abstract.getAttr(copyreg(), "_slotnames"), cls) : PyNone.NONE;
        if (slotnames != PyNone.NONE && !(slotnames instanceof PyList)) {
            throw Errors.typeError("copyreg._slotnames didn't return a list or None");
        }
        if (slotnames instanceof PyList names && names.size > 0) {
            PyDict slots = new PyDict();
            for (int i = 0; i < names.size; i++) {
                PyObject name = names.get(i);
                PyObject value = Abstract.lookupAttrOrNull(obj, ((PyStr) name).toString());
                if (value != null) {
                    slots.setItem(name, value);
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    /** No builtin base below cls other than object holds state of its own (CPython: tp_basicsize check). */
    private static boolean nativeStateFree(PyType cls) {
        for (PyType t : cls.mro) {
            if (!t.heap && t != PyType.OBJECT && !t.sharesBaseLayout) {
                return false;
            }
        }
        return true;
    }
}
