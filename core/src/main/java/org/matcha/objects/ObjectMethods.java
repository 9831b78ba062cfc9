package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** The methods of {@code object}, the root of every class. CPython: Objects/typeobject.c object_*. */
@PyClass(name = "object", doc = "The base class of the class hierarchy.\n"
        + "\n"
        + "When called, it accepts no arguments and returns a new featureless\n"
        + "instance that has no instance attributes and cannot be given any.\n")
public final class ObjectMethods {
    public static final PyType TYPE = PyType.OBJECT;

    /** The descriptors installed for object; a type whose lookup returns them has not overridden them. */
    public static PyObject GETATTRIBUTE;
    public static PyObject SETATTR;
    public static PyObject DELATTR;
    public static PyObject HASH;
    public static PyObject NEW;
    public static PyObject INIT;

    private ObjectMethods() {}

    /** Remembers the installed descriptors; called once after installation. */
    public static void recordSlots() {
        PyDict d = TYPE.dict();
        GETATTRIBUTE = d.getItem("__getattribute__");
        SETATTR = d.getItem("__setattr__");
        DELATTR = d.getItem("__delattr__");
        HASH = d.getItem("__hash__");
        NEW = d.getItem("__new__");
        INIT = d.getItem("__init__");
        TYPE.addGetSet("__class__", o -> o.type(), ObjectMethods::setClass);
        // Every type's dict has __doc__ (CPython: type_ready); instances of builtins find None.
        if (d.getItem("__doc__") == null) {
            d.setItem("__doc__", PyNone.NONE);
        }
    }

