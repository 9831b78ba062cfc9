package org.matcha.objects;

import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/** {@code super}. CPython: Objects/typeobject.c super_getattro, super_init. */
@PyClass(name = "super", doc = "super() -> same as super(__class__, <first argument>)\n"
        + "super(type) -> unbound super object\n"
        + "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
        + "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
        + "Typical use to call a cooperative superclass method:\n"
        + "class C(B):\n"
        + "    def meth(self, arg):\n"
        + "        super().meth(arg)\n"
        + "This works for class methods too:\n"
        + "class C(B):\n"
        + "    @classmethod\n"
        + "    def cmeth(cls, arg):\n"
        + "        super().cmeth(arg)\n")
public final class PySuper extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, t -> new PySuper(null, null));
    PyType thisType;
    PyObject obj;
    PyType objType;

    public PySuper(PyType thisType, PyObject obj) {
        this.thisType = thisType;
        this.obj = obj;
        this.objType = obj == null ? null : checkedObjType(thisType, obj);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyType checkedObjType(PyType type, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtype(type)) {
            return t;
        }
        if (obj.type().isSubtype(type)) {
            return obj.type();
        }
        PyObject cls = Abstract.lookupAttrOrNull(obj, "__class__");
        if (cls instanceof PyType ct && ct.isSubtype(type)) {
            return ct;
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** The attribute after thisType in obj's MRO, bound; null if none. */
    public PyObject lookupOrNull(String name) {
        if (objType == null) {
            return null;
        }
        PyType[] mro = objType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().getItem(name);
            if (v != null) {
                if (v instanceof Descriptor || v.type().heap) {
                    return Abstract.bindDescriptor(v, obj == objType ? null : obj, objType);
                }
                return v;
            }
        }
        return null;
    }

    @PyMethod(sig = "(type=NULL, obj=NULL, /)")
    public void __init__(PyObject type, PyObject obj) {
        if (type == null) {
            PyObject[] implicit = org.matcha.vm.Interpreter.current().zeroArgSuper();
            type = implicit[0];
            obj = implicit[1];
        }
        if (!(type instanceof PyType t)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + type.type().name);
        }
        this.thisType = t;
        this.obj = obj == null || obj == PyNone.NONE ? null : obj;
        this.objType = this.obj == null ? null : checkedObjType(t, this.obj);
    }

    @PyMethod
    public PyObject __getattribute__(PyObject nameObj) {
        String name = ObjectMethods.attrName(nameObj);
        if (!name.equals("__class__")) {
            PyObject v = lookupOrNull(name);
            if (v != null) {
                return v;
            }
        }
        PyObject v = Abstract.genericGetAttr(this, name);
        if (v == null) {
            throw Errors.attributeError("'super' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public PyObject get(PyObject o, PyType type) {
        if (o == null || this.obj != null) {
            return this;
        }
        return new PySuper(thisType, o);
    }

    /** CPython: super_descr_get (an unbound super binds to the instance it is fetched through). */
    @PyMethod(sig = "(instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject owner) {
        return get(instance == PyNone.NONE ? null : instance, owner instanceof PyType t ? t : null);
    }

    @PyMethod
    public PyObject __repr__() {
        if (objType != null) {
            return PyStr.of("<super: <class '" + thisType.name + "'>, <" + objType.name + " object>>");
        }
        return PyStr.of("<super: <class '" + (thisType == null ? "NULL" : thisType.name) + "'>, NULL>");
    }

    @PyGetter
    public PyObject __thisclass__() {
        return thisType == null ? PyNone.NONE : thisType;
    }

    @PyGetter
    public PyObject __self__() {
        return obj == null ? PyNone.NONE : obj;
    }

    @PyGetter
    public PyObject __self_class__() {
        return objType == null ? PyNone.NONE : objType;
    }
}
