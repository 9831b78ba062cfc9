package org.matcha.objects;

import java.util.HashMap;
import java.util.function.Function;

/**
 * A Python class: builtin types are created by their Java classes (a static {@code TYPE}); classes
 * from {@code class} statements and {@code type(name, bases, ns)} by {@link TypeBuilder}.
 * Attribute lookup along the MRO is cached per type and keyed on the type's {@link #version()}.
 * CPython: Objects/typeobject.c (_PyType_Lookup, the method cache, tp_version_tag).
 */
public final class PyType extends PyObject {
    public static final PyType OBJECT = new PyType("object", null, null);
    public static final PyType TYPE = new PyType("type", OBJECT, null);

    /** Bumped by {@link #invalidateCaches()}: every type then takes a new version when next asked. */
    private static int globalVersion;
    /** The last version handed out; versions are never reused, so a cache keyed on one is never fooled. */
    private static int lastVersion;
    private int version = ++lastVersion;
    /** Set once a metaclass's mro() gave some type an MRO of its own (modified() then invalidates all). */
    static boolean customMroSeen;
    /** The {@link #globalVersion} that {@link #version} was taken under. */
    private int versionEpoch;

    /**
     * CPython's tp_name, used in messages: a builtin type defined by a module carries the module in
     * it ("itertools.count"), while __name__ and __qualname__ are the part after the last dot.
     */
    public String name;
    public String qualname;
    /** The str objects __name__ and __qualname__ last returned: CPython returns the same object each time. */
    PyStr nameStr;
    PyStr qualnameStr;
    PyType metatype;
    /** The direct bases as written. */
    public PyType[] bases;
    /** The solid base whose Java layout instances share. */
    public PyType base;
    public PyType[] mro;
    /** True for classes made by class statements or type(); their attributes can be set. */
    public boolean heap;
    /**
     * A builtin type's docstring (CPython: tp_doc): type.__doc__ shows it even where __doc__ in the
     * type's dict is a descriptor for the instances' doc (property).
     */
    public String builtinDoc;
    /** Py_TPFLAGS_IS_ABSTRACT: set only by assigning __abstractmethods__ (as ABCMeta does). */
    public boolean isAbstract;
    public boolean hasInstanceDict;
    public boolean subclassable = true;
    /** A builtin type with its own __getattribute__/__setattr__/__delattr__ (weakref proxies). */
    public boolean customAttributes;
    /** Instances can be weakly referenced (CPython: tp_weaklistoffset != 0). */
    public boolean weakrefable;
    /** A builtin type whose instances have its base's layout (CPython: same tp_basicsize), e.g. _io._RawIOBase. */
    public boolean sharesBaseLayout;
    public int slotCount;
    /**
     * A builtin type whose __new__ takes no keywords unless a subclass overrides __init__ (then the
     * keywords are __init__'s). CPython: `type == X_type || type->tp_init == X_type->tp_init` before
     * _PyArg_NoKeywords in filter_new, map_new and the itertools constructors.
     */
    public boolean newKeywordsForInit;
    /** Makes a bare instance of this type's layout (object.__new__ and builtin __new__ use it). */
    public Function<PyType, PyObject> factory;
    /** Weakly typed list of subclasses, for __subclasses__. */
    public final java.util.ArrayList<PyType> subclasses = new java.util.ArrayList<>();