    /** The __slots__ names by slot index. CPython: compatible_for_assignment / same_slots_added. */
    private static java.util.List<String> slotLayout(PyType t) {
        String[] names = new String[t.slotCount];
        for (PyType k : t.mro) {
            PyDict d = k.dict();
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                if (d.valueAt(i) instanceof PySlotDescriptor s && s.owner == k && s.index < names.length) {
                    names[s.index] = s.name;
                }
            }
        }
        return java.util.Arrays.asList(names);
    }

    private static void setClass(PyObject o, PyObject v) {
        if (v == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(v instanceof PyType t)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + v.type().name + "' object");
        }
        if (o instanceof PyInstance inst && t.heap && inst.type().heap) {
            PyType old = inst.type();
            if (t.base != old.base || t.slotCount != old.slotCount || t.hasInstanceDict != old.hasInstanceDict
                    || !slotLayout(t).equals(slotLayout(old))) {
                throw Errors.typeError("__class__ assignment: '" + t.name + "' object layout differs from '"
                        + old.name + "'");
            }
            inst.setType(t);
            PyType.invalidateCaches(); // attribute caches keyed on a descriptor's type see the change
            return;
        }
        if (o instanceof PyBaseException e && t.isSubtype(PyBaseException.TYPE)) {
            e.setType(t);
            PyType.invalidateCaches();
            return;
        }
        throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }

    private static boolean excessArgs(PyObject[] args, PyDict kwargs) {
        return args.length > 0 || (kwargs != null && kwargs.size() > 0);
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType cls, PyObject[] args, PyDict kwargs) {
        if (excessArgs(args, kwargs)) {
            if (cls.lookup("__new__") != NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == INIT) {
                throw Errors.typeError(cls.name + "() takes no arguments");
            }
        }
        PyObject abstracts = cls.isAbstract ? cls.dict().getItem("__abstractmethods__") : null;
        if (abstracts != null) {
            PyObject[] names = Abstract.toArray(abstracts);
            java.util.Arrays.sort(names, (x, y) -> ((PyStr) x).compareTo((PyStr) y));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                b.append(i == 0 ? "" : ", ").append(Abstract.strString(names[i]));
            }
            throw Errors.typeError("Can't instantiate abstract class " + cls.name + " with abstract method"
                    + (names.length > 1 ? "s " : " ") + b);
        }
        if (!cls.subclassable && cls != PyType.OBJECT && !cls.heap) {
            throw Errors.typeError("cannot create '" + cls.name + "' instances");
        }
        notSafe(cls);
        return cls.factory.apply(cls);
    }

    /**
     * object.__new__(cls) cannot build an instance of a builtin type that has a __new__ of its own.
     * CPython: tp_new_wrapper (the "staticbase" walk past classes defining __new__ in Python).
     */
    private static void notSafe(PyType cls) {
        PyType base = cls;
        while (base != null && base.heap && newDefinedInPython(base)) {
            base = base.base;
        }
        if (base != null && base != PyType.OBJECT && base.lookup("__new__") != NEW) {
            throw Errors.typeError("object.__new__(" + cls.name + ") is not safe, use " + base.name + ".__new__()");
        }
    }

    /** The __new__ that t finds is a class statement's (CPython: tp_new == slot_tp_new). */
    private static boolean newDefinedInPython(PyType t) {
        for (PyType c : t.mro) {
            if (c.dict().getItem("__new__") != null) {
                return c.heap;
            }
        }
        return false;
    }

    @PyMethod(sig = "(*args, **kwargs)")
    public static void __init__(PyObject self, PyObject[] args, PyDict kwargs) {
        if (excessArgs(args, kwargs)) {
            PyType t = self.type();
            if (t.lookup("__init__") != INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") == NEW) {
                // CPython: object_init
                throw Errors.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
    }

    @PyMethod
    public static PyObject __repr__(PyObject self) {
        PyType t = self.type();
        String mod = t.moduleName();
        String prefix = mod.equals("builtins") ? "" : mod + ".";
        return PyStr.of("<" + prefix + t.qualname + " object at " + Abstract.address(self)
                + ">");
    }

    @PyMethod
    public static PyObject __str__(PyObject self) {
        return Abstract.repr(self);
    }

    @PyMethod
    public static PyObject __hash__(PyObject self) {
        return PyInt.of(Abstract.identityHash(self));
    }

    @PyMethod
    public static PyObject __eq__(PyObject self, PyObject other) {
        return self == other ? PyBool.TRUE : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __ne__(PyObject self, PyObject other) {
        PyObject eq = self.type().lookup("__eq__");
        PyObject r = Abstract.callCompareSlot(eq, self, other);
        if (r == PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        return PyBool.of(!Abstract.isTrue(r));
    }

    @PyMethod
    public static PyObject __lt__(PyObject self, PyObject other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __le__(PyObject self, PyObject other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __gt__(PyObject self, PyObject other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __ge__(PyObject self, PyObject other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        String n = attrName(name);
        PyObject v = self instanceof PyType t ? Abstract.typeGetAttr(t, n) : Abstract.genericGetAttr(self, n);
        if (v == null) {
            throw Abstract.noAttribute(self, n);
        }
        return v;
    }

    static String attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + name.type().name + "'");
        }
        return s.value;
    }

    @PyMethod
    public static void __setattr__(PyObject self, PyObject name, PyObject value) {
        Abstract.genericSetAttr(self, attrName(name), value);
    }

    @PyMethod
    public static void __delattr__(PyObject self, PyObject name) {
        Abstract.genericSetAttr(self, attrName(name), null);
    }

    @PyMethod(sig = "(format_spec, /)")
    public static PyObject __format__(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not " + spec.type().name);
        }
        if (s.length() > 0) {
            throw Errors.typeError("unsupported format string passed to " + self.type().name + ".__format__");
        }
        return Abstract.str(self);
    }

    @PyMethod
    public static PyObject __dir__(PyObject self) {
        // CPython: object___dir___impl reads the __dict__ and __class__ attributes, so a bound method
        // lists its function's attributes and a proxy its claimed class's
        PySet names = PySet.newSet();
        PyObject d = Abstract.lookupAttrOrNull(self, "__dict__");
        if (d instanceof PyDict) {
            names.update(d);
        }
        PyObject cls = Abstract.lookupAttrOrNull(self, "__class__");
        for (PyType t : (cls instanceof PyType type ? type : self.type()).mro) {
            names.update(t.dict());
        }
        PyList l = new PyList();
        l.extend(names);
        return l;
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, sig = "(**kwargs)")
    public static void __init_subclass__(PyType cls, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError(cls.name + ".__init_subclass__() takes no keyword arguments");
        }
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, sig = "(*args)")
    public static PyObject __subclasshook__(PyType cls, PyObject[] args) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    /** CPython: object___reduce_ex___impl (see {@link ObjectReduce}). */
    @PyMethod(sig = "(protocol, /)")
    public static PyObject __reduce_ex__(PyObject self, PyObject protocol) {
        return ObjectReduce.reduceEx(self, Args.toInt(protocol));
    }

    /** CPython: object___reduce___impl. */
    @PyMethod
    public static PyObject __reduce__(PyObject self) {
        return ObjectReduce.commonReduce(self, 0);
    }

    /** CPython: object___getstate___impl (new in 3.11). */
    @PyMethod
    public static PyObject __getstate__(PyObject self) {
        return ObjectReduce.defaultState(self, false);
    }

    @PyMethod
    public static long __sizeof__(PyObject self) {
        return 16;
    }
}
