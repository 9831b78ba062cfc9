package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyMethod;

/** The methods of {@code type}: class calls, class creation, MRO access. CPython: Objects/typeobject.c. */
@PyClass(name = "type")
public final class TypeMethods {
    public static final PyType TYPE = PyType.TYPE;
    public static PyObject GETATTRIBUTE;
    public static PyObject SETATTR;
    public static PyObject DELATTR;

    private TypeMethods() {}

    public static void recordSlots() {
        PyDict d = TYPE.dict();
        GETATTRIBUTE = d.getItem("__getattribute__");
        SETATTR = d.getItem("__setattr__");
        DELATTR = d.getItem("__delattr__");
        // CPython: type_set_name, type_set_qualname
        TYPE.addGetSet("__name__", t -> {
            PyType type = (PyType) t;
            String n = type.shortName();
            if (!type.heap) {
                // a static type's name is made from tp_name on each access
                return PyStr.of(n);
            }
            if (type.nameStr == null || !type.nameStr.value.equals(n)) {
                type.nameStr = PyStr.of(n);
            }
            return type.nameStr;
        }, (t, v) -> {
            String name = nameValue((PyType) t, "__name__", v);
            if (name.indexOf('\0') >= 0) {
                throw Errors.valueError("type name must not contain null characters");
            }
            ((PyType) t).name = name;
        });
        TYPE.addGetSet("__qualname__", t -> {
            PyType type = (PyType) t;
            if (!type.heap) {
                return PyStr.of(type.qualname);
            }
            if (type.qualnameStr == null || !type.qualnameStr.value.equals(type.qualname)) {
                type.qualnameStr = PyStr.of(type.qualname);
            }
            return type.qualnameStr;
        },
                (t, v) -> ((PyType) t).qualname = nameValue((PyType) t, "__qualname__", v));
        TYPE.addGetSet("__module__", t -> {
            PyType type = (PyType) t;
            PyObject m = type.dict().getItem("__module__");
            // CPython: type_module; type's own dict holds this descriptor under the same name
            return m != null && (type.heap || m instanceof PyStr) ? m : PyStr.of("builtins");
        }, (t, v) -> {
            checkHeap((PyType) t, "__module__");
            ((PyType) t).setAttr("__module__", v);
        });
        TYPE.addGetSet("__bases__", t -> PyTuple.of(((PyType) t).bases.clone()),
                (t, v) -> setBases((PyType) t, v));
        TYPE.addMember("__base__", t -> {
            PyType[] b = ((PyType) t).bases;
            return b.length == 0 ? PyNone.NONE : b[0];
        });
        TYPE.addMember("__mro__", t -> PyTuple.of(((PyType) t).mro.clone()));
        TYPE.addMember("__flags__", t -> PyInt.of(typeFlags((PyType) t)));
        String[] layoutNames = {"__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__"};
        for (int i = 0; i < layoutNames.length; i++) {
            int field = i;
            TYPE.addMember(layoutNames[i], t -> PyInt.of(TypeLayoutSizes.layout((PyType) t)[field]));
        }
        TYPE.addGetter("__dict__", t -> new PyMappingProxy(((PyType) t).dict()));
        TYPE.addGetSet("__doc__", t -> {
            PyObject doc = ((PyType) t).dict().getItem("__doc__");
            if (t == TYPE) {
                // type's own dict holds this descriptor under "__doc__". CPython: type_doc
                return PyStr.of("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
            }
            if (!(doc instanceof PyStr) && ((PyType) t).builtinDoc != null) {
                return PyStr.of(((PyType) t).builtinDoc); // CPython: type_get_doc prefers a builtin's tp_doc
            }
            return doc == null ? PyNone.NONE : doc;
        }, (t, v) -> {
            checkHeap((PyType) t, "__doc__");
            ((PyType) t).setAttr("__doc__", v);
        });
        TYPE.addGetSet("__abstractmethods__", t -> {
            PyObject a = ((PyType) t).dict().getItem("__abstractmethods__");
            if (a == null) {
                throw Errors.attributeError("__abstractmethods__");
            }
            return a;
        }, (t, v) -> {
            PyType type = (PyType) t;
            if (v == null) {
                if (type.dict().removeItem("__abstractmethods__") == null) {
                    throw Errors.attributeError("__abstractmethods__");
                }
                type.isAbstract = false;
            } else {
                // CPython: type_set_abstractmethods sets Py_TPFLAGS_IS_ABSTRACT from the value's truth
                type.isAbstract = Abstract.isTrue(v);
                type.dict().setItem("__abstractmethods__", v);
            }
            PyType.invalidateCaches();
        });
        TYPE.addGetter("__text_signature__", t -> textSignature((PyType) t));
        TYPE.addGetSet("__annotations__", t -> {
            PyType type = (PyType) t;
            PyObject a = type.dict().getItem("__annotations__");
            if (a == null) {
                if (!type.heap) {
                    throw Errors.attributeError("type object '" + type.name + "' has no attribute '__annotations__'");
                }
                a = new PyDict();
                type.setAttr("__annotations__", a);
            }
            return a;
        }, (t, v) -> ((PyType) t).setAttr("__annotations__", v));
    }

    /**
     * The Py_TPFLAGS_* bits CPython reports for a type (Include/object.h): heap or immutable, whether
     * it can be subclassed, abstract (inspect.isabstract reads this), and the fast-subclass bits.
     * copyreg._reduce_ex looks for the first base without HEAPTYPE.
     */
    static long typeFlags(PyType t) {
        long flags = (1L << 12) | (1L << 14);                     // READY, HAVE_GC
        flags |= t.heap ? 1L << 9 : 1L << 8;                       // HEAPTYPE or IMMUTABLETYPE
        if (t.heap && t.hasInstanceDict) {
            flags |= 1L << 4;                                      // MANAGED_DICT
        }
        if (t.subclassable) {
            flags |= 1L << 10;                                     // BASETYPE
        }
        if (t.isAbstract) {
            flags |= 1L << 20;                                     // IS_ABSTRACT
        }
        if (t.isSubtype(PyList.TYPE) || t.isSubtype(PyTuple.TYPE) || t.isSubtype(PyRange.TYPE)
                || t.isSubtype(PyMemoryView.TYPE) || isTrueFlag(t, "__matcha_sequence__")) {
            flags |= 1L << 5;                                      // SEQUENCE
        }
        if (t.isSubtype(PyDict.TYPE) || isTrueFlag(t, "__matcha_mapping__")) {
            flags |= 1L << 6;                                      // MAPPING
        }
        PyType[] fast = {PyInt.TYPE, PyList.TYPE, PyTuple.TYPE, PyBytes.TYPE, PyStr.TYPE, PyDict.TYPE,
                ExceptionTypes.BaseException, PyType.TYPE};
        for (int i = 0; i < fast.length; i++) {
            if (t.isSubtype(fast[i])) {
                flags |= 1L << (24 + i);                           // LONG_SUBCLASS ... TYPE_SUBCLASS
            }
        }
        return flags;
    }

    private static boolean isTrueFlag(PyType t, String name) {
        PyObject v = t.lookup(name);
        return v != null && Abstract.isTrue(v);
    }

    /** CPython: type_get_text_signature, the "name(...)\n--\n\n" head of the type's doc. */
    private static PyObject textSignature(PyType t) {
        if (!t.heap) {
            String sig = switch (t.name) {
                case "object" -> "()";
                case "complex" -> "(real=0, imag=0)";
                case "enumerate" -> "(iterable, start=0)";
                case "float" -> "(x=0, /)";
                case "list", "tuple" -> "(iterable=(), /)";
                case "memoryview" -> "(object)";
                case "property" -> "(fget=None, fset=None, fdel=None, doc=None)";
                case "reversed" -> "(sequence, /)";
                case "method" -> "(function, instance, /)";
                case "module" -> "(name, doc=None)";
                default -> null;
            };
            return sig == null ? PyNone.NONE : PyStr.of(sig);
        }
        PyObject doc = t.dict().getItem("__doc__");
        if (!(doc instanceof PyStr ds)) {
            return PyNone.NONE;
        }
        String d = ds.value;
        String name = t.shortName();
        if (!d.startsWith(name + "(")) {
            return PyNone.NONE;
        }
        int end = d.indexOf(")\n--\n\n", name.length());
        if (end < 0) {
            return PyNone.NONE;
        }
        return PyStr.of(d.substring(name.length(), end + 1));
    }

    /** CPython: type_set_bases (the new bases must keep the instance layout). */
    private static void setBases(PyType t, PyObject v) {
        checkHeap(t, "__bases__");
        if (v == null) {
            throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + t.name + "'");
        }
        if (!(v instanceof PyTuple tuple)) {
            throw Errors.typeError("can only assign tuple to " + t.name + ".__bases__, not " + v.type().name);
        }
        if (tuple.items.length == 0) {
            throw Errors.typeError("can only assign non-empty tuple to " + t.name + ".__bases__, not ()");
        }
        PyType[] bases = new PyType[tuple.items.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.items[i] instanceof PyType b)) {
                throw Errors.typeError(t.name + ".__bases__ must be tuple of classes, not '"
                        + tuple.items[i].type().name + "'");
            }
            if (b.isSubtype(t)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        PyType solid = TypeBuilder.solidBase(bases);
        if (solid != t.base) {
            // different C structures: CPython's compatible_for_assignment reports the allocator first
            throw Errors.typeError("__bases__ assignment: '" + bases[0].name + "' deallocator differs from '"
                    + t.bases[0].name + "'");
        }
        PyType[] oldBases = t.bases;
        for (PyType b : oldBases) {
            b.subclasses.remove(t);
        }
        t.bases = bases;
        for (PyType b : bases) {
            b.subclasses.add(t);
        }
        TypeBuilder.recomputeMro(t);
        PyType.invalidateCaches();
    }

