package org.matcha.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Creates classes: {@code class} statements and three-argument {@code type()}. Computes the C3
 * MRO, the solid base, __slots__, and runs __set_name__ and __init_subclass__.
 * CPython: Objects/typeobject.c type_new and mro_implementation.
 */
public final class TypeBuilder {
    private TypeBuilder() {}

    public static PyType build(PyType meta, String name, PyObject[] basesIn, PyDict ns, PyDict kwargs) {
        PyType[] bases;
        if (basesIn.length == 0) {
            bases = new PyType[] {PyType.OBJECT};
        } else {
            bases = new PyType[basesIn.length];
            for (int i = 0; i < basesIn.length; i++) {
                if (!(basesIn[i] instanceof PyType b)) {
                    throw Errors.typeError("bases must be types");
                }
                if (!b.subclassable) {
                    throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
                }
                bases[i] = b;
            }
        }
        PyType winner = calculateMetaclass(meta, bases);
        PyType solid = solidBase(bases);
        PyType t = PyType.heapType(winner, name, bases, solid, null);
        t.mro = computeMro(t, bases);
        // namespace
        PyDict dict = t.dict();
        for (int i = ns.nextEntry(0); i >= 0; i = ns.nextEntry(i + 1)) {
            dict.setItem(ns.keyAt(i), ns.valueAt(i));
        }
        PyObject qualname = dict.removeItem("__qualname__");
        if (qualname != null) {
            if (!(qualname instanceof PyStr q)) {
                throw Errors.typeError("type __qualname__ must be a str, not " + qualname.type().name);
            }
            t.qualname = q.value;
        }
        customMro(t, winner);
        if (dict.getItem("__module__") == null) {
            PyObject globalsName = org.matcha.vm.Interpreter.current().currentGlobalsName();
            if (globalsName != null) {
                dict.setItem("__module__", globalsName);
            }
        }
        for (String special : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getItem(special);
            if (f instanceof PyFunction) {
                dict.setItem(special, new PyClassMethod(f));
            }
        }
        PyObject newf = dict.getItem("__new__");
        if (newf instanceof PyFunction) {
            dict.setItem("__new__", new PyStaticMethod(newf));
        }
        // __eq__ without __hash__ makes instances unhashable
        if (dict.getItem("__eq__") != null && dict.getItem("__hash__") == null) {
            dict.setItem("__hash__", PyNone.NONE);
        }
        setupSlots(t, dict, bases);
        // CPython: type_dict_set_doc runs after the slots are made, so a '__doc__' slot is no conflict
        if (dict.getItem("__doc__") == null) {
            dict.setItem("__doc__", PyNone.NONE);
        }
        PyObject cell = dict.removeItem("__classcell__");
        if (cell instanceof PyCell c) {
            c.value = t;
        }
        PyType.invalidateCaches();
        // __set_name__ on every attribute that has it
        // over a copy, as CPython's type_new_set_names: a __set_name__ may change the class dict
        java.util.List<PyObject> attrNames = new java.util.ArrayList<>();
        java.util.List<PyObject> values = new java.util.ArrayList<>();
        for (int i = dict.nextEntry(0); i >= 0; i = dict.nextEntry(i + 1)) {
            attrNames.add(dict.keyAt(i));
            values.add(dict.valueAt(i));
        }
        for (int i = 0; i < attrNames.size(); i++) {
            PyObject v = values.get(i);
            PyObject setName = v.type().lookup("__set_name__");
            if (setName != null) {
                try {
                    Abstract.callMethodRaw(setName, v, t, attrNames.get(i));
                } catch (PyException e) {
                    // CPython 3.11: type_new_set_names wraps it (_PyErr_FormatFromCause); 3.12 adds a note instead
                    PyBaseException wrapped = PyBaseException.create(ExceptionTypes.RuntimeError,
                            PyStr.of("Error calling __set_name__ on '" + v.type().name + "' instance "
                                    + Abstract.reprString(attrNames.get(i)) + " in '" + t.name + "'"));
                    wrapped.cause = e.value;
                    wrapped.context = e.value;
                    wrapped.suppressContext = true;
                    throw new PyException(wrapped);
                }
            }
        }
        // super().__init_subclass__(**kwargs) on the parent
        PyObject init = new PySuper(t, t).lookupOrNull("__init_subclass__");
        if (init != null) {
            PyObject[] args = new PyObject[kwargs == null ? 0 : kwargs.size()];
            String[] names = kwargs == null || kwargs.size() == 0 ? null : new String[kwargs.size()];
            if (names != null) {
                int k = 0;
                for (int i = kwargs.nextEntry(0); i >= 0; i = kwargs.nextEntry(i + 1)) {
                    names[k] = ((PyStr) kwargs.keyAt(i)).value;
                    args[k++] = kwargs.valueAt(i);
                }
            }
            Abstract.call(init, args, names);
        }
        return t;
    }

