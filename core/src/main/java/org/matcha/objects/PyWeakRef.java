package org.matcha.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import org.matcha.annotations.PyClass;
import org.matcha.annotations.PyGetter;
import org.matcha.annotations.PyMethod;

/**
 * {@code weakref.ref}. CPython: Objects/weakrefobject.c.
 *
 * <p>Matcha has no reference counts, so it cannot tell when the last strong reference goes away, and
 * the host garbage collectors (the JVM's, the browser's Wasm GC) decide when memory is reclaimed
 * without telling a program when. A weak reference here therefore keeps its referent: {@code r()}
 * always returns the object and callbacks never run. Everything else (identity of callback-less
 * refs, hashing, equality, getweakrefcount/getweakrefs, which types may be weakly referenced) is as in
 * CPython, so WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize work as caches and
 * registries that simply never shrink on their own.
 */
@PyClass(name = "weakref.ReferenceType")
public class PyWeakRef extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType", PyType.OBJECT,
            t -> new PyWeakRef(t, PyNone.NONE, PyNone.NONE));


    private final PyType type;
    PyObject referent;
    final PyObject callback;
    private long hash = -1;
    private PyObject[] slots;
    private PyDict dict;

    PyWeakRef(PyType type, PyObject referent, PyObject callback) {
        this.type = type;
        this.referent = referent;
        this.callback = callback;
        if (type.slotCount > 0) {
            slots = new PyObject[type.slotCount];
        }
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

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    /** Marks the builtin types whose instances can be weakly referenced. */
    public static void markBuiltinTypes(PyType... types) {
        for (PyType t : types) {
            t.weakrefable = true;
        }
    }

    /** The running interpreter's weak references, oldest first for each object. */
    private static IdentityHashMap<PyObject, ArrayList<PyObject>> refs() {
        return org.matcha.vm.Interpreter.current().weakrefs;
    }

    static void checkWeakrefable(PyObject ob) {
        if (!ob.type().weakrefable) {
            throw Errors.typeError("cannot create weak reference to '" + ob.type().name + "' object");
        }
    }

    /** The weak references to {@code ob} (a live list; empty when there are none). */
    static ArrayList<PyObject> refsTo(PyObject ob) {
        ArrayList<PyObject> list = refs().get(ob);
        return list == null ? new ArrayList<>() : list;
    }

    static void register(PyObject ob, PyObject ref) {
        refs().computeIfAbsent(ob, k -> new ArrayList<>()).add(ref);
    }

    /** obj.__weakref__: the first weak reference to obj, or None. CPython: subtype_getweakref. */
    public static PyObject firstRefOrNone(PyObject ob) {
        ArrayList<PyObject> list = refs().get(ob);
        return list == null || list.isEmpty() ? PyNone.NONE : list.get(0);
    }

    /** getweakrefs(ob): a new list of the weak references and proxies to ob. */
    public static PyObject refsList(PyObject ob) {
        ArrayList<PyObject> list = refs().get(ob);
        return list == null ? new PyList() : PyList.of(list.toArray(new PyObject[0]));
    }

    public static int countRefsTo(PyObject ob) {
        ArrayList<PyObject> list = refs().get(ob);
        return list == null ? 0 : list.size();
    }

    /** CPython: weakref___new__; a ref without callback of exactly this type is shared. */
    @PyMethod(kind = PyMethod.Kind.NEW, sig = "(ob, callback=None, /)")
    public static PyObject __new__(PyType cls, PyObject ob, PyObject callback) {
        checkWeakrefable(ob);
        if (callback == PyNone.NONE && cls == TYPE) {
            for (PyObject r : refsTo(ob)) {
                if (r.type() == TYPE && ((PyWeakRef) r).callback == PyNone.NONE) {
                    return r;
                }
            }
        }
        PyWeakRef ref = new PyWeakRef(cls, ob, callback);
        register(ob, ref);
        return ref;
    }

    /** CPython: weakref___init__, which only checks its arguments. */
    @PyMethod(sig = "(ob, callback=None, /)")
    public static void __init__(PyObject self, PyObject ob, PyObject callback) {
    }

    @PyMethod(sig = "()")
    public PyObject __call__() {
        return referent;
    }

    @PyGetter
    public PyObject __callback__() {
        return callback;
    }

    /** CPython: weakref_hash, the referent's hash, remembered. */
    @PyMethod
    public long __hash__() {
        if (hash == -1) {
            hash = Abstract.hash(referent);
        }
        return hash;
    }

    /** CPython: weakref_richcompare, comparing referents while both are alive. */
    @PyMethod
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyWeakRef o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(referent, o.referent, "==");
    }

    @PyMethod
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyWeakRef o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(referent, o.referent, "!=");
    }

    /** CPython: weakref_repr, "<weakref at 0x...; to 'C' at 0x... (name)>". */
    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<weakref at " + Abstract.address(this) + "; to '" + referent.type().fullName() + "' at "
                + Abstract.address(referent) + nameSuffix(referent) + ">");
    }

    /** " (name)" when the referent has a str __name__. */
    static String nameSuffix(PyObject referent) {
        PyObject name = Abstract.lookupAttrOrNull(referent, "__name__");
        return name instanceof PyStr ? " (" + name + ")" : "";
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}