    private HashMap<String, PyObject> cache = new HashMap<>();
    private int cacheVersion = -1;
    /** Marks a cached miss; not a Python-visible object. */
    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };

    private PyType(String name, PyType base, Function<PyType, PyObject> factory) {
        this.name = name;
        this.qualname = name;
        this.base = base;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.factory = factory != null ? factory : base != null ? base.factory : PyInstance::new;
        if (base == null) {
            mro = new PyType[] {this};
        } else {
            mro = new PyType[base.mro.length + 1];
            mro[0] = this;
            System.arraycopy(base.mro, 0, mro, 1, base.mro.length);
            base.subclasses.add(this);
        }
    }

    /**
     * A builtin type whose instances are Java objects of one class made by {@code factory}. A dotted
     * name ("collections.deque") gives the type's __module__ and __name__, as a C type's tp_name does.
     */
    public static PyType builtin(String name, PyType base, Function<PyType, PyObject> factory) {
        return withModule(new PyType(name, base, factory));
    }

    public static PyType builtin(String name, PyType base) {
        return withModule(new PyType(name, base, null));
    }

    private static PyType withModule(PyType t) {
        // CPython: inherit_special copies tp_dictoffset, so _io.FileIO has a __dict__ like _io._IOBase
        if (t.base != null && t.base.hasInstanceDict) {
            t.hasInstanceDict = true;
        }
        int dot = t.name.lastIndexOf('.');
        if (dot >= 0) {
            t.qualname = t.name.substring(dot + 1);
            t.dict().setItem("__module__", PyStr.of(t.name.substring(0, dot)));
        }
        return t;
    }

    /** __name__: tp_name after its last dot for builtin types. CPython: type_name. */
    public String shortName() {
        if (heap) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** A heap type, filled in by TypeBuilder. */
    static PyType heapType(PyType metatype, String name, PyType[] bases, PyType solidBase, PyType[] mro) {
        PyType t = new PyType(name, null, solidBase.factory);
        t.metatype = metatype;
        t.heap = true;
        t.bases = bases;
        t.base = solidBase;
        t.mro = mro;
        for (PyType b : bases) {
            b.subclasses.add(t);
        }
        return t;
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    /** Declares a builtin type's __doc__ (from its @PyClass annotation or its data row). */
    public void setBuiltinDoc(String doc) {
        builtinDoc = doc;
        dict().setItem("__doc__", PyStr.of(doc));
    }

    @Override
    public PyDict dict() {
        PyDict d = dict;
        return d != null ? d : initDict(); // kept this small: TeaVM inlines it at every call site
    }

    /*
     * A builtin type's generated methods are installed when its dict is first read, not for all ~200
     * types at start-up (most belong to modules a program never imports). Until then `dict` is null
     * and what the type already holds (__module__) waits in `pendingDict`; `installer` runs the
     * generated installs of the registry entries in `pendingInstalls`, in registry order (several
     * annotated classes may fill one type: PyStr and StrMethods). Every read of a type's namespace
     * (lookup along the MRO, __dict__, dir(), setattr) goes through dict(), so nothing can observe
     * the type before its methods are in place.
     */
    private volatile PyDict dict;
    private PyDict pendingDict;
    private int[] pendingInstalls;
    private boolean installing;
    /** Set when the type was still pending at the end of start-up: __doc__ defaults to None after install. */
    private boolean defaultDocOnInstall;
    private static final Object INSTALL_LOCK = new Object();
    /** The generated registry's install switch (set by ExposedRegistry.installTypes). */
    public static java.util.function.ObjIntConsumer<PyType> installer;

    private PyDict initDict() {
        synchronized (INSTALL_LOCK) {
            if (dict != null) {
                return dict; // installed by another thread meanwhile
            }
            if (pendingDict == null) {
                pendingDict = new PyDict(); // made lazily: PyDict's own type needs OBJECT first
            }
            if (installing) {
                return pendingDict; // the install adding to its own type
            }
            int[] ids = pendingInstalls;
            if (ids != null) {
                installing = true;
                try {
                    for (int id : ids) {
                        installer.accept(this, id);
                    }
                    if (defaultDocOnInstall && pendingDict.getItem("__doc__") == null) {
                        pendingDict.setItem("__doc__", PyNone.NONE);
                    }
                } finally {
                    installing = false;
                    pendingInstalls = null;
                }
            }
            dict = pendingDict;
            pendingDict = null;
            return dict;
        }
    }

    /** Defers the generated install of registry entry {@code id} to the first read of this type's dict. */
    public void deferInstall(int id) {
        synchronized (INSTALL_LOCK) {
            if (dict != null) {
                pendingDict = dict;
                dict = null;
            }
            int[] ids = pendingInstalls;
            int[] more = ids == null ? new int[1] : java.util.Arrays.copyOf(ids, ids.length + 1);
            more[more.length - 1] = id;
            pendingInstalls = more;
        }
    }

    public boolean isInstallPending() {
        return pendingInstalls != null;
    }

    /** Gives the dict __doc__ = None when it has none: now, or after the pending install. CPython: type_ready. */
    public void defaultDocAfterInstall() {
        if (pendingInstalls != null) {
            defaultDocOnInstall = true;
        } else if (dict().getItem("__doc__") == null) {
            dict().setItem("__doc__", PyNone.NONE);
        }
    }

    /** The attribute {@code name} found along the MRO, without descriptor binding; null if absent. */
    public PyObject lookup(String name) {
        int v0 = version();
        if (cacheVersion != v0) {
            cache.clear();
            cacheVersion = v0;
        }
        PyObject v = cache.get(name);
        if (v == null) {
            v = MISSING;
            for (PyType t : mro) {
                PyObject found = t.dict().getItem(name);
                if (found != null) {
                    v = found;
                    break;
                }
            }
            cache.put(name, v);
        }
        return v == MISSING ? null : v;
    }

    private int flagsVersion = -1;
    private boolean plainAttributes;
    /** The VM's answer for calls of this class (vm.Ops#plainInit), valid while plainInitVersion is the version. */
    public PyObject plainInit;
    public int plainInitVersion = -1;

    /**
     * True when instances use object's __getattribute__ and __setattr__ (the VM's attribute fast
     * paths apply). Recomputed whenever any type changes.
     */
    public boolean hasPlainAttributes() {
        int v = version();
        if (flagsVersion != v) {
            plainAttributes = lookup("__getattribute__") == ObjectMethods.GETATTRIBUTE
                    && lookup("__setattr__") == ObjectMethods.SETATTR;
            flagsVersion = v;
        }
        return plainAttributes;
    }

    /**
     * This type's version: it changes when this type's namespace or that of a class in its MRO
     * changes ({@link #modified()}), and for every type on {@link #invalidateCaches()}. Inline
     * caches key on the pair (type, version). CPython: tp_version_tag.
     */
    public int version() {
        if (versionEpoch != globalVersion) {
            versionEpoch = globalVersion;
            version = ++lastVersion;
        }
        return version;
    }

    /**
     * Call after a change to this type's namespace that only lookups through this type and its
     * subclasses can see (a plain class attribute): they take new versions, other types keep theirs.
     * CPython: PyType_Modified.
     */
    public void modified() {
        if (customMroSeen) {
            invalidateCaches(); // a metaclass's mro() may list this type under a non-subclass
            return;
        }
        version = ++lastVersion;
        for (PyType sub : subclasses) {
            sub.modified();
        }
    }

    /**
     * Call after any other change to a type (bases, MRO, a special method or descriptor, an
     * object's __class__): every type takes a new version, since caches keyed on one type may
     * depend on another (a descriptor's type, a metaclass).
     */
    public static void invalidateCaches() {
        globalVersion++;
    }

    public boolean isSubtype(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public String moduleName() {
        PyObject m = dict().getItem("__module__");
        if (m instanceof PyStr s) {
            return s.value;
        }
        return heap ? "builtins" : "builtins";
    }

    // ---- used by the generated *Exposed classes ----

    public void addMethod(PyBuiltinFunction f) {
        f.ownerType = this;
        // CPython's messages use the descriptor's qualname: "list.append()", "deque.append()"
        f.spec.fname = shortName() + "." + f.name;
        dict().setItem(f.name, new PyMethodDescriptor(f, this));
    }

    public void addClassMethod(PyBuiltinFunction f) {
        f.ownerType = this;
        dict().setItem(f.name, new PyClassMethod(new PyBuiltinFunctionObject(f, null)));
    }

    public void addStaticMethod(PyBuiltinFunction f) {
        f.ownerType = this;
        dict().setItem(f.name, new PyStaticMethod(new PyBuiltinFunctionObject(f, null)));
    }

    /** {@code __new__}: a static method whose first argument is the class. */
    public void addNew(PyBuiltinFunction f) {
        f.ownerType = this;
        f.isNew = true;
        f.spec.fname = shortName();
        dict().setItem("__new__", new PyStaticMethod(new PyBuiltinFunctionObject(f, this)));
    }

    public void addGetter(String name, Function<PyObject, PyObject> getter) {
        dict().setItem(name, new PyGetSetDescriptor(name, this, getter, null));
    }

    /** A read-only member: a member_descriptor whose value Java computes. CPython: PyMemberDef READONLY. */
    public void addMember(String name, Function<PyObject, PyObject> getter) {
        dict().setItem(name, new PySlotDescriptor(name, this, getter));
    }

    public void addGetSet(String name, Function<PyObject, PyObject> getter,
            java.util.function.BiConsumer<PyObject, PyObject> setter) {
        dict().setItem(name, new PyGetSetDescriptor(name, this, getter, setter));
    }

    public void setAttr(String name, PyObject value) {
        dict().setItem(name, value);
        invalidateCaches();
    }

    public String fullName() {
        String m = moduleName();
        return m.equals("builtins") ? qualname : m + "." + qualname;
    }
}