    private static String nameValue(PyType t, String attr, PyObject v) {
        checkHeap(t, attr);
        if (v == null) {
            throw Errors.typeError("cannot delete '" + attr + "' attribute of immutable type '" + t.name + "'");
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("can only assign string to " + t.name + "." + attr + ", not '" + v.type().name
                    + "'");
        }
        return s.value;
    }

    private static void checkHeap(PyType t, String name) {
        if (!t.heap) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
        }
    }

    /** setattr on a class. CPython: type_setattro. */
    static void typeSetAttr(PyType type, String name, PyObject value) {
        if (!type.heap) {
            // CPython checks Py_TPFLAGS_IMMUTABLETYPE before looking for a descriptor
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.name + "'");
        }
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr instanceof Descriptor d && d.isData() && !metaAttr.type().heap) {
            if (value == null) {
                d.delete(type);
            } else {
                d.set(type, value);
            }
            return;
        }
        if (value == null) {
            if (type.dict().removeItem(name) == null) {
                throw Abstract.noAttribute(type, name);
            }
        } else {
            type.dict().setItem(name, value);
        }
        if (name.startsWith("__") && name.endsWith("__")) {
            PyType.invalidateCaches(); // a special method or descriptor hook: caches of other types may use it
        } else {
            type.modified(); // a plain class attribute (a counter): only this class and its subclasses
        }
    }

    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(*args, **kwargs)")
    public static PyObject __new__(PyType meta, PyObject[] args, PyDict kwargs) {
        if (args.length == 1 && meta == PyType.TYPE && (kwargs == null || kwargs.size() == 0)) {
            return args[0].type();
        }
        if (args.length != 3) {
            // CPython: type_call says this for type(...) itself; type_new parses "UO!O!:type.__new__"
            throw Errors.typeError(meta == PyType.TYPE ? "type() takes 1 or 3 arguments"
                    : "type.__new__() takes exactly 3 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + args[0].type().name);
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().name);
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().name);
        }
        // CPython: type_new hands the call to the most derived metaclass when its __new__ differs
        PyType winner = TypeBuilder.calculateMetaclass(meta, bases.items);
        if (winner != meta && winner.lookup("__new__") != PyType.TYPE.dict().getItem("__new__")) {
            PyObject winnerNew = Abstract.getAttr(winner, "__new__");
            return Abstract.callWithKwargs(winnerNew, new PyObject[] {winner, name, bases, ns}, kwargs);
        }
        return TypeBuilder.build(meta, name.value, bases.items, ns, kwargs);
    }

    @PyMethod(sig = "(*args, **kwargs)")
    public static void __init__(PyType self, PyObject[] args, PyDict kwargs) {
        if (args.length != 1 && args.length != 3) {
            throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
        }
    }

    /** type.__call__: __new__, then __init__ when the result is an instance. CPython: type_call. */
    @PyMethod(sig = "(*args, **kwargs)")
    public static PyObject __call__(PyType self, PyObject[] args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return callType(self, args, null);
        }
        String[] kwnames = Abstract.keywordNames(kwargs);
        return callType(self, Abstract.withKeywordValues(args, kwargs), kwnames);
    }

    /** Vectorcall form of type_call, used by the VM. */
    public static PyObject callType(PyType type, PyObject[] args, String[] kwnames) {
        if (type == PyType.TYPE && args.length == 1 && kwnames == null) {
            return args[0].type();
        }
        PyObject newMethod = type.lookup("__new__");
        PyObject[] newArgs = args;
        String[] newKwnames = kwnames;
        if (kwnames != null && type.heap && type.base.newKeywordsForInit
                && type.lookup("__init__") != type.base.lookup("__init__")
                && newMethod == type.base.lookup("__new__")) {
            newArgs = java.util.Arrays.copyOf(args, args.length - kwnames.length);
            newKwnames = null;
        }
        PyObject[] withCls = new PyObject[newArgs.length + 1];
        withCls[0] = type;
        System.arraycopy(newArgs, 0, withCls, 1, newArgs.length);
        PyObject obj;
        if (newMethod instanceof PyStaticMethod sm) {
            obj = Abstract.call(sm.callable, withCls, newKwnames);
        } else {
            obj = Abstract.call(Abstract.bindDescriptor(newMethod, null, type), withCls, newKwnames);
        }
        if (newArgs != args) {
            withCls = new PyObject[args.length + 1];
            System.arraycopy(args, 0, withCls, 1, args.length);
        }
        if (!obj.type().isSubtype(type)) {
            return obj;
        }
        PyObject init = obj.type().lookup("__init__");
        if (init == ObjectMethods.INIT) {
            ObjectMethods.__init__(obj, kwnames == null ? args : java.util.Arrays.copyOf(args, args.length - kwnames.length),
                    kwnames == null ? null : new PyDict());
            if (kwnames != null && kwnames.length > 0 && obj.type().lookup("__new__") == ObjectMethods.NEW) {
                throw Errors.typeError(type.name + "() takes no arguments");
            }
            return obj;
        }
        PyObject r;
        withCls[0] = obj;
        if (init instanceof PyFunction f) {
            r = org.matcha.vm.Interpreter.current().callFunction(f, withCls, kwnames);
        } else if (init instanceof PyMethodDescriptor d) {
            r = d.fn.call(obj, args, kwnames);
        } else {
            r = Abstract.call(Abstract.bindDescriptor(init, obj, obj.type()), args, kwnames);
        }
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
        }
        return obj;
    }

    @PyMethod
    public static PyObject __repr__(PyType self) {
        String mod = self.moduleName();
        if (mod.equals("builtins")) {
            return PyStr.of("<class '" + self.qualname + "'>");
        }
        return PyStr.of("<class '" + mod + "." + self.qualname + "'>");
    }

    @PyMethod
    public static PyObject mro(PyType self) {
        return PyList.of(TypeBuilder.computeMro(self, self.bases));
    }

    @PyMethod
    public static PyObject __subclasses__(PyType self) {
        PyList l = new PyList();
        for (PyType t : self.subclasses) {
            l.append(t);
        }
        return l;
    }

    @PyMethod
    public static boolean __instancecheck__(PyType self, PyObject instance) {
        return TypeBuilder.isInstanceDefault(instance, self);
    }

    @PyMethod
    public static boolean __subclasscheck__(PyType self, PyObject sub) {
        if (!(sub instanceof PyType t)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return t.isSubtype(self);
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD, sig = "(*args, **kwargs)")
    public static PyObject __prepare__(PyType meta, PyObject[] args, PyDict kwargs) {
        return new PyDict();
    }

    @PyMethod
    public static PyObject __getattribute__(PyType self, PyObject name) {
        String n = ObjectMethods.attrName(name);
        PyObject v = Abstract.typeGetAttr(self, n);
        if (v == null) {
            throw Abstract.noAttribute(self, n);
        }
        return v;
    }

    @PyMethod
    public static void __setattr__(PyType self, PyObject name, PyObject value) {
        typeSetAttr(self, ObjectMethods.attrName(name), value);
    }

    @PyMethod
    public static void __delattr__(PyType self, PyObject name) {
        typeSetAttr(self, ObjectMethods.attrName(name), null);
    }

    @PyMethod
    public static PyObject __dir__(PyType self) {
        PySet names = PySet.newSet();
        for (PyType t : self.mro) {
            names.update(t.dict());
        }
        PyList l = new PyList();
        l.extend(names);
        return l;
    }

    @PyMethod
    public static PyObject __or__(PyObject self, PyObject other) {
        return PyUnionType.or(self, other);
    }

    @PyMethod
    public static PyObject __ror__(PyObject self, PyObject other) {
        return PyUnionType.or(other, self);
    }
}
