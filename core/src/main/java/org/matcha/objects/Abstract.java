package org.matcha.objects;

import org.matcha.vm.Interpreter;

/**
 * The object protocols: attributes, calls, truth, hashing, comparison, iteration, items and
 * numbers. Exact builtin types take fast paths; everything else goes through the special
 * methods found on the type. CPython: Objects/abstract.c, Objects/object.c, Objects/typeobject.c.
 */
public final class Abstract {
    private Abstract() {}

    // ---- special-method lookup and calls ----

    /** The attribute {@code name} on type(o) (the MRO), unbound; null when absent. */
    public static PyObject lookupSpecial(PyObject o, String name) {
        return o.type().lookup(name);
    }

    /** Calls a method found on the type with {@code self} and the arguments. */
    public static PyObject callMethodRaw(PyObject meth, PyObject self, PyObject... args) {
        if (meth instanceof PyFunction f) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return Interpreter.current().callFunction(f, all, null);
        }
        if (meth instanceof PyMethodDescriptor d) {
            return d.fn.call(self, args, null);
        }
        return call(bindDescriptor(meth, self, self.type()), args, null);
    }

    /** callable(*args, **kwargs) with the keywords in a dict of str keys. */
    public static PyObject callWithKwargs(PyObject callable, PyObject[] args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return call(callable, args, null);
        }
        return call(callable, withKeywordValues(args, kwargs), keywordNames(kwargs));
    }

    /** The keys of a **kwargs dict, in order, as vectorcall kwnames. */
    public static String[] keywordNames(PyDict kwargs) {
        String[] kwnames = new String[kwargs.size()];
        int k = 0;
        for (int i = kwargs.nextEntry(0); i >= 0; i = kwargs.nextEntry(i + 1)) {
            kwnames[k++] = ((PyStr) kwargs.keyAt(i)).value;
        }
        return kwnames;
    }

    /** args followed by the values of kwargs: the vectorcall argument array. */
    public static PyObject[] withKeywordValues(PyObject[] args, PyDict kwargs) {
        PyObject[] all = java.util.Arrays.copyOf(args, args.length + kwargs.size());
        int k = args.length;
        for (int i = kwargs.nextEntry(0); i >= 0; i = kwargs.nextEntry(i + 1)) {
            all[k++] = kwargs.valueAt(i);
        }
        return all;
    }

    /** type(o).name(o, *args), or null when the type has no such attribute. */
    public static PyObject callSpecial(PyObject o, String name, PyObject... args) {
        PyObject meth = lookupSpecial(o, name);
        if (meth == null) {
            return null;
        }
        return callMethodRaw(meth, o, args);
    }

    /** Applies the descriptor protocol to a class attribute found for {@code obj} (null obj: via the class). */
    public static PyObject bindDescriptor(PyObject attr, PyObject obj, PyType type) {
        if (attr instanceof Descriptor d && !attr.type().heap) {
            return d.get(obj, type);
        }
        if (attr.type().heap) {
            PyObject get = attr.type().lookup("__get__");
            if (get != null) {
                return callMethodRaw(get, attr, obj == null ? PyNone.NONE : obj, type);
            }
        }
        return attr;
    }

    public static boolean isDataDescriptor(PyObject attr) {
        if (!attr.type().heap) {
            return attr instanceof Descriptor d && d.isData();
        }
        PyType t = attr.type();
        return t.lookup("__set__") != null || t.lookup("__delete__") != null
                || (attr instanceof Descriptor d && d.isData());
    }

    public static boolean hasGet(PyObject attr) {
        if (!attr.type().heap) {
            return attr instanceof Descriptor;
        }
        return attr.type().lookup("__get__") != null;
    }

    // ---- attributes ----

    public static PyObject getAttr(PyObject o, String name) {
        PyObject v = getAttrOrNull(o, name, true);
        return v;
    }

    public static PyObject getAttr(PyObject o, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        return getAttr(o, s.value);
    }

    /** getattr(o, name) or null when it raises AttributeError. */
    public static PyObject lookupAttrOrNull(PyObject o, String name) {
        try {
            return getAttrOrNull(o, name, false);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    private static PyObject getAttrOrNull(PyObject o, String name, boolean raise) {
        PyType t = o.type();
        if (t.heap || t.customAttributes) {
            PyObject ga = t.lookup("__getattribute__");
            if (ga != ObjectMethods.GETATTRIBUTE && ga != TypeMethods.GETATTRIBUTE) {
                try {
                    return callMethodRaw(ga, o, PyStr.of(name));
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.AttributeError)) {
                        throw e;
                    }
                    PyObject getattr = t.lookup("__getattr__");
                    if (getattr == null) {
                        throw e;
                    }
                    return callMethodRaw(getattr, o, PyStr.of(name));
                }
            }
        }
        if (o instanceof PySuper sup && !name.equals("__class__")) {
            PyObject sv = sup.lookupOrNull(name);
            if (sv != null) {
                return sv;
            }
        }
        PyObject getattr = t.heap ? t.lookup("__getattr__") : null;
        PyObject v;
        try {
            v = o instanceof PyType type ? typeGetAttr(type, name) : genericGetAttr(o, name);
        } catch (PyException e) {
            // CPython: slot_tp_getattr_hook also falls back when a descriptor raises AttributeError
            if (getattr == null || !e.matches(ExceptionTypes.AttributeError)) {
                throw e;
            }
            v = null;
        }
        if (v != null) {
            return v;
        }
        if (getattr != null) {
            return callMethodRaw(getattr, o, PyStr.of(name));
        }
        if (o instanceof PyModule m) {
            PyObject moduleGetattr = m.dict.getItem("__getattr__");
            if (moduleGetattr != null) {
                return call(moduleGetattr, PyStr.of(name));
            }
        }
        if (!raise) {
            return null;
        }
        throw noAttribute(o, name);
    }

    public static PyException noAttribute(PyObject o, String name) {
        PyException e;
        if (o instanceof PyType t) {
            e = Errors.attributeError("type object '" + t.name + "' has no attribute '" + name + "'");
        } else if (o instanceof PyModule m) {
            e = Errors.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
        } else {
            e = Errors.attributeError("'" + o.type().name + "' object has no attribute '" + name + "'");
        }
        e.value.setAttr("name", PyStr.of(name));
        e.value.setAttr("obj", o);
        return e;
    }

    /** object.__getattribute__ without raising: null when absent. CPython: _PyObject_GenericGetAttrWithDict. */
    public static PyObject genericGetAttr(PyObject o, String name) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr) && hasGet(descr)) {
            return bindDescriptor(descr, o, t);
        }
        PyDict dict = o.dict();
        if (dict != null) {
            PyObject v = dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return hasGet(descr) ? bindDescriptor(descr, o, t) : descr;
        }
        return null;
    }

    /** type.__getattribute__ without raising. CPython: type_getattro. */
    public static PyObject typeGetAttr(PyType type, String name) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return bindDescriptor(metaAttr, type, meta);
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            if (hasGet(attr)) {
                return bindDescriptor(attr, null, type);
            }
            return attr;
        }
        if (metaAttr != null) {
            return hasGet(metaAttr) ? bindDescriptor(metaAttr, type, meta) : metaAttr;
        }
        return null;
    }

    public static void setAttr(PyObject o, String name, PyObject value) {
        PyType t = o.type();
        if (t.heap || t.customAttributes) {
            PyObject sa = t.lookup(value == null ? "__delattr__" : "__setattr__");
            if (sa != ObjectMethods.SETATTR && sa != ObjectMethods.DELATTR && sa != TypeMethods.SETATTR
                    && sa != TypeMethods.DELATTR) {
                if (value == null) {
                    callMethodRaw(sa, o, PyStr.of(name));
                } else {
                    callMethodRaw(sa, o, PyStr.of(name), value);
                }
                return;
            }
        }
        if (o instanceof PyType type) {
            TypeMethods.typeSetAttr(type, name, value);
        } else {
            genericSetAttr(o, name, value);
        }
    }

    /** object.__setattr__ / __delattr__ (value null). CPython: _PyObject_GenericSetAttrWithDict. */
    public static void genericSetAttr(PyObject o, String name, PyObject value) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (!descr.type().heap && descr instanceof Descriptor d && d.isData()) {
                if (value == null) {
                    d.delete(o);
                } else {
                    d.set(o, value);
                }
                return;
            }
            if (descr.type().heap && (descr.type().lookup("__set__") != null
                    || descr.type().lookup("__delete__") != null)) {
                String slot = value == null ? "__delete__" : "__set__";
                PyObject setter = descr.type().lookup(slot);
                if (setter == null) {
                    throw Errors.attributeError(slot);
                }
                {
                    if (value == null) {
                        callMethodRaw(setter, descr, o);
                    } else {
                        callMethodRaw(setter, descr, o, value);
                    }
                    return;
                }
            }
        }
        PyDict dict = o.dict();
        if (dict == null) {
            if (descr != null) {
                throw Errors.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
            }
            throw noAttribute(o, name);
        }
        if (value == null) {
            if (dict.removeItem(name) == null) {
                throw noAttribute(o, name);
            }
        } else {
            dict.setItem(name, value);
        }
    }

    public static boolean hasAttr(PyObject o, String name) {
        return lookupAttrOrNull(o, name) != null;
    }

    // ---- calls ----

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof Callable c) {
            return c.call(args, kwnames);
        }
        if (callable instanceof PyType t && t.type() == PyType.TYPE) {
            // type's own __call__ (type cannot be changed): no bound method, *args tuple or **kwargs dict
            return TypeMethods.callType(t, args, kwnames != null && kwnames.length == 0 ? null : kwnames);
        }
        PyObject meth = callable.type().lookup("__call__");
        if (meth == null) {
            throw Errors.typeError("'" + callable.type().name + "' object is not callable");
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = callable;
        System.arraycopy(args, 0, all, 1, args.length);
        if (meth instanceof PyFunction f) {
            return Interpreter.current().callFunction(f, all, kwnames);
        }
        return call(bindDescriptor(meth, callable, callable.type()), args, kwnames);
    }

    public static boolean isCallable(PyObject o) {
        return o instanceof Callable || o.type().lookup("__call__") != null;
    }

    // ---- truth, repr, str, hash ----

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t == PyInt.TYPE) {
            return ((PyInt) o).signum() != 0;
        }
        if (t == PyStr.TYPE) {
            return ((PyStr) o).length() != 0;
        }
        if (t == PyList.TYPE) {
            return ((PyList) o).size != 0;
        }
        if (t == PyTuple.TYPE) {
            return ((PyTuple) o).items.length != 0;
        }
        if (t == PyDict.TYPE) {
            return ((PyDict) o).size() != 0;
        }
        if (t == PyFloat.TYPE) {
            return ((PyFloat) o).value != 0;
        }
        PyObject bool = t.lookup("__bool__");
        if (bool != null) {
            PyObject r = callMethodRaw(bool, o);
            if (!(r instanceof PyBool b)) {
                throw Errors.typeError("__bool__ should return bool, returned " + r.type().name);
            }
            return b == PyBool.TRUE;
        }
        PyObject len = t.lookup("__len__");
        if (len != null) {
            return lenResult(callMethodRaw(len, o)) != 0;
        }
        return true;
    }

    /** CPython: slot_sq_length (the result goes through __index__). */
    private static long lenResult(PyObject r) {
        PyInt i = index(r);
        if (i.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (i.big != null) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    public static PyStr repr(PyObject o) {
        if (o.type() == PyStr.TYPE) {
            return (PyStr) ((PyStr) o).__repr__();
        }
        if (o.type() == PyInt.TYPE) {
            return PyStr.of(((PyInt) o).toDecimalString());
        }
        Interpreter.enterRecursive(" while getting the repr of an object");
        try {
            PyObject r = callSpecial(o, "__repr__");
            if (!(r instanceof PyStr s)) {
                throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
            }
            return s;
        } finally {
            Interpreter.leaveRecursive();
        }
    }

    public static String reprString(PyObject o) {
        return repr(o).value;
    }

    public static PyStr str(PyObject o) {
        if (o.type() == PyStr.TYPE) {
            return (PyStr) o;
        }
        if (o.type() == PyInt.TYPE) {
            return PyStr.of(((PyInt) o).toDecimalString());
        }
        PyObject r = callSpecial(o, "__str__");
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name + ")");
        }
        return s;
    }

    public static String strString(PyObject o) {
        return str(o).value;
    }

    public static long hash(PyObject o) {
        PyType t = o.type();
        if (t == PyStr.TYPE) {
            return ((PyStr) o).hash();
        }
        if (t == PyInt.TYPE || t == PyBool.TYPE) {
            return ((PyInt) o).hash();
        }
        if (t == PyTuple.TYPE) {
            return ((PyTuple) o).hash();
        }
        if (t == PyFloat.TYPE) {
            return PyFloat.hash(o, ((PyFloat) o).value);
        }
        PyObject h = t.lookup("__hash__");
        if (h == null || h == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '" + t.name + "'");
        }
        if (h == ObjectMethods.HASH) {
            return identityHash(o);
        }
        PyObject r = callMethodRaw(h, o);
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        if (i.big != null || i.type() != PyInt.TYPE) {
            return PyInt.of(i.toBig()).hash();
        }
        return i.value == -1 ? -2 : i.value;
    }

    public static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }

    /** id(o), also the address that reprs show ("at 0x7f..."). */
    public static long id(PyObject o) {
        return identityHash(o) * 16L + 0x7f0000000000L;
    }

    /** "0x7f...": the address part of reprs such as {@code <object object at 0x7f...>}. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(id(o));
    }

    // ---- comparison ----

    private static final String[] CMP_OPS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] CMP_SWAPPED = {4, 5, 2, 3, 0, 1};

    public static int cmpIndex(String op) {
        for (int i = 0; i < CMP_OPS.length; i++) {
            if (CMP_OPS[i].equals(op)) {
                return i;
            }
        }
        throw new IllegalArgumentException(op);
    }

    public static PyObject richCompare(PyObject a, PyObject b, String op) {
        return richCompare(a, b, cmpIndex(op));
    }

    /** CPython: do_richcompare. op is 0..5 for <, <=, ==, !=, >, >=. */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta == PyInt.TYPE && tb == PyInt.TYPE) {
            int c = PyInt.compare((PyInt) a, (PyInt) b);
            return PyBool.of(cmpResult(c, op));
        }
        if (ta == PyStr.TYPE && tb == PyStr.TYPE) {
            if (op == 2) {
                return PyBool.of(((PyStr) a).equalsStr((PyStr) b));
            }
            if (op == 3) {
                return PyBool.of(!((PyStr) a).equalsStr((PyStr) b));
            }
            return PyBool.of(cmpResult(((PyStr) a).compareTo((PyStr) b), op));
        }
        Interpreter.enterRecursive(" in comparison");
        try {
            boolean checkedReverse = false;
            if (ta != tb && tb.isSubtype(ta)) {
                PyObject m = tb.lookup(CMP_NAMES[CMP_SWAPPED[op]]);
                if (m != null) {
                    checkedReverse = true;
                    PyObject r = callCompareSlot(m, b, a);
                    if (r != PySingletons.NOT_IMPLEMENTED) {
                        return r;
                    }
                }
            }
            PyObject m = ta.lookup(CMP_NAMES[op]);
            if (m != null) {
                PyObject r = callCompareSlot(m, a, b);
                if (r != PySingletons.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (!checkedReverse) {
                PyObject rm = tb.lookup(CMP_NAMES[CMP_SWAPPED[op]]);
                if (rm != null) {
                    PyObject r = callCompareSlot(rm, b, a);
                    if (r != PySingletons.NOT_IMPLEMENTED) {
                        return r;
                    }
                }
            }
        } finally {
            Interpreter.leaveRecursive();
        }
        if (op == 2) {
            return PyBool.of(a == b);
        }
        if (op == 3) {
            return PyBool.of(a != b);
        }
        throw Errors.typeError("'" + CMP_OPS[op] + "' not supported between instances of '" + ta.name + "' and '"
                + tb.name + "'");
    }

    /**
     * A comparison method called for the operator: when binding it fails (a property that raises), the
     * operator sees NotImplemented. CPython: slot_tp_richcompare (lookup_maybe_method, PyErr_Clear).
     */
    static PyObject callCompareSlot(PyObject m, PyObject self, PyObject other) {
        if (m instanceof PyFunction || m instanceof PyMethodDescriptor) {
            return callMethodRaw(m, self, other);
        }
        PyObject bound;
        try {
            bound = bindDescriptor(m, self, self.type());
        } catch (PyException e) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return call(bound, new PyObject[] {other}, null);
    }

    private static boolean cmpResult(int c, int op) {
        switch (op) {
            case 0: return c < 0;
            case 1: return c <= 0;
            case 2: return c == 0;
            case 3: return c != 0;
            case 4: return c > 0;
            default: return c >= 0;
        }
    }

    public static boolean eqBool(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        return isTrue(richCompare(a, b, 2));
    }

    // ---- iteration ----

    public static PyObject iter(PyObject o) {
        PyType t = o.type();
        if (t == PyList.TYPE) {
            return new PyIterators.ListIterator((PyList) o);
        }
        if (t == PyTuple.TYPE) {
            PyTuple tu = (PyTuple) o;
            return new PyIterators.ArrayIterator(tu.items, tu.items.length);
        }
        PyObject m = t.lookup("__iter__");
        if (m == null || m == PyNone.NONE) {
            if (m == null && t.lookup("__getitem__") != null) {
                return new PyIterators.SeqIterator(o);
            }
            throw Errors.typeError("'" + t.name + "' object is not iterable");
        }
        PyObject it = callMethodRaw(m, o);
        if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
            throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    /** The next item, or null when the iterator is exhausted (StopIteration is absorbed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator i) {
            return i.nextOrNull();
        }
        if (it instanceof PyGeneratorLike g) {
            return g.nextOrNull();
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) {
            throw Errors.typeError("'" + it.type().name + "' object is not an iterator");
        }
        try {
            return callMethodRaw(m, it);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && (t.type() == PyTuple.TYPE
                || t.type().lookup("__iter__") == PyTuple.TYPE.lookup("__iter__"))) {
            return t.items.clone();
        }
        if (iterable instanceof PyList l && l.type() == PyList.TYPE) {
            return l.toArray();
        }
        PyList out = new PyList();
        out.extend(iterable);
        return out.toArray();
    }

    // ---- items, length, containment ----

    public static PyObject getItem(PyObject o, PyObject key) {
        PyType t = o.type();
        if (t == PyList.TYPE) {
            return ((PyList) o).__getitem__(key);
        }
        if (t == PyDict.TYPE) {
            PyObject v = ((PyDict) o).getItem(key);
            if (v == null) {
                throw Errors.keyError(key);
            }
            return v;
        }
        PyObject m = t.lookup("__getitem__");
        if (m == null) {
            if (o instanceof PyType type) {
                PyObject cg = typeGetAttr(type, "__class_getitem__");
                if (cg != null) {
                    return call(cg, key);
                }
                if (type == PyType.TYPE) {
                    return new PyGenericAlias(type, key);
                }
            }
            if (o instanceof PyType type) {
                throw Errors.typeError("type '" + type.name + "' is not subscriptable");
            }
            throw Errors.notA(o, "is not subscriptable");
        }
        return callMethodRaw(m, o, key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        PyType t = o.type();
        if (t == PyList.TYPE) {
            ((PyList) o).__setitem__(key, value);
            return;
        }
        if (t == PyDict.TYPE) {
            ((PyDict) o).setItem(key, value);
            return;
        }
        PyObject m = t.lookup("__setitem__");
        if (m == null) {
            throw Errors.notA(o, "does not support item assignment");
        }
        callMethodRaw(m, o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject m = o.type().lookup("__delitem__");
        if (m == null) {
            throw Errors.notA(o, "doesn't support item deletion");
        }
        callMethodRaw(m, o, key);
    }

    public static long len(PyObject o) {
        PyType t = o.type();
        if (t == PyList.TYPE) {
            return ((PyList) o).size;
        }
        if (t == PyStr.TYPE) {
            return ((PyStr) o).length();
        }
        if (t == PyTuple.TYPE) {
            return ((PyTuple) o).items.length;
        }
        if (t == PyDict.TYPE) {
            return ((PyDict) o).size();
        }
        PyObject m = t.lookup("__len__");
        if (m == null) {
            throw Errors.typeError("object of type '" + t.name + "' has no len()");
        }
        return lenResult(callMethodRaw(m, o));
    }

    public static boolean contains(PyObject container, PyObject item) {
        PyType t = container.type();
        if (t == PyDict.TYPE) {
            return ((PyDict) container).containsKey(item);
        }
        if (container instanceof PySet s && (t == PySet.TYPE || t == PySet.FROZEN_TYPE)) {
            return SetMethods.__contains__(s, item);
        }
        PyObject m = t.lookup("__contains__");
        if (m == PyNone.NONE) {
            throw Errors.typeError("'" + t.name + "' object is not a container");
        }
        if (m != null) {
            return isTrue(callMethodRaw(m, container, item));
        }
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("argument of type '" + t.name + "' is not iterable");
            }
            throw e;
        }
        PyObject x;
        while ((x = next(it)) != null) {
            if (x == item || eqBool(x, item)) {
                return true;
            }
        }
        return false;
    }

    // ---- numbers ----

    public static boolean hasIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    /** operator.index(o). CPython: PyNumber_Index. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = o.type().lookup("__index__");
        if (m == null) {
            throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        PyObject r = callMethodRaw(m, o);
        if (!(r instanceof PyInt ri)) {
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name + ")");
        }
        if (r.type() != PyInt.TYPE) {
            org.matcha.modules.WarningsModule.warn(ExceptionTypes.DeprecationWarning, "__index__ returned non-int (type "
                    + r.type().name + ").  The ability to return an instance of a strict subclass of int "
                    + "is deprecated, and may be removed in a future version of Python.", 1);
        }
        return ri;
    }

    /** A sequence index: an int or __index__, else "list indices must be integers or slices, not str". */
    public static long indexForSequence(PyObject key, String what) {
        if (key instanceof PyInt i) {
            return i.big == null ? i.value : i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (key.type().lookup("__index__") == null) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + key.type().name);
        }
        PyInt i = index(key);
        if (i.big != null) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    public static PyInt sliceIndex(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return index(o);
    }

    public static final String[] BINARY_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] BINARY_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or",
        "pow", "rshift", "sub", "truediv", "xor"};
    private static final String[] DUNDER = new String[13];
    private static final String[] RDUNDER = new String[13];
    private static final String[] IDUNDER = new String[13];

    static {
        for (int i = 0; i < 13; i++) {
            DUNDER[i] = "__" + BINARY_NAMES[i] + "__";
            RDUNDER[i] = "__r" + BINARY_NAMES[i] + "__";
            IDUNDER[i] = "__i" + BINARY_NAMES[i] + "__";
        }
    }

    /** "__add__" for op 0, and so on in the order of BINARY_SYMBOLS. */
    public static String binaryName(int op) {
        return DUNDER[op];
    }

    public static final int ADD = 0;
    public static final int MULTIPLY = 5;
    public static final int SUBTRACT = 10;

    /** a OP b for op 0..12, or the in-place form for 13..25. CPython: binary_op1 / binary_iop1. */
    public static PyObject binaryOp(PyObject a, PyObject b, int op) {
        if (op >= 13) {
            int base = op - 13;
            PyObject im = a.type().lookup(IDUNDER[base]);
            if (im != null) {
                // CPython 3.11: slot_nb_inplace_power calls __ipow__(self, other) without a modulo
                PyObject r = callMethodRaw(im, a, b);
                if (r != PySingletons.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            return binaryOp(a, b, base, true);
        }
        return binaryOp(a, b, op, false);
    }

    private static PyObject binaryOp(PyObject a, PyObject b, int op, boolean inplace) {
        PyObject r = binaryOpOrNotImplemented(a, b, op);
        if (r != PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == ADD) {
            if (a instanceof PyStr) {
                throw Errors.typeError("can only concatenate str (not \"" + b.type().name + "\") to str");
            }
            if (a instanceof PyList) {
                throw Errors.typeError("can only concatenate list (not \"" + b.type().name + "\") to list");
            }
            if (a instanceof PyTuple) {
                throw Errors.typeError("can only concatenate tuple (not \"" + b.type().name + "\") to tuple");
            }
            if (a instanceof PyBytes || a instanceof PyByteArray) {
                throw Errors.typeError("can't concat " + b.type().name + " to " + a.type().name);
            }
        }
        if (op == MULTIPLY && (isSequenceForRepeat(a) || isSequenceForRepeat(b))) {
            PyObject other = isSequenceForRepeat(a) ? b : a;
            throw Errors.typeError("can't multiply sequence by non-int of type '" + other.type().name + "'");
        }
        String sym = BINARY_SYMBOLS[op] + (inplace ? "=" : "");
        if (op == 8) {
            throw Errors.typeError("unsupported operand type(s) for " + (inplace ? "**=" : "** or pow()") + ": '"
                    + a.type().name + "' and '" + b.type().name + "'");
        }
        throw Errors.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    private static boolean isSequenceForRepeat(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyByteArray;
    }

    public static PyObject binaryOpOrNotImplemented(PyObject a, PyObject b, int op) {
        return binaryDunder(a, b, DUNDER[op], RDUNDER[op], op);
    }

    /** The binary-operator protocol for a pair of method names. CPython: binary_op1. */
    public static PyObject binaryDunder(PyObject a, PyObject b, String name, String rname, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject slotv = ta.lookup(name);
        PyObject slotw = null;
        if (tb != ta) {
            slotw = tb.lookup(rname);
            if (slotw != null && slotw == ta.lookup(rname)) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && tb.isSubtype(ta)) {
                PyObject r = callBinary(slotw, b, a, op);
                if (r != PySingletons.NOT_IMPLEMENTED) {
                    return r;
                }
                slotw = null;
            }
            PyObject r = callBinary(slotv, a, b, op);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotw != null) {
            return callBinary(slotw, b, a, op);
        }
        return PySingletons.NOT_IMPLEMENTED;
    }

    private static PyObject callBinary(PyObject meth, PyObject self, PyObject other, int op) {
        if (op == 8 && !(meth instanceof PyFunction)) {
            return callMethodRaw(meth, self, other, PyNone.NONE);
        }
        return callMethodRaw(meth, self, other);
    }

    public static PyObject negative(PyObject o) {
        if (o.type() == PyInt.TYPE) {
            return PyInt.neg((PyInt) o);
        }
        if (o.type() == PyFloat.TYPE) {
            return PyFloat.of(PyFloat.negate(((PyFloat) o).value));
        }
        return unary(o, "__neg__", "unary -");
    }

    public static PyObject positive(PyObject o) {
        return unary(o, "__pos__", "unary +");
    }

    public static PyObject invert(PyObject o) {
        return unary(o, "__invert__", "unary ~");
    }

    private static PyObject unary(PyObject o, String name, String what) {
        PyObject m = o.type().lookup(name);
        if (m == null) {
            throw Errors.typeError("bad operand type for " + what + ": '" + o.type().name + "'");
        }
        return callMethodRaw(m, o);
    }

    // ---- repr recursion guard (CPython: Py_ReprEnter) ----

    private static final java.util.ArrayList<PyObject> REPR_STACK = new java.util.ArrayList<>();

    public static boolean enterRepr(PyObject o) {
        for (PyObject x : REPR_STACK) {
            if (x == o) {
                return false;
            }
        }
        REPR_STACK.add(o);
        return true;
    }

    public static void leaveRepr(PyObject o) {
        for (int i = REPR_STACK.size() - 1; i >= 0; i--) {
            if (REPR_STACK.get(i) == o) {
                REPR_STACK.remove(i);
                return;
            }
        }
    }

    /** format(value, spec). CPython: PyObject_Format. */
    public static PyStr format(PyObject value, PyStr spec) {
        if (spec.length() == 0) {
            if (value.type() == PyStr.TYPE) {
                return (PyStr) value;
            }
            if (value.type() == PyInt.TYPE) {
                return PyStr.of(((PyInt) value).toDecimalString());
            }
        }
        PyObject m = value.type().lookup("__format__");
        PyObject r = callMethodRaw(m, value, spec);
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__format__ must return a str, not " + r.type().name);
        }
        return s;
    }
}