    /** The most derived metaclass of meta and the bases' metaclasses. CPython: _PyType_CalculateMetaclass. */
    public static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bm = b.type();
            if (winner.isSubtype(bm)) {
                continue;
            }
            if (bm.isSubtype(winner)) {
                winner = bm;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The base whose Java layout instances need. CPython: best_base. */
    static PyType solidBase(PyType[] bases) {
        PyType best = null;
        PyType bestSolid = null;
        for (PyType b : bases) {
            PyType s = solidOf(b);
            if (bestSolid == null || s.isSubtype(bestSolid)) {
                best = b;
                bestSolid = s;
            } else if (!bestSolid.isSubtype(s)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return bestSolid;
    }

    private static PyType solidOf(PyType t) {
        // CPython: solid_base / extra_ivars — a class whose __slots__ add nothing has its base's layout
        while ((t.heap && t.slotCount == (t.base.heap ? t.base.slotCount : 0)) || t.sharesBaseLayout) {
            t = t.base;
        }
        return t;
    }

    private static void setupSlots(PyType t, PyDict dict, PyType[] bases) {
        PyObject slots = dict.getItem("__slots__");
        boolean baseHasDict = false;
        int inheritedSlots = 0;
        for (PyType b : t.mro) {
            if (b != t && b.heap && b.hasInstanceDict) {
                baseHasDict = true;
            }
            if (b != t && b.hasInstanceDict && !b.heap && b != PyType.OBJECT) {
                baseHasDict = true;
            }
        }
        inheritedSlots = t.base.heap ? t.base.slotCount : 0;
        for (PyType b : bases) {
            if (b.heap) {
                inheritedSlots = Math.max(inheritedSlots, b.slotCount);
            }
        }
        boolean baseWeak = false;
        for (PyType b : t.mro) {
            baseWeak |= b != t && b.weakrefable;
        }
        // CPython: type_new_slots; variable-sized bases (int, tuple, bytes) cannot add a weakref slot
        boolean varSized = t.isSubtype(PyInt.TYPE) || t.isSubtype(PyTuple.TYPE) || t.isSubtype(PyBytes.TYPE);
        boolean addsWeak = false;
        if (slots == null) {
            t.hasInstanceDict = true;
            t.slotCount = inheritedSlots;
            addsWeak = !baseWeak && !varSized;
        } else {
            PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
            int index = inheritedSlots;
            boolean wantDict = false;
            // CPython checks the names against the class body only: a repeated slot name (datetime's
            // date.__slots__ + time.__slots__) makes two slots, the later descriptor winning
            java.util.HashSet<String> added = new java.util.HashSet<>();
            for (PyObject n : names) {
                String s = Abstract.strString(n);
                if (s.equals("__dict__")) {
                    wantDict = true;
                    continue;
                }
                if (s.equals("__weakref__")) {
                    if (baseWeak || varSized || addsWeak) {
                        throw Errors.typeError("__weakref__ slot disallowed: either we already got one, "
                                + "or __itemsize__ != 0");
                    }
                    addsWeak = true;
                    continue;
                }
                String mangled = s.startsWith("__") && !s.endsWith("__") ? "_" + t.name.replaceFirst("^_+", "") + s : s;
                if (!added.contains(mangled) && dict.getItem(mangled) != null) {
                    throw Errors.valueError("'" + s + "' in __slots__ conflicts with class variable");
                }
                added.add(mangled);
                dict.setItem(mangled, new PySlotDescriptor(mangled, t, index++));
            }
            t.slotCount = index;
            t.hasInstanceDict = wantDict || baseHasDict;
        }
        t.weakrefable = baseWeak || addsWeak;
        if (addsWeak) {
            // CPython: subtype_getweakref, the first weak reference to the object or None
            t.addGetter("__weakref__", PyWeakRef::firstRefOrNone);
        }
        if (t.hasInstanceDict && t.lookup("__dict__") == null) {
            t.addGetSet("__dict__", o -> {
                PyDict d = o.dict();
                if (d == null) {
                    throw Abstract.noAttribute(o, "__dict__");
                }
                return d;
            }, (o, v) -> {
                if (v == null && o instanceof PyInstance inst) {
                    // CPython: subtype_setdict clears the dict; the next attribute store starts a new one
                    inst.setDict(new PyDict());
                    return;
                }
                if (!(v instanceof PyDict d)) {
                    throw Errors.typeError("__dict__ must be set to a dictionary, not a '"
                            + (v == null ? "NULL" : v.type().name) + "'");
                }
                if (o instanceof PyInstance inst) {
                    inst.setDict(d);
                } else {
                    throw Errors.typeError("cannot set __dict__ here");
                }
            });
        }
    }

    /** After __bases__ changes: the type's and its subclasses' MROs. CPython: mro_hierarchy. */
    static void recomputeMro(PyType t) {
        t.mro = computeMro(t, t.bases);
        customMro(t, t.type());
        for (PyType sub : new java.util.ArrayList<>(t.subclasses)) {
            recomputeMro(sub);
        }
    }

    /** A metaclass that overrides mro() decides __mro__. CPython: mro_invoke / mro_check. */
    private static void customMro(PyType t, PyType meta) {
        PyObject m = meta.lookup("mro");
        if (meta == PyType.TYPE || m == null || m == PyType.TYPE.dict().getItem("mro")) {
            return;
        }
        PyObject[] items = Abstract.toArray(Abstract.callMethodRaw(m, t));
        PyType[] mro = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType k)) {
                throw Errors.typeError("mro() returned a non-class ('" + items[i].type().name + "')");
            }
            if (!t.base.isSubtype(k.base == null ? k : solidBase(new PyType[] {k}))) {
                throw Errors.typeError("mro() returned base with unsuitable layout ('" + k.name + "')");
            }
            mro[i] = k;
        }
        t.mro = mro;
        PyType.customMroSeen = true; // its MRO may hold classes it does not derive from
    }

    /** C3 linearisation. CPython: mro_implementation / pmerge. */
    public static PyType[] computeMro(PyType t, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(java.util.Arrays.asList(b.mro)));
        }
        seqs.add(new ArrayList<>(java.util.Arrays.asList(bases)));
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            boolean allEmpty = true;
            for (List<PyType> s : seqs) {
                if (!s.isEmpty()) {
                    allEmpty = false;
                    break;
                }
            }
            if (allEmpty) {
                break;
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                if (s.isEmpty()) {
                    continue;
                }
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder b = new StringBuilder();
                java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
                for (List<PyType> s : seqs) {
                    if (!s.isEmpty()) {
                        heads.add(s.get(0).name);
                    }
                }
                for (String h : heads) {
                    b.append(b.length() == 0 ? "" : ", ").append(h);
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + b);
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
        return result.toArray(new PyType[0]);
    }

    /** isinstance without __instancecheck__ hooks. CPython: object_isinstance. */
    public static boolean isInstanceDefault(PyObject o, PyType cls) {
        if (o.type().isSubtype(cls)) {
            return true;
        }
        PyObject c = Abstract.lookupAttrOrNull(o, "__class__");
        return c instanceof PyType ct && c != o.type() && ct.isSubtype(cls);
    }
}
